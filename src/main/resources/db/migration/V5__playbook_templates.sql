-- Playbook templates (DOMAIN 4). A template points at its current version; every saved edit
-- creates a new immutable version (copy-on-write), so a CTA that started from a version keeps it.
create table playbook_template (
    id                 uuid primary key,
    code               varchar(64)   not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               varchar(200)  not null,
    description        varchar(2000) not null default '',
    current_version_id uuid          not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0
);

create table playbook_template_version (
    id          uuid primary key,
    template_id uuid        not null references playbook_template (id) deferrable initially deferred,
    version_no  integer     not null check (version_no >= 1),
    target_days integer     not null default 45 check (target_days >= 1),
    created_at  timestamptz not null,
    created_by  varchar(100),
    version     bigint      not null default 0,
    unique (template_id, version_no)
);

-- A template and its first version are inserted in one transaction, each pointing at the other,
-- so both foreign keys between them are checked at commit.
alter table playbook_template
    add constraint playbook_template_current_version_fk foreign key (current_version_id)
        references playbook_template_version (id) deferrable initially deferred;

create table playbook_task_template (
    id                  uuid primary key,
    template_version_id uuid          not null references playbook_template_version (id),
    position            integer       not null check (position >= 1),
    title               varchar(200)  not null,
    description         varchar(4000) not null default '',
    due_offset_days     integer       not null check (due_offset_days >= 0),
    unique (template_version_id, position)
);

create table playbook_task_checklist_item (
    task_template_id uuid         not null references playbook_task_template (id),
    position         integer      not null check (position >= 1),
    label            varchar(200) not null,
    primary key (task_template_id, position)
);

-- Seed: the two onboarding playbooks of DOMAIN 4, each at version 1, from customer-onboarding-current.md.
insert into playbook_template (id, code, name, description, current_version_id, created_at, updated_at, version)
values ('01900000-0000-7000-8000-000000000001', 'onboarding-saas', 'Customer onboarding (SaaS)',
        'Onboarding playbook for GitLab SaaS (GitLab.com) customers: from the internal transition to the 1st cadence call, target close 45 days after start.',
        '01900000-0000-7000-8000-000000000011', timestamptz '2026-01-01 00:00:00+00', timestamptz '2026-01-01 00:00:00+00', 0);
insert into playbook_template_version (id, template_id, version_no, target_days, created_at, created_by, version)
values ('01900000-0000-7000-8000-000000000011', '01900000-0000-7000-8000-000000000001', 1, 45, timestamptz '2026-01-01 00:00:00+00', null, 0);
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000001010', '01900000-0000-7000-8000-000000000011', 1, 'Complete internal transition with the SAL/AE and SA',
        'Complete the handoff from pre-sales to post-sales with the SAL/AE and SA, covering the Command Plan, adoption goals and priorities, and stakeholders. See https://about.gitlab.com/handbook/customer-success/pre-sales-post-sales-transition/', 7);
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000001020', '01900000-0000-7000-8000-000000000011', 2, 'Hold kickoff call',
        'Hold the kickoff call using the kickoff deck: describe the TAM role, align on desired business outcomes and milestones, and agree the cadence-call schedule before the call ends. See https://about.gitlab.com/handbook/customer-success/tam/onboarding/#kickoff-call and https://about.gitlab.com/handbook/customer-success/tam/cadence-calls/', 14);
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000001030', '01900000-0000-7000-8000-000000000011', 3, 'Document customer attributes and start the success plan',
        'Document the customer''s key attributes and start the first iteration of the success plan; it is a living document. See https://about.gitlab.com/handbook/customer-success/tam/success-plans/', 21);
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000001040', '01900000-0000-7000-8000-000000000011', 4, 'Hold 1st cadence call focusing on future growth',
        'The first cadence call is usually the TAM''s second conversation with the customer; cover the agenda below. Review how the customer uses GitLab.com (groups, runners, integrations) and confirm it will support their future growth plans. Completing it ends onboarding. See https://about.gitlab.com/handbook/customer-success/tam/onboarding/#1st-cadence-call-future-growth-discussion--checklist', 30);
insert into playbook_task_checklist_item (task_template_id, position, label)
values ('01900000-0000-7000-8000-000000001040', 1, 'Review the infrastructure diagram and upload it to the collaboration project'),
       ('01900000-0000-7000-8000-000000001040', 2, 'Confirm resources and infrastructure will support future growth'),
       ('01900000-0000-7000-8000-000000001040', 3, 'Review resource requirements against future growth plans'),
       ('01900000-0000-7000-8000-000000001040', 4, 'Review any Support tickets'),
       ('01900000-0000-7000-8000-000000001040', 5, 'Confirm a backup and restore plan is in place'),
       ('01900000-0000-7000-8000-000000001040', 6, 'Identify short-term problem areas, best practices and training needs'),
       ('01900000-0000-7000-8000-000000001040', 7, 'Discuss and document the monthly release and upgrade plan');
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000001050', '01900000-0000-7000-8000-000000000011', 5, 'Send customer satisfaction survey and swag email',
        'Send the customer satisfaction survey and swag email (the TAM sends it from the template). See https://about.gitlab.com/handbook/customer-success/tam/onboarding/#cta-content-and-process', 35);
insert into playbook_template (id, code, name, description, current_version_id, created_at, updated_at, version)
values ('01900000-0000-7000-8000-000000000002', 'onboarding-self-managed', 'Customer onboarding (Self-Managed)',
        'Onboarding playbook for Self-Managed customers (Dedicated accounts use it too): from the internal transition to the 1st cadence call, target close 45 days after start.',
        '01900000-0000-7000-8000-000000000012', timestamptz '2026-01-01 00:00:00+00', timestamptz '2026-01-01 00:00:00+00', 0);
insert into playbook_template_version (id, template_id, version_no, target_days, created_at, created_by, version)
values ('01900000-0000-7000-8000-000000000012', '01900000-0000-7000-8000-000000000002', 1, 45, timestamptz '2026-01-01 00:00:00+00', null, 0);
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000002010', '01900000-0000-7000-8000-000000000012', 1, 'Complete internal transition with the SAL/AE and SA',
        'Complete the handoff from pre-sales to post-sales with the SAL/AE and SA, covering the Command Plan, adoption goals and priorities, and stakeholders. See https://about.gitlab.com/handbook/customer-success/pre-sales-post-sales-transition/', 7);
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000002020', '01900000-0000-7000-8000-000000000012', 2, 'Hold kickoff call',
        'Hold the kickoff call using the kickoff deck: describe the TAM role, align on desired business outcomes and milestones, and agree the cadence-call schedule before the call ends. See https://about.gitlab.com/handbook/customer-success/tam/onboarding/#kickoff-call and https://about.gitlab.com/handbook/customer-success/tam/cadence-calls/', 14);
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000002030', '01900000-0000-7000-8000-000000000012', 3, 'Document customer attributes and start the success plan',
        'Document the customer''s key attributes and start the first iteration of the success plan; it is a living document. See https://about.gitlab.com/handbook/customer-success/tam/success-plans/', 21);
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000002040', '01900000-0000-7000-8000-000000000012', 4, 'Hold 1st cadence call focusing on future growth',
        'The first cadence call is usually the TAM''s second conversation with the customer; cover the agenda below. Review the customer''s deployment, infrastructure diagram and resource requirements against their future growth plans. Completing it ends onboarding. See https://about.gitlab.com/handbook/customer-success/tam/onboarding/#1st-cadence-call-future-growth-discussion--checklist', 30);
insert into playbook_task_checklist_item (task_template_id, position, label)
values ('01900000-0000-7000-8000-000000002040', 1, 'Review the infrastructure diagram and upload it to the collaboration project'),
       ('01900000-0000-7000-8000-000000002040', 2, 'Confirm resources and infrastructure will support future growth'),
       ('01900000-0000-7000-8000-000000002040', 3, 'Review deployment instructions and resource requirements'),
       ('01900000-0000-7000-8000-000000002040', 4, 'Review any Support tickets'),
       ('01900000-0000-7000-8000-000000002040', 5, 'Confirm a backup and restore plan is in place'),
       ('01900000-0000-7000-8000-000000002040', 6, 'Identify short-term problem areas, best practices and training needs'),
       ('01900000-0000-7000-8000-000000002040', 7, 'Discuss and document the monthly release and upgrade plan');
insert into playbook_task_template (id, template_version_id, position, title, description, due_offset_days)
values ('01900000-0000-7000-8000-000000002050', '01900000-0000-7000-8000-000000000012', 5, 'Send customer satisfaction survey and swag email',
        'Send the customer satisfaction survey and swag email (the TAM sends it from the template). See https://about.gitlab.com/handbook/customer-success/tam/onboarding/#cta-content-and-process', 35);
