-- One row per weekly report sent: the scheduled time is the key, so a second instance, a retry or a
-- restart in the same week finds the row and sends nothing more.
create table weekly_report_run (
    scheduled_for  timestamptz  primary key,
    sent_at        timestamptz  not null,
    recipients     integer      not null
);
