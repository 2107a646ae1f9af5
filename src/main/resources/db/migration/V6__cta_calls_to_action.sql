-- Trigger rules (DOMAIN 3): every admin edit inserts a new version; a CTA records the version that fired it.
create table cta_rule_version (
    rule                     varchar(30)    not null,
    version                  integer        not null,
    enabled                  boolean        not null,
    enterprise_arr_threshold numeric(14, 2),
    mid_market_arr_threshold numeric(14, 2),
    smb_arr_threshold        numeric(14, 2),
    minimum_gemstone         varchar(10),
    created_at               timestamptz    not null,
    created_by               varchar(100),
    primary key (rule, version)
);

insert into cta_rule_version (rule, version, enabled, enterprise_arr_threshold, mid_market_arr_threshold,
                              smb_arr_threshold, minimum_gemstone, created_at, created_by)
values ('TAM_QUALIFYING_ARR', 1, true, 50000, 20000, null, null, now(), null),
       ('STAGE_FIVE', 1, true, null, null, null, null, now(), null),
       ('GEMSTONE', 1, true, null, null, null, 'RUBY', now(), null),
       ('ONBOARDING_PILOT', 1, true, null, null, null, null, now(), null),
       ('BY_HAND', 1, true, null, null, null, null, now(), null);

-- Which manager gets the ASSIGN_TAM work item of an account, by segment and region.
create table cta_routing (
    segment    varchar(20) not null,
    region     varchar(10) not null,
    manager_id uuid        not null references app_user (id),
    primary key (segment, region)
);

create table cta_settings (
    id                   integer primary key check (id = 1),
    fallback_manager_id  uuid references app_user (id),
    assign_tam_due_days  integer not null check (assign_tam_due_days >= 0),
    risk_due_days        integer not null check (risk_due_days >= 0),
    version              bigint  not null default 0
);

insert into cta_settings (id, fallback_manager_id, assign_tam_due_days, risk_due_days) values (1, null, 3, 14);

create table cta (
    id                   uuid primary key,
    account_id           uuid         not null references account (id),
    type                 varchar(20)  not null,
    reason               varchar(30)  not null,
    status               varchar(30)  not null,
    priority             varchar(10)  not null,
    owner_id             uuid         not null references app_user (id),
    start_date           date         not null,
    due_date             date         not null,
    closed_date          date,
    snoozed_until        date,
    snooze_reason        text,
    source_rule          varchar(30),
    source_rule_version  integer,
    source_inputs        text,
    source_user_id       uuid references app_user (id),
    source_integration   varchar(100),
    playbook_version_id  uuid references playbook_template_version (id),
    playbook_name        varchar(200),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    check ((closed_date is null) = (status in ('NEW', 'WORK_IN_PROGRESS'))),
    check (num_nonnulls(source_rule, source_user_id, source_integration) = 1),
    check (due_date >= start_date)
);

-- DOMAIN 3 "never twice": at most one open CTA per account, type and reason, whatever the code does.
create unique index cta_one_open_per_reason on cta (account_id, type, reason) where closed_date is null;
create index cta_owner_open on cta (owner_id, due_date) where closed_date is null;
create index cta_account on cta (account_id, start_date desc);

-- Every time a rule fired for a CTA (the first time and each repeat), with its inputs.
create table cta_firing (
    id            uuid primary key,
    cta_id        uuid         not null references cta (id) on delete cascade,
    rule          varchar(30)  not null,
    rule_version  integer      not null,
    inputs        text         not null,
    fired_at      timestamptz  not null
);

create index cta_firing_cta on cta_firing (cta_id, fired_at);

create table cta_task (
    id           uuid primary key,
    cta_id       uuid          not null references cta (id) on delete cascade,
    position     integer       not null,
    title        varchar(300)  not null,
    description  text          not null,
    due_date     date          not null,
    status       varchar(20)   not null,
    note         text,
    done_at      timestamptz,
    done_by      uuid references app_user (id),
    version      bigint        not null default 0,
    unique (cta_id, position),
    check (status <> 'NOT_APPLICABLE' or note is not null)
);

create index cta_task_due on cta_task (due_date) where status = 'OPEN';

create table cta_task_checklist_item (
    task_id   uuid          not null references cta_task (id) on delete cascade,
    position  integer       not null,
    label     varchar(500)  not null,
    done      boolean       not null,
    primary key (task_id, position)
);

create table cta_comment (
    id          uuid primary key,
    cta_id      uuid         not null references cta (id) on delete cascade,
    author_id   uuid         not null references app_user (id),
    kind        varchar(20)  not null,
    body        text         not null,
    created_at  timestamptz  not null
);

create index cta_comment_cta on cta_comment (cta_id, created_at);
