-- Spring Modulith's event publication registry (schema v2), so a reaction to a committed change
-- is resubmitted after a crash instead of being lost.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    integer      not null default 0,
    last_resubmission_date timestamptz
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    integer      not null default 0,
    last_resubmission_date timestamptz
);
