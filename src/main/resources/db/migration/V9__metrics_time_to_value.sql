-- Time-to-value (DOMAIN 7). Goals are admin data; the view gives each onboarding CTA its three
-- measured day counts (null while not reached), so dashboards aggregate them in one SQL statement.
create table metric_goal (
    metric      varchar(30)  primary key,
    goal_days   integer      not null check (goal_days between 1 and 3650),
    updated_at  timestamptz  not null default now(),
    updated_by  uuid references app_user (id),
    version     bigint       not null default 0,
    check (metric in ('TIME_TO_ENGAGE', 'TIME_TO_FIRST_VALUE', 'TIME_TO_ONBOARD'))
);

insert into metric_goal (metric, goal_days) values
    ('TIME_TO_ENGAGE', 14),
    ('TIME_TO_FIRST_VALUE', 30),
    ('TIME_TO_ONBOARD', 45);

-- The first CALL or MEETING of an account, found from an index instead of a scan of its timeline.
create index timeline_entry_engagement on timeline_entry (account_id, entry_date)
    where type in ('CALL', 'MEETING');

create index cta_onboarding_start on cta (start_date) where type = 'ONBOARDING';

-- One row per onboarding CTA. Whole calendar days, same day = 0:
--   engage_days       first CALL/MEETING - CTA start (0 when the first one is earlier)
--   first_value_days  First Value Date - original contract date (0 when earlier)
--   onboard_days      CTA closed date - CTA start date
-- The states (MET, MISSED, ON_TRACK, OVERDUE) depend on today and the goals, so queries derive
-- them with the application's clock; metrics.TimeToValueCalculator is the reference.
create view onboarding_time_to_value as
select c.id                                                     as cta_id,
       c.account_id                                             as account_id,
       c.owner_id                                               as owner_id,
       c.start_date                                             as start_date,
       c.closed_date                                            as closed_date,
       a.original_contract_date                                 as original_contract_date,
       a.first_value_date                                       as first_value_date,
       e.first_engagement_date                                  as first_engagement_date,
       -- greatest() skips nulls, so a missing date is kept null by the case.
       case when e.first_engagement_date is not null
            then greatest(e.first_engagement_date - c.start_date, 0) end          as engage_days,
       case when a.first_value_date is not null
            then greatest(a.first_value_date - a.original_contract_date, 0) end   as first_value_days,
       c.closed_date - c.start_date                             as onboard_days
from cta c
join account a on a.id = c.account_id
left join lateral (
    select min(t.entry_date) as first_engagement_date
    from timeline_entry t
    where t.account_id = c.account_id and t.type in ('CALL', 'MEETING')
) e on true
where c.type = 'ONBOARDING';
