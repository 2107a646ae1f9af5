-- DOMAIN 3: a snooze has a maximum (default 90 days, admin-editable). (A reopened CTA is recorded
-- in its comments and on the account's timeline, which need no new column.)
alter table cta_settings
    add column snooze_max_days int not null default 90 check (snooze_max_days between 1 and 365);
