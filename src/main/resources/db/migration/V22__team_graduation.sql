-- Graduation (DOMAIN 10): the plan's manager (or an admin) confirms it, which ends the plan as
-- GRADUATED with the day, who confirmed it and, when they overrode unmet criteria, their note.
alter table team_plan drop constraint team_plan_status_check;
alter table team_plan add constraint team_plan_status_check check (status in ('ACTIVE', 'CANCELLED', 'GRADUATED'));
alter table team_plan add column graduated_on date;
alter table team_plan add column graduated_by uuid references app_user (id);
alter table team_plan add column graduation_note varchar(2000);
alter table team_plan add constraint team_plan_graduation_check
    check ((status = 'GRADUATED') = (graduated_on is not null and graduated_by is not null));
-- The ramping check of the assignment pages reads new hires' plans by status.
create index team_plan_new_hire_status_idx on team_plan (new_hire_id, status);
