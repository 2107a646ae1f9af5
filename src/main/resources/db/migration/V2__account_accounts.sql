create table account (
    id                     uuid primary key,
    crm_id                 varchar(64)    not null unique,
    name                   varchar(200)   not null,
    segment                varchar(20)    not null,
    region                 varchar(10)    not null,
    public_sector          boolean        not null,
    deployment_type        varchar(20)    not null,
    product_tier           varchar(20)    not null,
    seats                  integer        not null check (seats >= 0),
    arr                    numeric(14, 2) not null check (arr >= 0),
    original_contract_date date           not null,
    onboarding_pilot       boolean        not null,
    tam_id                 uuid references app_user (id),
    sales_owner            varchar(200),
    solutions_architect    varchar(200),
    lifecycle_stage        varchar(20)    not null,
    sentiment              varchar(10),
    first_value_date       date,
    at_risk                boolean        not null default false,
    total_account_value    numeric(14, 2) not null default 0,
    gemstone               varchar(10),
    gemstone_reason        varchar(300),
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null,
    version                bigint         not null default 0
);
-- The account list sorts by these columns with id as the tie-break, and searches names by substring
-- (pg_trgm is a trusted extension: a database owner may create it without superuser rights).
create extension if not exists pg_trgm;
create index account_name_idx on account (lower(name), id);
create index account_name_trgm_idx on account using gin (lower(name) gin_trgm_ops);
create index account_tav_idx on account (total_account_value, id);
create index account_seats_idx on account (seats, id);
create index account_arr_idx on account (arr, id);
create index account_segment_idx on account (segment);
create index account_region_idx on account (region);
create index account_gemstone_idx on account (gemstone);
create index account_tam_idx on account (tam_id);
create index account_lifecycle_idx on account (lifecycle_stage);

create table opportunity (
    id          uuid primary key,
    account_id  uuid           not null references account (id) on delete cascade,
    crm_id      varchar(64)    not null unique,
    type        varchar(20)    not null,
    stage       varchar(30)    not null,
    amount      numeric(14, 2) not null check (amount >= 0),
    close_date  date           not null,
    created_at  timestamptz    not null,
    updated_at  timestamptz    not null,
    version     bigint         not null default 0
);
create index opportunity_account_idx on opportunity (account_id);

create table contact (
    id         uuid primary key,
    account_id uuid         not null references account (id) on delete cascade,
    position   integer      not null,
    name       varchar(200) not null,
    email      varchar(320) not null,
    roles      varchar(200) not null
);
create index contact_account_idx on contact (account_id);

create table account_stage_adoption (
    account_id uuid        not null references account (id) on delete cascade,
    stage      varchar(20) not null,
    adopted_on date        not null,
    primary key (account_id, stage)
);

-- The fiscal year that Total Account Value counts from (DOMAIN 1: February 1 by default).
create table account_fiscal_calendar (
    id                     integer primary key check (id = 1),
    fiscal_year_start_month integer not null check (fiscal_year_start_month between 1 and 12),
    fiscal_year_start_day   integer not null check (fiscal_year_start_day between 1 and 28),
    version                bigint  not null default 0
);
insert into account_fiscal_calendar (id, fiscal_year_start_month, fiscal_year_start_day) values (1, 2, 1);
