-- License utilization history and the First Value Date (DOMAIN 1 and 7).
-- One reading per account, day and source: the same reading delivered twice changes nothing, and a
-- corrected value for that day replaces the old one. Utilization may exceed 100% (customers use more
-- seats than they bought until the true-up), so it is bounded at 1000%, never negative.
create table license_usage_reading (
    id                  uuid primary key,
    account_id          uuid          not null references account (id) on delete cascade,
    reading_date        date          not null,
    utilization_percent numeric(6, 2) not null check (utilization_percent between 0 and 1000),
    source              varchar(20)   not null check (source in ('CLOUD_LICENSE', 'MANUAL')),
    recorded_at         timestamptz   not null,
    recorded_by         uuid references app_user (id),
    version             bigint        not null default 0,
    unique (account_id, reading_date, source)
);

-- The earliest qualifying cloud reading of an account is read from here, not from a scan.
create index license_usage_reading_cloud on license_usage_reading (account_id, reading_date)
    where source = 'CLOUD_LICENSE';

-- The utilization at which cloud-license data sets the First Value Date: data, not a literal.
create table account_license_settings (
    id                            integer       primary key check (id = 1),
    first_value_threshold_percent numeric(6, 2) not null check (first_value_threshold_percent > 0
                                                                and first_value_threshold_percent <= 1000),
    version                       bigint        not null default 0
);
insert into account_license_settings (id, first_value_threshold_percent) values (1, 10);

-- How the First Value Date was set: by cloud-license data, or by hand (with who entered it).
alter table account add column first_value_source varchar(20)
    check (first_value_source in ('CLOUD_LICENSE', 'MANUAL'));
alter table account add column first_value_set_by uuid references app_user (id);
update account set first_value_source = 'MANUAL' where first_value_date is not null;
alter table account add constraint account_first_value_source_set
    check ((first_value_date is null) = (first_value_source is null));

-- V9's view counted "not reached" as 0 days: PostgreSQL's greatest() ignores nulls, so
-- greatest(null - start, 0) is 0. The day counts stay null until the date is reached (same columns).
create or replace view onboarding_time_to_value as
select c.id                                                     as cta_id,
       c.account_id                                             as account_id,
       c.owner_id                                               as owner_id,
       c.start_date                                             as start_date,
       c.closed_date                                            as closed_date,
       a.original_contract_date                                 as original_contract_date,
       a.first_value_date                                       as first_value_date,
       e.first_engagement_date                                  as first_engagement_date,
       case when e.first_engagement_date is not null
            then greatest(e.first_engagement_date - c.start_date, 0) end        as engage_days,
       case when a.first_value_date is not null
            then greatest(a.first_value_date - a.original_contract_date, 0) end as first_value_days,
       c.closed_date - c.start_date                             as onboard_days
from cta c
join account a on a.id = c.account_id
left join lateral (
    select min(t.entry_date) as first_engagement_date
    from timeline_entry t
    where t.account_id = c.account_id and t.type in ('CALL', 'MEETING')
) e on true
where c.type = 'ONBOARDING';
