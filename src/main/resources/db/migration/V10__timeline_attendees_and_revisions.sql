-- Who took part in a call or meeting: free text (names or email addresses), kept on the entry's own
-- row so a page of entries needs no extra query for them.
alter table timeline_entry add column attendees text[] not null default '{}';

-- The last edit of an entry: shown as "edited by X on date".
alter table timeline_entry add column edited_by uuid references app_user (id);
alter table timeline_entry add column edited_at timestamptz;

-- Earlier versions of an edited entry, one row per version that an edit replaced. Version 1 is what
-- the author first wrote; written_by/written_at say who wrote that version and when.
create table timeline_entry_revision (
    id          uuid primary key,
    entry_id    uuid         not null references timeline_entry (id) on delete cascade,
    number      int          not null,
    type        varchar(20)  not null,
    entry_date  date         not null,
    sentiment   varchar(10),
    notes       text         not null,
    attendees   text[]       not null default '{}',
    written_by  uuid         not null references app_user (id),
    written_at  timestamptz  not null,
    version     bigint       not null default 0,
    unique (entry_id, number)
);

-- The newest UPDATE carrying a sentiment sets the account's sentiment: found from an index.
create index timeline_entry_sentiment_update on timeline_entry (account_id, entry_date desc, created_at desc)
    where type = 'UPDATE' and sentiment is not null;
