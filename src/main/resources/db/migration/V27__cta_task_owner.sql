-- A task may have its own owner (null: the CTA's owner), who then finds it in their cockpit and digest.
alter table cta_task add column owner_id uuid references app_user (id);
create index cta_task_open_owner on cta_task (owner_id) where status = 'OPEN' and owner_id is not null;
