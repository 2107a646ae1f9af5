-- The enablement email program (DOMAIN 5): the five emails of an onboarding CTA, each with its day,
-- its state and, once queued, the outbox mail that carries it. A TAM's edits are kept as template text
-- (with tokens), so an email rendered after a reassignment still names the new TAM.
--
-- cta_id has no foreign key on purpose: a CTA made by hand may be deleted, and the emails that already
-- went stay as the record of what the customer received; unsent ones of a missing CTA are cancelled.
create table enablement_email (
    id                uuid          primary key,
    cta_id            uuid          not null,
    account_id        uuid          not null references account (id),
    variant           varchar(20)   not null,
    number            integer       not null,
    scheduled_on      date          not null,
    status            varchar(20)   not null,
    -- set while the email is due but the account has no ADMIN contact; cleared when one is added
    waiting_since     timestamptz,
    subject_override  varchar(300),
    body_override     text,
    edited_by         uuid          references app_user (id),
    edited_at         timestamptz,
    -- what went: the outbox mail, the TAM it was signed by (cc and reply-to) and the rendered headers
    mail_id           uuid          references mail_outbox (id),
    signed_by         uuid          references app_user (id),
    sent_subject      varchar(998),
    sent_to           text[],
    queued_at         timestamptz,
    sent_at           timestamptz,
    error             varchar(2000),
    -- who skipped or cancelled it (null when the program did), when, and why
    stopped_by        uuid          references app_user (id),
    stopped_at        timestamptz,
    stop_reason       varchar(20),
    version           bigint        not null default 0,
    constraint enablement_email_variant_ck check (variant in ('SAAS', 'SELF_MANAGED')),
    constraint enablement_email_number_ck check (number between 1 and 5),
    constraint enablement_email_status_ck
        check (status in ('SCHEDULED', 'SENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED')),
    constraint enablement_email_stop_reason_ck
        check (stop_reason is null or stop_reason in ('BY_USER', 'CTA_CLOSED', 'PUBLIC_SECTOR')),
    constraint enablement_email_queued_ck check (status not in ('SENDING', 'SENT') or mail_id is not null),
    -- a replayed CtaOpened schedules nothing twice
    constraint enablement_email_cta_number_uk unique (cta_id, number)
);

-- The sending job's question: which emails are (nearly) due and not waiting for a contact?
create index enablement_email_due_idx on enablement_email (scheduled_on, id)
    where status = 'SCHEDULED' and waiting_since is null;
-- The outbox tells which mail was sent or failed.
create index enablement_email_mail_idx on enablement_email (mail_id) where mail_id is not null;
-- A contact added to an account releases its waiting emails.
create index enablement_email_waiting_idx on enablement_email (account_id)
    where status = 'SCHEDULED' and waiting_since is not null;
