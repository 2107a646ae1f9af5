-- Users choose on their profile whether they get the daily reminder digests; they do unless they say no.
alter table app_user add column daily_digests boolean not null default true;

-- One row per user, digest kind and day (in the user's time zone) that a digest was considered for.
-- The key is what keeps a restart, a retry or a second instance from sending the same day's digest
-- twice: the row is written in the transaction that queues the mail. A day with nothing to say
-- keeps its row too (mail_id null), so it is not composed again every few minutes.
create table daily_digest (
    user_id     uuid         not null references app_user (id),
    kind        varchar(30)  not null,
    local_date  date         not null,
    created_at  timestamptz  not null,
    mail_id     uuid,
    primary key (user_id, kind, local_date),
    constraint daily_digest_kind_ck check (kind in ('TAM_TASKS', 'UNASSIGNED_ACCOUNTS'))
);
-- The scheduler's question: which of today's digests are done already?
create index daily_digest_date_idx on daily_digest (local_date);
