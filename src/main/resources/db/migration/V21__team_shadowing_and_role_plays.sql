-- The new hire's log of shadowed calls (csm-team-onboarding.md: "shadow at least 4 calls per week").
-- shadowed_user_id is the established colleague whose call it was (or who joined it, at the later stages).
create table team_shadowed_call (
    id                uuid primary key,
    new_hire_id       uuid         not null references app_user (id),
    call_date         date         not null,
    account_id        uuid         references account (id),
    stage             varchar(20)  not null,
    shadowed_user_id  uuid         not null references app_user (id),
    notes             text         not null default '',
    created_at        timestamptz  not null,
    version           bigint       not null default 0
);

-- The weekly view groups one new hire's calls by week; the list pages them newest first.
create index team_shadowed_call_new_hire on team_shadowed_call (new_hire_id, call_date desc, created_at desc);
-- "Whom did the new hire shadow": a colleague named here may follow the new hire's log.
create index team_shadowed_call_shadowed_user on team_shadowed_call (shadowed_user_id, new_hire_id);

-- Customer meetings led by the new hire that a colleague (the buddy, usually) joined: the handbook's
-- "the buddy should join the first 5-10 customer meetings led by the new joiner".
create table team_co_led_meeting (
    id            uuid primary key,
    new_hire_id   uuid         not null references app_user (id),
    joined_by_id  uuid         not null references app_user (id),
    meeting_date  date         not null,
    account_id    uuid         not null references account (id),
    notes         text         not null default '',
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    check (joined_by_id <> new_hire_id)
);

create index team_co_led_meeting_new_hire on team_co_led_meeting (new_hire_id, meeting_date desc, created_at desc);
create index team_co_led_meeting_joined_by on team_co_led_meeting (joined_by_id, new_hire_id);

-- Role plays and the feedback on them. giver_role says whether the giver was the new hire's manager or
-- a buddy when it was logged; feedback stays null until the giver writes it.
create table team_role_play (
    id              uuid primary key,
    new_hire_id     uuid          not null references app_user (id),
    giver_id        uuid          not null references app_user (id),
    giver_role      varchar(10)   not null,
    logged_by_id    uuid          not null references app_user (id),
    role_play_date  date          not null,
    topic           varchar(200)  not null,
    feedback        text,
    feedback_at     timestamptz,
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    check (giver_id <> new_hire_id)
);

create index team_role_play_new_hire on team_role_play (new_hire_id, role_play_date desc, created_at desc);
create index team_role_play_giver on team_role_play (giver_id, new_hire_id);
