create table app_user (
    id            uuid primary key,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    email         varchar(320) not null,
    password_hash varchar(100) not null,
    roles         varchar(100) not null,
    manager_id    uuid references app_user (id),
    time_zone     varchar(64)  not null default 'UTC',
    active        boolean      not null default true,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);
create unique index app_user_username_uk on app_user (lower(username));
create index app_user_manager_idx on app_user (manager_id);

-- Failed logins per typed username, whether or not such a user exists, so that an unknown
-- user and a wrong password look the same from outside.
create table login_attempt (
    username       varchar(100) primary key,
    failures       integer     not null,
    last_failure   timestamptz not null,
    locked_until   timestamptz
);

create table api_token (
    id           uuid primary key,
    name         varchar(100) not null,
    token_prefix varchar(16)  not null,
    token_hash   varchar(64)     not null unique,
    created_by   uuid references app_user (id),
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint       not null default 0
);
