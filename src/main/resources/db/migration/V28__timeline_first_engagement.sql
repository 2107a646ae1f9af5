-- Each account's first CALL or MEETING, kept by the database with every change of timeline_entry
-- (the timeline module's published read model). The time-to-value view read it with a lookup per
-- onboarding, every time a dashboard counted its 20,000 onboardings; now it is a join.
create table account_first_engagement (
    account_id            uuid primary key references account (id) on delete cascade,
    first_engagement_date date not null
);

insert into account_first_engagement (account_id, first_engagement_date)
select account_id, min(entry_date)
from timeline_entry
where type in ('CALL', 'MEETING') and entry_date is not null
group by account_id;

-- Recomputes the first engagement of the accounts whose entries a statement touched. Writers of one
-- account queue behind each other (an advisory lock per account) and each computes after the one
-- before it committed (each statement of a function sees what was committed before it, under READ
-- COMMITTED, which Facet uses), so two concurrent changes never leave a stale date. A bulk change of
-- more than 100 accounts takes no locks (it would fill the lock table); timeline.FirstEngagementRepair
-- puts right what a race with it left.
create function timeline_refresh_first_engagement(accounts uuid[]) returns void
language plpgsql as $$
declare
    one uuid;
begin
    if cardinality(accounts) <= 100 then
        foreach one in array accounts loop
            perform pg_advisory_xact_lock(hashtextextended('account_first_engagement:' || one, 0));
        end loop;
    end if;
    with fresh as (
        select a.id as account_id,
               (select min(t.entry_date) from timeline_entry t
                 where t.account_id = a.id and t.type in ('CALL', 'MEETING')) as first_engagement_date
        from unnest(accounts) as a(id)
    ), gone as (
        delete from account_first_engagement f
        using fresh
        where f.account_id = fresh.account_id and fresh.first_engagement_date is null
    )
    insert into account_first_engagement (account_id, first_engagement_date)
    select f.account_id, f.first_engagement_date
    from fresh f
    where f.first_engagement_date is not null
      and exists (select 1 from account a where a.id = f.account_id)
    on conflict (account_id) do update set first_engagement_date = excluded.first_engagement_date
        where account_first_engagement.first_engagement_date is distinct from excluded.first_engagement_date;
end
$$;

create function timeline_first_engagement_after_insert() returns trigger
language plpgsql as $$
begin
    perform timeline_refresh_first_engagement(array(
        select distinct account_id from inserted where type in ('CALL', 'MEETING') order by 1));
    return null;
end
$$;

create function timeline_first_engagement_after_update() returns trigger
language plpgsql as $$
begin
    perform timeline_refresh_first_engagement(array(
        select distinct account_id from (
            select account_id from before_change where type in ('CALL', 'MEETING')
            union all
            select account_id from after_change where type in ('CALL', 'MEETING')) changed
        order by 1));
    return null;
end
$$;

create function timeline_first_engagement_after_delete() returns trigger
language plpgsql as $$
begin
    perform timeline_refresh_first_engagement(array(
        select distinct account_id from deleted where type in ('CALL', 'MEETING') order by 1));
    return null;
end
$$;

create trigger timeline_first_engagement_insert after insert on timeline_entry
    referencing new table as inserted
    for each statement execute function timeline_first_engagement_after_insert();
create trigger timeline_first_engagement_update after update on timeline_entry
    referencing old table as before_change new table as after_change
    for each statement execute function timeline_first_engagement_after_update();
create trigger timeline_first_engagement_delete after delete on timeline_entry
    referencing old table as deleted
    for each statement execute function timeline_first_engagement_after_delete();

-- The time-to-value view joins it, and carries the onboarding's and its account's columns that the
-- dashboards filter and show, so that they read one relation instead of joining cta and account again.
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
            then greatest(e.first_engagement_date - c.start_date, 0) end          as engage_days,
       case when a.first_value_date is not null
            then greatest(a.first_value_date - a.original_contract_date, 0) end   as first_value_days,
       c.closed_date - c.start_date                             as onboard_days,
       c.status                                                 as status,
       c.snoozed_until                                          as snoozed_until,
       c.due_date                                               as due_date,
       a.name                                                   as account_name,
       a.segment                                                as segment,
       a.region                                                 as region,
       a.gemstone                                               as gemstone,
       a.sentiment                                              as sentiment,
       a.at_risk                                                as at_risk
from cta c
join account a on a.id = c.account_id
left join account_first_engagement e on e.account_id = c.account_id
where c.type = 'ONBOARDING';
