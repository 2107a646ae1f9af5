create table timeline_entry (
    id          uuid primary key,
    account_id  uuid         not null references account (id),
    type        varchar(20)  not null,
    entry_date  date         not null,
    author_id   uuid         not null references app_user (id),
    sentiment   varchar(10),
    notes       text         not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);

create index timeline_entry_account on timeline_entry (account_id, entry_date desc, created_at desc);
