-- Outgoing mail. A mail is written here in the same transaction as the change that causes it, so a
-- rolled-back change sends nothing and a committed one is never lost; a scheduled sender delivers it.
create table mail_outbox (
    id              uuid primary key,
    kind            varchar(60)   not null,
    from_address    varchar(320)  not null,
    to_addresses    text[]        not null,
    cc_addresses    text[]        not null default '{}',
    reply_to        varchar(320),
    subject         varchar(998)  not null,
    text_body       text          not null,
    html_body       text,
    status          varchar(20)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(2000),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    version         bigint        not null default 0,
    constraint mail_outbox_status_ck check (status in ('QUEUED', 'SENT', 'FAILED'))
);
-- The sender's question: which queued mails are due?
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'QUEUED';
-- The admin's outbox list: newest first, optionally by status.
create index mail_outbox_created_idx on mail_outbox (created_at desc, id);
create index mail_outbox_status_created_idx on mail_outbox (status, created_at desc, id);

-- Every delivery attempt and what came of it.
create table mail_attempt (
    id           uuid primary key,
    mail_id      uuid          not null references mail_outbox (id) on delete cascade,
    attempted_at timestamptz   not null,
    outcome      varchar(20)   not null,
    error        varchar(2000),
    constraint mail_attempt_outcome_ck check (outcome in ('SENT', 'RETRY', 'REJECTED'))
);
create index mail_attempt_mail_idx on mail_attempt (mail_id, attempted_at);

-- ShedLock's standard table: a scheduled job runs on one instance of the cluster at a time.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    primary key (name)
);

-- Users choose on their profile whether they get the weekly onboarding report.
alter table app_user add column weekly_report boolean not null default false;

-- When the weekly onboarding report goes out: one row, edited by admins.
create table report_settings (
    id           integer      primary key default 1,
    day_of_week  varchar(9)   not null default 'MONDAY',
    local_time   time         not null default '07:00',
    time_zone    varchar(64)  not null default 'America/New_York',
    version      bigint       not null default 0,
    constraint report_settings_single_row_ck check (id = 1),
    constraint report_settings_day_ck check (day_of_week in
        ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'))
);
insert into report_settings (id) values (1);
