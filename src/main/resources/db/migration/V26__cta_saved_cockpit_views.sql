-- A person's saved cockpit views: the filters and sort of the cockpit, kept as the query of its
-- address, under a name of their choosing; at most one is their default.
create table cta_saved_view (
    id         uuid primary key,
    user_id    uuid          not null references app_user (id) on delete cascade,
    name       varchar(100)  not null,
    query      varchar(1000) not null,
    is_default boolean       not null default false,
    created_at timestamptz   not null,
    version    bigint        not null default 0
);
create unique index cta_saved_view_name_uk on cta_saved_view (user_id, lower(name));
create unique index cta_saved_view_default_uk on cta_saved_view (user_id) where is_default;
