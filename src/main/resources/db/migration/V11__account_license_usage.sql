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
