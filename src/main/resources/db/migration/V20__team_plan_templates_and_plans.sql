-- Team (CSM/TAM) onboarding plans (DOMAIN 10, handbook csm-team-onboarding.md).
--
-- A plan template is versioned like the playbooks: the template points at its current version and
-- every saved edit makes a new immutable version (copy-on-write), so a plan that started from a
-- version keeps it. A version holds the sections (the learning-path modules and Sales Quick Start),
-- the graduation criteria, and the checklist items of the three audiences (the new hire, the
-- manager, the buddy), each in a month (1, 2, 3 or beyond).
create table team_plan_template (
    id                 uuid primary key,
    code               varchar(64)  not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               varchar(200) not null,
    current_version_id uuid         not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);

create table team_plan_template_version (
    id          uuid primary key,
    template_id uuid        not null references team_plan_template (id) deferrable initially deferred,
    version_no  integer     not null check (version_no >= 1),
    created_at  timestamptz not null,
    created_by  varchar(100),
    version     bigint      not null default 0,
    unique (template_id, version_no)
);

-- A template and its first version point at each other, and a version's rows refer to each other
-- without JPA associations, so these keys are checked at commit, whatever the insert order.
alter table team_plan_template
    add constraint team_plan_template_current_version_fk foreign key (current_version_id)
        references team_plan_template_version (id) deferrable initially deferred;

create table team_plan_template_section (
    id                  uuid primary key,
    stable_id           uuid          not null,
    template_version_id uuid          not null references team_plan_template_version (id) deferrable initially deferred,
    position            integer       not null check (position >= 1),
    title               varchar(200)  not null,
    details             varchar(2000) not null default '',
    version             bigint        not null default 0,
    unique (template_version_id, position),
    unique (template_version_id, stable_id)
);

-- How graduation checks a criterion: against the plan items linked to it, or against the
-- shadowing and role-play logs.
create table team_plan_template_criterion (
    id                  uuid primary key,
    stable_id           uuid         not null,
    template_version_id uuid         not null references team_plan_template_version (id) deferrable initially deferred,
    position            integer      not null check (position >= 1),
    text                varchar(500) not null,
    evidence            varchar(20)  not null check (evidence in ('PLAN_ITEMS', 'SHADOWING', 'ROLE_PLAYS')),
    version             bigint       not null default 0,
    unique (template_version_id, position),
    unique (template_version_id, stable_id)
);

-- The new hire's items belong to a section (a module or SQS) and may be certifications; the
-- manager's and the buddy's items are expectations without a section.
create table team_plan_template_item (
    id                  uuid primary key,
    stable_id           uuid          not null,
    template_version_id uuid          not null references team_plan_template_version (id) deferrable initially deferred,
    position            integer       not null check (position >= 1),
    audience            varchar(10)   not null check (audience in ('NEW_HIRE', 'MANAGER', 'BUDDY')),
    month               varchar(10)   not null check (month in ('MONTH_1', 'MONTH_2', 'MONTH_3', 'BEYOND')),
    section_id          uuid references team_plan_template_section (id) deferrable initially deferred,
    criterion_id        uuid references team_plan_template_criterion (id) deferrable initially deferred,
    certification       boolean       not null default false,
    title               varchar(300)  not null,
    details             varchar(2000) not null default '',
    version             bigint        not null default 0,
    unique (template_version_id, position),
    unique (template_version_id, stable_id),
    check ((audience = 'NEW_HIRE') = (section_id is not null)),
    check (audience = 'NEW_HIRE' or not certification)
);
create index team_plan_template_item_version_idx on team_plan_template_item (template_version_id);

-- A new hire's plan pins the template version it started from (immutable, so the plan's content never
-- changes under it) and keeps one state row per item of that version.
create table team_plan (
    id                  uuid primary key,
    new_hire_id         uuid        not null references app_user (id),
    manager_id          uuid        not null references app_user (id),
    buddy_id            uuid        not null references app_user (id),
    start_date          date        not null,
    template_version_id uuid        not null references team_plan_template_version (id),
    status              varchar(20) not null constraint team_plan_status_check check (status in ('ACTIVE', 'CANCELLED')),
    started_at          timestamptz not null,
    started_by          uuid        not null references app_user (id),
    ended_at            timestamptz,
    version             bigint      not null default 0,
    check (buddy_id <> new_hire_id),
    check (manager_id <> new_hire_id),
    check (buddy_id <> manager_id)
);
-- Only one active plan per new hire.
create unique index team_plan_one_active_per_new_hire on team_plan (new_hire_id) where status = 'ACTIVE';
create index team_plan_manager_idx on team_plan (manager_id, status);
create index team_plan_buddy_idx on team_plan (buddy_id, status);

create table team_plan_item (
    id               uuid primary key,
    plan_id          uuid          not null references team_plan (id) deferrable initially deferred,
    template_item_id uuid          not null references team_plan_template_item (id),
    due_date         date,
    status           varchar(20)   not null check (status in ('OPEN', 'DONE', 'NOT_APPLICABLE')),
    note             varchar(2000),
    closed_at        timestamptz,
    closed_by        uuid references app_user (id),
    version          bigint        not null default 0,
    unique (plan_id, template_item_id),
    check ((status = 'OPEN') = (closed_at is null)),
    check (status <> 'NOT_APPLICABLE' or note is not null)
);

-- Seed: version 1 of the CSM/TAM onboarding template, in the handbook's words (csm-team-onboarding.md).
-- The handbook gives no pacing for the learning-path modules (its roadmap is a picture), so their
-- months are a default the admin can change: modules 1 to 2 and the SQS pre-work in month 1 (the
-- manager's month-1 plan covers role plays and shadowing, and gives month-2 feedback on the role plays
-- of the learning path), modules 3 and 4 and the SQS workshop in month 2, modules 5 to 7 in month 3
-- (the manager confirms in month 3 that SQS and the learning path are complete).
insert into team_plan_template (id, code, name, current_version_id, created_at, updated_at, version)
values ('01920000-0000-7000-8000-000000000001', 'csm-onboarding', 'CSM/TAM onboarding', '01920000-0000-7000-8000-000000000011', timestamptz '2026-01-01 00:00:00+00', timestamptz '2026-01-01 00:00:00+00', 0);
insert into team_plan_template_version (id, template_id, version_no, created_at, created_by, version)
values ('01920000-0000-7000-8000-000000000011', '01920000-0000-7000-8000-000000000001', 1, timestamptz '2026-01-01 00:00:00+00', null, 0);
insert into team_plan_template_section (id, stable_id, template_version_id, position, title, details, version)
values ('01920000-0000-7000-8000-000000000101', '01920000-0000-7000-8000-000000000101', '01920000-0000-7000-8000-000000000011', 1, 'Module 1: CSM Basics and Call Shadowing', 'The role-based learning path, every module, on LevelUp: https://levelup.gitlab.com/learn/learning-path/technical-account-manager-tam-onboarding', 0),
       ('01920000-0000-7000-8000-000000000102', '01920000-0000-7000-8000-000000000102', '01920000-0000-7000-8000-000000000011', 2, 'Module 1.5: Demo Environment', '', 0),
       ('01920000-0000-7000-8000-000000000103', '01920000-0000-7000-8000-000000000103', '01920000-0000-7000-8000-000000000011', 3, 'Module 2: CSM at GitLab', '', 0),
       ('01920000-0000-7000-8000-000000000104', '01920000-0000-7000-8000-000000000104', '01920000-0000-7000-8000-000000000011', 4, 'Module 3: Technical Deep Dive', '', 0),
       ('01920000-0000-7000-8000-000000000105', '01920000-0000-7000-8000-000000000105', '01920000-0000-7000-8000-000000000011', 5, 'Module 4: CSM Deep Dive', '', 0),
       ('01920000-0000-7000-8000-000000000106', '01920000-0000-7000-8000-000000000106', '01920000-0000-7000-8000-000000000011', 6, 'Module 5: Tools and Best Practices', '', 0),
       ('01920000-0000-7000-8000-000000000107', '01920000-0000-7000-8000-000000000107', '01920000-0000-7000-8000-000000000011', 7, 'Module 6: EBR and Customer Conversations', '', 0),
       ('01920000-0000-7000-8000-000000000108', '01920000-0000-7000-8000-000000000108', '01920000-0000-7000-8000-000000000011', 8, 'Module 7: CSM Onboarding Conclusion', '', 0),
       ('01920000-0000-7000-8000-000000000109', '01920000-0000-7000-8000-000000000109', '01920000-0000-7000-8000-000000000011', 9, 'Sales Quick Start (SQS)', 'A hands-on virtual workshop, with pre-work on GitLab University. SQS learning objectives: https://handbook.gitlab.com/handbook/sales/onboarding/sqs-learning-objectives/', 0);
insert into team_plan_template_criterion (id, stable_id, template_version_id, position, text, evidence, version)
values ('01920000-0000-7000-8000-000000000201', '01920000-0000-7000-8000-000000000201', '01920000-0000-7000-8000-000000000011', 1, 'Completed Sales Quick Start (SQS) prework on GitLab University', 'PLAN_ITEMS', 0),
       ('01920000-0000-7000-8000-000000000202', '01920000-0000-7000-8000-000000000202', '01920000-0000-7000-8000-000000000011', 2, 'Attended the SQS workshop and completed all relevant activities', 'PLAN_ITEMS', 0),
       ('01920000-0000-7000-8000-000000000203', '01920000-0000-7000-8000-000000000203', '01920000-0000-7000-8000-000000000011', 3, 'Completed your role-based learning path on GitLab University', 'PLAN_ITEMS', 0),
       ('01920000-0000-7000-8000-000000000204', '01920000-0000-7000-8000-000000000204', '01920000-0000-7000-8000-000000000011', 4, 'Completed the Pulse+ CSM Certificate I and Advanced CSM Certificate II', 'PLAN_ITEMS', 0),
       ('01920000-0000-7000-8000-000000000205', '01920000-0000-7000-8000-000000000205', '01920000-0000-7000-8000-000000000011', 5, 'Attained the following certificates: GitLab Certified Git Associate, Gitlab Certified CI/CD Associate, GitLab Certified Project Management Associate, GitLab Certified Security Specialist', 'PLAN_ITEMS', 0),
       ('01920000-0000-7000-8000-000000000206', '01920000-0000-7000-8000-000000000206', '01920000-0000-7000-8000-000000000011', 6, 'Completed role play activities and discussed feedback with your manager / onboarding buddy', 'ROLE_PLAYS', 0),
       ('01920000-0000-7000-8000-000000000207', '01920000-0000-7000-8000-000000000207', '01920000-0000-7000-8000-000000000011', 7, 'Shadowed at least 4 calls per week throughout your onboarding and discussed with your manager', 'SHADOWING', 0);
insert into team_plan_template_item (id, stable_id, template_version_id, position, audience, month, section_id, criterion_id, certification, title, details, version)
values ('01920000-0000-7000-8000-000000000301', '01920000-0000-7000-8000-000000000301', '01920000-0000-7000-8000-000000000011', 1, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000101', '01920000-0000-7000-8000-000000000204', true, 'Complete Pulse+ Customer Success Manager Certificate I', '', 0),
       ('01920000-0000-7000-8000-000000000302', '01920000-0000-7000-8000-000000000302', '01920000-0000-7000-8000-000000000011', 2, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000101', '01920000-0000-7000-8000-000000000204', true, 'Complete Pulse+ Advanced Customer Success Manager Certificate II', '', 0),
       ('01920000-0000-7000-8000-000000000303', '01920000-0000-7000-8000-000000000303', '01920000-0000-7000-8000-000000000011', 3, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000101', '01920000-0000-7000-8000-000000000203', false, 'Understand the different stages of call shadowing', 'Meeting shadowing: https://handbook.gitlab.com/handbook/customer-success/csm/csm-onboarding/shadowing/', 0),
       ('01920000-0000-7000-8000-000000000304', '01920000-0000-7000-8000-000000000304', '01920000-0000-7000-8000-000000000011', 4, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000102', '01920000-0000-7000-8000-000000000203', false, 'Demonstrate understanding of GitLab Basics', '', 0),
       ('01920000-0000-7000-8000-000000000305', '01920000-0000-7000-8000-000000000305', '01920000-0000-7000-8000-000000000011', 5, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000102', '01920000-0000-7000-8000-000000000203', false, 'Understand the stages of the DevSecOps Lifecycle', '', 0),
       ('01920000-0000-7000-8000-000000000306', '01920000-0000-7000-8000-000000000306', '01920000-0000-7000-8000-000000000011', 6, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000102', '01920000-0000-7000-8000-000000000203', false, 'Understand the different pricing tiers of GitLab', 'Pricing: https://about.gitlab.com/pricing/', 0),
       ('01920000-0000-7000-8000-000000000307', '01920000-0000-7000-8000-000000000307', '01920000-0000-7000-8000-000000000011', 7, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000102', '01920000-0000-7000-8000-000000000203', false, 'Complete Demo Systems Initial Set Up', 'Self-paced guide (private project for GitLab members): https://gitlab.com/gitlab-com/customer-success/demo-engineering/demo-systems-initial-set-up', 0),
       ('01920000-0000-7000-8000-000000000308', '01920000-0000-7000-8000-000000000308', '01920000-0000-7000-8000-000000000011', 8, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000103', '01920000-0000-7000-8000-000000000203', false, 'Understand the role of a CSM at GitLab', '', 0),
       ('01920000-0000-7000-8000-000000000309', '01920000-0000-7000-8000-000000000309', '01920000-0000-7000-8000-000000000011', 9, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000103', '01920000-0000-7000-8000-000000000203', false, 'Understand the mission and vision of the Customer Success organization', '', 0),
       ('01920000-0000-7000-8000-000000000310', '01920000-0000-7000-8000-000000000310', '01920000-0000-7000-8000-000000000011', 10, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000103', '01920000-0000-7000-8000-000000000203', false, 'Understand the CSM’s responsibilities within the customer journey', '', 0),
       ('01920000-0000-7000-8000-000000000311', '01920000-0000-7000-8000-000000000311', '01920000-0000-7000-8000-000000000011', 11, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000103', '01920000-0000-7000-8000-000000000203', false, 'Understand the distinction between CSMs and Customer Success Engineers (CSEs)', '', 0),
       ('01920000-0000-7000-8000-000000000312', '01920000-0000-7000-8000-000000000312', '01920000-0000-7000-8000-000000000011', 12, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000103', '01920000-0000-7000-8000-000000000203', false, 'Understand the rhythm of business for a CSM', '', 0),
       ('01920000-0000-7000-8000-000000000313', '01920000-0000-7000-8000-000000000313', '01920000-0000-7000-8000-000000000011', 13, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000103', '01920000-0000-7000-8000-000000000203', false, 'Demonstrate customer readiness by completing role play exercise', '', 0),
       ('01920000-0000-7000-8000-000000000314', '01920000-0000-7000-8000-000000000314', '01920000-0000-7000-8000-000000000011', 14, 'NEW_HIRE', 'MONTH_2', '01920000-0000-7000-8000-000000000104', '01920000-0000-7000-8000-000000000205', true, 'Complete the following certification: GitLab Certified Git Associate', '', 0),
       ('01920000-0000-7000-8000-000000000315', '01920000-0000-7000-8000-000000000315', '01920000-0000-7000-8000-000000000011', 15, 'NEW_HIRE', 'MONTH_2', '01920000-0000-7000-8000-000000000104', '01920000-0000-7000-8000-000000000203', false, 'Understand the CSM’s responsibilities as it relates to customer cadence calls', '', 0),
       ('01920000-0000-7000-8000-000000000316', '01920000-0000-7000-8000-000000000316', '01920000-0000-7000-8000-000000000011', 16, 'NEW_HIRE', 'MONTH_2', '01920000-0000-7000-8000-000000000105', '01920000-0000-7000-8000-000000000203', false, 'Understand Value Based Conversations', '', 0),
       ('01920000-0000-7000-8000-000000000317', '01920000-0000-7000-8000-000000000317', '01920000-0000-7000-8000-000000000011', 17, 'NEW_HIRE', 'MONTH_2', '01920000-0000-7000-8000-000000000105', '01920000-0000-7000-8000-000000000203', false, 'Understand your role and responsibilities as a CSM as it relates to Success Plans', '', 0),
       ('01920000-0000-7000-8000-000000000318', '01920000-0000-7000-8000-000000000318', '01920000-0000-7000-8000-000000000011', 18, 'NEW_HIRE', 'MONTH_2', '01920000-0000-7000-8000-000000000105', '01920000-0000-7000-8000-000000000203', false, 'Understand how to navigate and what resources to find on Highspot', '', 0),
       ('01920000-0000-7000-8000-000000000319', '01920000-0000-7000-8000-000000000319', '01920000-0000-7000-8000-000000000011', 19, 'NEW_HIRE', 'MONTH_2', '01920000-0000-7000-8000-000000000105', '01920000-0000-7000-8000-000000000203', false, 'Understand the direction, value, and methodology of Professional Services at GitLab', '', 0),
       ('01920000-0000-7000-8000-000000000320', '01920000-0000-7000-8000-000000000320', '01920000-0000-7000-8000-000000000011', 20, 'NEW_HIRE', 'MONTH_3', '01920000-0000-7000-8000-000000000106', '01920000-0000-7000-8000-000000000205', true, 'Complete the following certification: GitLab Certified CI/CD Associate', '', 0),
       ('01920000-0000-7000-8000-000000000321', '01920000-0000-7000-8000-000000000321', '01920000-0000-7000-8000-000000000011', 21, 'NEW_HIRE', 'MONTH_3', '01920000-0000-7000-8000-000000000106', '01920000-0000-7000-8000-000000000203', false, 'Understand the workflow and documentation practices for Gainsight and Salesforce', '', 0),
       ('01920000-0000-7000-8000-000000000322', '01920000-0000-7000-8000-000000000322', '01920000-0000-7000-8000-000000000011', 22, 'NEW_HIRE', 'MONTH_3', '01920000-0000-7000-8000-000000000106', '01920000-0000-7000-8000-000000000203', false, 'Understand reference architectures and their associated costs', 'Reference architectures: https://docs.gitlab.com/ee/administration/reference_architectures/', 0),
       ('01920000-0000-7000-8000-000000000323', '01920000-0000-7000-8000-000000000323', '01920000-0000-7000-8000-000000000011', 23, 'NEW_HIRE', 'MONTH_3', '01920000-0000-7000-8000-000000000107', '01920000-0000-7000-8000-000000000203', false, 'Understand the CSM’s role and responsibilities as it relates to Executive Business Reviews (EBRs) with your customer', '', 0),
       ('01920000-0000-7000-8000-000000000324', '01920000-0000-7000-8000-000000000324', '01920000-0000-7000-8000-000000000011', 24, 'NEW_HIRE', 'MONTH_3', '01920000-0000-7000-8000-000000000107', '01920000-0000-7000-8000-000000000205', true, 'Complete the following certification: GitLab Certified Security Specialist', '', 0),
       ('01920000-0000-7000-8000-000000000325', '01920000-0000-7000-8000-000000000325', '01920000-0000-7000-8000-000000000011', 25, 'NEW_HIRE', 'MONTH_3', '01920000-0000-7000-8000-000000000107', '01920000-0000-7000-8000-000000000203', false, 'Understand value based discovery for DevSecOps', '', 0),
       ('01920000-0000-7000-8000-000000000326', '01920000-0000-7000-8000-000000000326', '01920000-0000-7000-8000-000000000011', 26, 'NEW_HIRE', 'MONTH_3', '01920000-0000-7000-8000-000000000108', '01920000-0000-7000-8000-000000000205', true, 'Complete the following certification: GitLab Certified Project Management', '', 0),
       ('01920000-0000-7000-8000-000000000327', '01920000-0000-7000-8000-000000000327', '01920000-0000-7000-8000-000000000011', 27, 'NEW_HIRE', 'MONTH_1', '01920000-0000-7000-8000-000000000109', '01920000-0000-7000-8000-000000000201', false, 'Complete the Sales Quick Start (SQS) pre-work on GitLab University', '', 0),
       ('01920000-0000-7000-8000-000000000328', '01920000-0000-7000-8000-000000000328', '01920000-0000-7000-8000-000000000011', 28, 'NEW_HIRE', 'MONTH_2', '01920000-0000-7000-8000-000000000109', '01920000-0000-7000-8000-000000000202', false, 'Attend the SQS workshop and complete all relevant activities', '', 0),
       ('01920000-0000-7000-8000-000000000329', '01920000-0000-7000-8000-000000000329', '01920000-0000-7000-8000-000000000011', 29, 'MANAGER', 'MONTH_1', null, null, false, 'Schedule recurring 1:1s and check in calls', '', 0),
       ('01920000-0000-7000-8000-000000000330', '01920000-0000-7000-8000-000000000330', '01920000-0000-7000-8000-000000000011', 30, 'MANAGER', 'MONTH_1', null, null, false, 'Provide guidance on who the new team member should schedule coffee chats with during their onboarding journey', '', 0),
       ('01920000-0000-7000-8000-000000000331', '01920000-0000-7000-8000-000000000331', '01920000-0000-7000-8000-000000000011', 31, 'MANAGER', 'MONTH_1', null, null, false, 'Review and discuss company policies', 'PTO policy; Family and Friends first culture; CREDIT Values', 0),
       ('01920000-0000-7000-8000-000000000332', '01920000-0000-7000-8000-000000000332', '01920000-0000-7000-8000-000000000011', 32, 'MANAGER', 'MONTH_1', null, null, false, 'Discuss any team specific expectations', '', 0),
       ('01920000-0000-7000-8000-000000000333', '01920000-0000-7000-8000-000000000333', '01920000-0000-7000-8000-000000000011', 33, 'MANAGER', 'MONTH_1', null, null, false, 'Review organizational structure', '', 0),
       ('01920000-0000-7000-8000-000000000334', '01920000-0000-7000-8000-000000000334', '01920000-0000-7000-8000-000000000011', 34, 'MANAGER', 'MONTH_1', null, null, false, 'Ensure new team member has access to role-specific tools and appropriate Slack channels', 'CSM: #cs-questions, #customer-success, #sales-support, #field-fyi, #csm-updates, #tim-tams. GitLab: #questions, #whats-happening-at-gitlab, #company-fyi, #it-help, #ai_field_strategy, #people-connect, #escalated_customers, #thanks.', 0),
       ('01920000-0000-7000-8000-000000000335', '01920000-0000-7000-8000-000000000335', '01920000-0000-7000-8000-000000000011', 35, 'MANAGER', 'MONTH_1', null, null, false, 'Align on a general plan to get customer ready including who to schedule your onboarding role plays with and shadow at least 4 calls per week', '', 0),
       ('01920000-0000-7000-8000-000000000336', '01920000-0000-7000-8000-000000000336', '01920000-0000-7000-8000-000000000011', 36, 'MANAGER', 'MONTH_1', null, null, false, 'Ensure new team member is meeting expected milestones from week to week', '', 0),
       ('01920000-0000-7000-8000-000000000337', '01920000-0000-7000-8000-000000000337', '01920000-0000-7000-8000-000000000011', 37, 'MANAGER', 'MONTH_1', null, null, false, 'Identify skills to be mastered and resources available to accomplish learning objectives', '', 0),
       ('01920000-0000-7000-8000-000000000338', '01920000-0000-7000-8000-000000000338', '01920000-0000-7000-8000-000000000011', 38, 'MANAGER', 'MONTH_2', null, null, false, 'Check in regularly with your new team member', 'Ask them if they are experiencing any challenges with GitLab’s asynchronous culture; discuss any general concerns.', 0),
       ('01920000-0000-7000-8000-000000000339', '01920000-0000-7000-8000-000000000339', '01920000-0000-7000-8000-000000000011', 39, 'MANAGER', 'MONTH_2', null, null, false, 'Share constructive feedback on role plays that were completed during the onboarding learning path', '', 0),
       ('01920000-0000-7000-8000-000000000340', '01920000-0000-7000-8000-000000000340', '01920000-0000-7000-8000-000000000011', 40, 'MANAGER', 'MONTH_2', null, null, false, 'Ensure onboarding milestones are met and that new team member is completing required courses and certifications', '', 0),
       ('01920000-0000-7000-8000-000000000341', '01920000-0000-7000-8000-000000000341', '01920000-0000-7000-8000-000000000011', 41, 'MANAGER', 'MONTH_2', null, null, false, 'Align on whether your new team member is on track to be customer ready and how else you can provide support to get them ramped', '', 0),
       ('01920000-0000-7000-8000-000000000342', '01920000-0000-7000-8000-000000000342', '01920000-0000-7000-8000-000000000011', 42, 'MANAGER', 'MONTH_2', null, null, false, 'Discuss best practices and rules of engagement for CSMs', '', 0),
       ('01920000-0000-7000-8000-000000000343', '01920000-0000-7000-8000-000000000343', '01920000-0000-7000-8000-000000000011', 43, 'MANAGER', 'MONTH_3', null, null, false, 'Decide on a regular cadence for 1:1 calls', '', 0),
       ('01920000-0000-7000-8000-000000000344', '01920000-0000-7000-8000-000000000344', '01920000-0000-7000-8000-000000000011', 44, 'MANAGER', 'MONTH_3', null, null, false, 'Prep your new team member for taking over assigned customers/accounts', '', 0),
       ('01920000-0000-7000-8000-000000000345', '01920000-0000-7000-8000-000000000345', '01920000-0000-7000-8000-000000000011', 45, 'MANAGER', 'MONTH_3', null, null, false, 'Consider shadowing your new team member’s customer calls and provide feedback as needed', '', 0),
       ('01920000-0000-7000-8000-000000000346', '01920000-0000-7000-8000-000000000346', '01920000-0000-7000-8000-000000000011', 46, 'MANAGER', 'MONTH_3', null, null, false, 'Confirm that new team member has completed all mandatory and necessary onboarding activities including SQS and role-based learning path', '', 0),
       ('01920000-0000-7000-8000-000000000347', '01920000-0000-7000-8000-000000000347', '01920000-0000-7000-8000-000000000011', 47, 'MANAGER', 'MONTH_3', null, null, false, 'Discuss how their performance will be formally evaluated', '', 0),
       ('01920000-0000-7000-8000-000000000348', '01920000-0000-7000-8000-000000000348', '01920000-0000-7000-8000-000000000011', 48, 'MANAGER', 'BEYOND', null, null, false, 'Provide regular feedback on performance', '', 0),
       ('01920000-0000-7000-8000-000000000349', '01920000-0000-7000-8000-000000000349', '01920000-0000-7000-8000-000000000011', 49, 'MANAGER', 'BEYOND', null, null, false, 'Partner with employee to develop an individual growth plan for goals they want to achieve in the coming year', '', 0),
       ('01920000-0000-7000-8000-000000000350', '01920000-0000-7000-8000-000000000350', '01920000-0000-7000-8000-000000000011', 50, 'MANAGER', 'BEYOND', null, null, false, 'Discuss at length: Cadence Calls', 'Give an overview of the topic, why it is important to customer / GitLab / CSM, what good looks like, common pitfalls, and how success is measured.', 0),
       ('01920000-0000-7000-8000-000000000351', '01920000-0000-7000-8000-000000000351', '01920000-0000-7000-8000-000000000011', 51, 'MANAGER', 'BEYOND', null, null, false, 'Discuss at length: Success Plans', 'Give an overview of the topic, why it is important to customer / GitLab / CSM, what good looks like, common pitfalls, and how success is measured.', 0),
       ('01920000-0000-7000-8000-000000000352', '01920000-0000-7000-8000-000000000352', '01920000-0000-7000-8000-000000000011', 52, 'MANAGER', 'BEYOND', null, null, false, 'Discuss at length: EBRs', 'Give an overview of the topic, why it is important to customer / GitLab / CSM, what good looks like, common pitfalls, and how success is measured.', 0),
       ('01920000-0000-7000-8000-000000000353', '01920000-0000-7000-8000-000000000353', '01920000-0000-7000-8000-000000000011', 53, 'MANAGER', 'BEYOND', null, null, false, 'Discuss at length: Customer Escalations', 'Give an overview of the topic, why it is important to customer / GitLab / CSM, what good looks like, common pitfalls, and how success is measured.', 0),
       ('01920000-0000-7000-8000-000000000354', '01920000-0000-7000-8000-000000000354', '01920000-0000-7000-8000-000000000011', 54, 'MANAGER', 'BEYOND', null, null, false, 'Discuss at length: Customer Enablement', 'Give an overview of the topic, why it is important to customer / GitLab / CSM, what good looks like, common pitfalls, and how success is measured.', 0),
       ('01920000-0000-7000-8000-000000000355', '01920000-0000-7000-8000-000000000355', '01920000-0000-7000-8000-000000000011', 55, 'MANAGER', 'BEYOND', null, null, false, 'Discuss at length: Gainsight Hygiene', 'Give an overview of the topic, why it is important to customer / GitLab / CSM, what good looks like, common pitfalls, and how success is measured.', 0),
       ('01920000-0000-7000-8000-000000000356', '01920000-0000-7000-8000-000000000356', '01920000-0000-7000-8000-000000000011', 56, 'BUDDY', 'MONTH_1', null, null, false, 'Nurture a welcoming environment for the new team member', '', 0),
       ('01920000-0000-7000-8000-000000000357', '01920000-0000-7000-8000-000000000357', '01920000-0000-7000-8000-000000000011', 57, 'BUDDY', 'MONTH_1', null, null, false, 'Establish a recurring 1:1 meeting to check in on the new team member’s progress on onboarding activities', '', 0),
       ('01920000-0000-7000-8000-000000000358', '01920000-0000-7000-8000-000000000358', '01920000-0000-7000-8000-000000000011', 58, 'BUDDY', 'MONTH_1', null, null, false, 'Provide assistance with any barriers or difficulty understanding concepts covered in the onboarding learning path and SQS', '', 0),
       ('01920000-0000-7000-8000-000000000359', '01920000-0000-7000-8000-000000000359', '01920000-0000-7000-8000-000000000011', 59, 'BUDDY', 'MONTH_1', null, null, false, 'Connect the new team member with members of the broad team to build a network', '', 0),
       ('01920000-0000-7000-8000-000000000360', '01920000-0000-7000-8000-000000000360', '01920000-0000-7000-8000-000000000011', 60, 'BUDDY', 'MONTH_1', null, null, false, 'Share helpful tips and resources that are beneficial during their onboarding and beyond', '', 0),
       ('01920000-0000-7000-8000-000000000361', '01920000-0000-7000-8000-000000000361', '01920000-0000-7000-8000-000000000011', 61, 'BUDDY', 'MONTH_2', null, null, false, 'Provide opportunities for new team member to shadow you on calls as defined in the shadow criteria and assist with note taking', 'Shadow criteria: https://docs.google.com/document/d/1jY0YnL7whNVVK_VeoxRPjn-Iloj8_Su_3YOx0X1bKtw/edit#heading=h.1g07abmamci3', 0),
       ('01920000-0000-7000-8000-000000000362', '01920000-0000-7000-8000-000000000362', '01920000-0000-7000-8000-000000000011', 62, 'BUDDY', 'MONTH_2', null, null, false, 'Debrief on calls and discuss feedback', '', 0),
       ('01920000-0000-7000-8000-000000000363', '01920000-0000-7000-8000-000000000363', '01920000-0000-7000-8000-000000000011', 63, 'BUDDY', 'MONTH_2', null, null, false, 'Align with new team member’s manager on ways you can provide support', '', 0),
       ('01920000-0000-7000-8000-000000000364', '01920000-0000-7000-8000-000000000364', '01920000-0000-7000-8000-000000000011', 64, 'BUDDY', 'MONTH_3', null, null, false, 'Co-lead calls with the new team member until they are ready to take over customer interactions independently', '', 0),
       ('01920000-0000-7000-8000-000000000365', '01920000-0000-7000-8000-000000000365', '01920000-0000-7000-8000-000000000011', 65, 'BUDDY', 'MONTH_3', null, null, false, 'Share constructive feedback', '', 0),
       ('01920000-0000-7000-8000-000000000366', '01920000-0000-7000-8000-000000000366', '01920000-0000-7000-8000-000000000011', 66, 'BUDDY', 'MONTH_3', null, null, false, 'Inform new team member on how you can support them beyond their onboarding journey', '', 0),
       ('01920000-0000-7000-8000-000000000367', '01920000-0000-7000-8000-000000000367', '01920000-0000-7000-8000-000000000011', 67, 'BUDDY', 'MONTH_3', null, null, false, 'Join the first 5-10 customer meetings led by the new joiner', 'Not only for technical guidance but much more for general feedback and building confidence in the CSM role: the close feedback loop helps new CSMs learn faster.', 0);
