-- The time-to-value read model (metrics' published table). onboarding_time_to_value was a view that
-- every dashboard statement evaluated anew, joining 20,000 onboardings with 100,000 accounts; it is now
-- a table of one row per onboarding CTA that the database keeps equal to that view's definition
-- (kept as onboarding_time_to_value_live): statement-level triggers on the tables it reads recompute
-- the rows of the onboardings a statement touched, in the same transaction.
alter view onboarding_time_to_value rename to onboarding_time_to_value_live;

create table onboarding_time_to_value as select * from onboarding_time_to_value_live;
alter table onboarding_time_to_value add primary key (cta_id);
create index onboarding_time_to_value_owner on onboarding_time_to_value (owner_id);
create index onboarding_time_to_value_account on onboarding_time_to_value (account_id);
create index onboarding_time_to_value_start on onboarding_time_to_value (start_date);

-- Recomputes the rows of these onboarding CTAs. As for account_first_engagement: writers of one CTA
-- queue behind each other (an advisory lock per CTA) and each reads the live view after the one
-- before it committed, so concurrent changes of a CTA and of its account never leave a stale row; a
-- bulk change of more than 100 CTAs takes no locks, and metrics.TimeToValueRepair puts right what a race
-- with it left.
create function metrics_refresh_time_to_value(ctas uuid[]) returns void
language plpgsql as $$
declare
    one uuid;
begin
    if cardinality(ctas) = 0 then
        return;
    end if;
    if cardinality(ctas) <= 100 then
        foreach one in array ctas loop
            perform pg_advisory_xact_lock(hashtextextended('onboarding_time_to_value:' || one, 0));
        end loop;
    end if;
    -- Rows whose onboarding is gone go; the others are written afresh (on conflict: a bulk change
    -- running beside, without locks, may have written the same CTA a moment before).
    delete from onboarding_time_to_value t
    where t.cta_id = any (ctas) and not exists (select 1 from onboarding_time_to_value_live l where l.cta_id = t.cta_id);
    insert into onboarding_time_to_value
    select * from onboarding_time_to_value_live where cta_id = any (ctas)
    on conflict (cta_id) do update set
        account_id = excluded.account_id,
        owner_id = excluded.owner_id,
        start_date = excluded.start_date,
        closed_date = excluded.closed_date,
        original_contract_date = excluded.original_contract_date,
        first_value_date = excluded.first_value_date,
        first_engagement_date = excluded.first_engagement_date,
        engage_days = excluded.engage_days,
        first_value_days = excluded.first_value_days,
        onboard_days = excluded.onboard_days,
        status = excluded.status,
        snoozed_until = excluded.snoozed_until,
        due_date = excluded.due_date,
        account_name = excluded.account_name,
        segment = excluded.segment,
        region = excluded.region,
        gemstone = excluded.gemstone,
        sentiment = excluded.sentiment,
        at_risk = excluded.at_risk;
end
$$;

-- cta: an onboarding opened, changed (status, dates, owner, snooze) or deleted.
create function metrics_time_to_value_cta_inserted() returns trigger
language plpgsql as $$
begin
    perform metrics_refresh_time_to_value(array(
        select id from inserted where type = 'ONBOARDING' order by 1));
    return null;
end
$$;

create function metrics_time_to_value_cta_updated() returns trigger
language plpgsql as $$
begin
    perform metrics_refresh_time_to_value(array(
        select distinct id from (
            select id from before_change where type = 'ONBOARDING'
            union all
            select id from after_change where type = 'ONBOARDING') changed
        order by 1));
    return null;
end
$$;

create function metrics_time_to_value_cta_deleted() returns trigger
language plpgsql as $$
begin
    perform metrics_refresh_time_to_value(array(
        select id from deleted where type = 'ONBOARDING' order by 1));
    return null;
end
$$;

create trigger metrics_time_to_value_cta_insert after insert on cta
    referencing new table as inserted
    for each statement execute function metrics_time_to_value_cta_inserted();
create trigger metrics_time_to_value_cta_update after update on cta
    referencing old table as before_change new table as after_change
    for each statement execute function metrics_time_to_value_cta_updated();
create trigger metrics_time_to_value_cta_delete after delete on cta
    referencing old table as deleted
    for each statement execute function metrics_time_to_value_cta_deleted();

-- account: a change of a column the read model carries, for the account's onboardings.
create function metrics_time_to_value_account_updated() returns trigger
language plpgsql as $$
begin
    perform metrics_refresh_time_to_value(array(
        select c.id
        from cta c
        where c.type = 'ONBOARDING'
          and c.account_id in (
              select n.id
              from after_change n
              join before_change o on o.id = n.id
              where (n.name, n.segment, n.region, n.gemstone, n.sentiment, n.at_risk,
                     n.original_contract_date, n.first_value_date)
                    is distinct from
                    (o.name, o.segment, o.region, o.gemstone, o.sentiment, o.at_risk,
                     o.original_contract_date, o.first_value_date))
        order by 1));
    return null;
end
$$;

create trigger metrics_time_to_value_account_update after update on account
    referencing old table as before_change new table as after_change
    for each statement execute function metrics_time_to_value_account_updated();

-- account_first_engagement (the timeline's read model): an account's first call or meeting moved.
create function metrics_time_to_value_engagement_changed() returns trigger
language plpgsql as $$
begin
    perform metrics_refresh_time_to_value(array(
        select c.id
        from cta c
        where c.type = 'ONBOARDING'
          and c.account_id in (select account_id from changed_engagement)
        order by 1));
    return null;
end
$$;

create function metrics_time_to_value_engagement_updated() returns trigger
language plpgsql as $$
begin
    perform metrics_refresh_time_to_value(array(
        select c.id
        from cta c
        where c.type = 'ONBOARDING'
          and c.account_id in (select account_id from after_change union select account_id from before_change)
        order by 1));
    return null;
end
$$;

create trigger metrics_time_to_value_engagement_insert after insert on account_first_engagement
    referencing new table as changed_engagement
    for each statement execute function metrics_time_to_value_engagement_changed();
create trigger metrics_time_to_value_engagement_update after update on account_first_engagement
    referencing old table as before_change new table as after_change
    for each statement execute function metrics_time_to_value_engagement_updated();
create trigger metrics_time_to_value_engagement_delete after delete on account_first_engagement
    referencing old table as changed_engagement
    for each statement execute function metrics_time_to_value_engagement_changed();
