-- Enablement email templates (DOMAIN §5): five emails in a SaaS and a Self-Managed variant, edited by
-- admins. Bodies are logic-less Mustache text ({{tam.name}}, ...), never Thymeleaf or SpEL; the
-- application rejects an unknown token when a template is saved.
create table email_template (
    id          uuid          primary key,
    variant     varchar(20)   not null,
    number      integer       not null,
    name        varchar(120)  not null,
    subject     varchar(300)  not null,
    body        text          not null,
    version     bigint        not null default 0,
    updated_at  timestamptz   not null default now(),
    updated_by  varchar(100)  not null default 'Facet',
    constraint email_template_variant_ck check (variant in ('SAAS', 'SELF_MANAGED')),
    constraint email_template_number_ck check (number between 1 and 5),
    constraint email_template_variant_number_uk unique (variant, number)
);

-- Every saved version of a template, so an admin sees what changed and who changed it.
create table email_template_revision (
    template_id  uuid          not null references email_template (id),
    version      bigint        not null,
    subject      varchar(300)  not null,
    body         text          not null,
    saved_at     timestamptz   not null,
    saved_by     varchar(100)  not null,
    primary key (template_id, version)
);

-- The program's settings: the days between two emails (the first goes on the onboarding's start
-- date) and the generic Customer Enablement sender.
create table email_settings (
    id            integer       primary key default 1,
    spacing_days  integer       not null default 7,
    from_address  varchar(320)  not null default 'Customer Enablement <customer-enablement@facet.example>',
    version       bigint        not null default 0,
    constraint email_settings_single_row_ck check (id = 1),
    constraint email_settings_spacing_ck check (spacing_days between 1 and 60)
);
insert into email_settings (id) values (1);

insert into email_template (id, variant, number, name, subject, body) values
('01900000-0000-7000-8000-000000000501', 'SAAS', 1, 'Introduction to the Customer Success experience',
 'Welcome to GitLab, {{contact.firstName}}: meet your Technical Account Manager',
 $body$Hi {{contact.firstName}},

Welcome to GitLab! I'm {{tam.name}}, the Technical Account Manager (TAM) for {{account.name}}. I'm writing to introduce myself and to explain what you can expect from working with me.

**What a TAM does for you**

- I'm your technical advocate inside GitLab: I know your goals, your environment and your plans, so you don't have to explain them again each time.
- I help you adopt GitLab in the order that brings you value soonest, from the first projects to CI/CD, security scanning and beyond.
- I set up regular cadence calls with your team to review progress, answer questions and plan what comes next.
- When something blocks you, I make sure the right people at GitLab (Support, Product, Professional Services) hear about it.

**What happens next**

Over the coming weeks you'll receive a short series of emails like this one, each on a single topic: first steps and how to get help, security and backups, monitoring and the API, and training. If a topic isn't relevant to you, just tell me and I'll skip it.

The best first step is a kickoff call, where we agree on the outcomes you want from GitLab and how we'll work together. Reply to this email with a few times that suit you, or with any questions: the reply comes straight to me.

Looking forward to working with you,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000502', 'SAAS', 2, 'First steps and how to get help',
 '{{account.name}} onboarding: first steps and how to get help',
 $body$Hi {{contact.firstName}},

This is the second email of your onboarding series: a few first steps on GitLab.com, and how to get help when you need it.

**First steps**

- Make sure your team's group (namespace) is the one your subscription is linked to, so everyone gets the paid features: https://docs.gitlab.com/subscriptions/gitlab_com/
- Turn on two-factor authentication for your group, and set up SAML SSO if your company uses an identity provider: https://docs.gitlab.com/user/group/saml_sso/
- Invite your team with the right roles (Guest, Reporter, Developer, Maintainer, Owner): https://docs.gitlab.com/user/permissions/
- Create or import your first projects: https://docs.gitlab.com/user/project/import/

**How to get help from Support**

Your subscription includes GitLab Support: https://support.gitlab.com. When you open a ticket, these points get you an answer fastest:

1. Give as much detail as you can in the first message.
2. Summarise the issue: when it started, how often it happens and what it affects in your organisation, then add the steps to reproduce it, the current behaviour, the expected behaviour, any recent changes, and logs or screenshots (please avoid .doc or .pdf files).
3. Try not to ask for a call in the first message: the support engineer will first try to solve it in the ticket, and will invite your team to a call through the ticket if one is needed.
4. When the support engineer asks for follow-up items, send them back as soon as you can; it's the quickest way to a resolution.

For questions about your plans, priorities or anything that isn't a technical fault, reply to this email: it comes straight to me.

Best regards,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000503', 'SAAS', 3, 'Security, backup and restore',
 '{{account.name}} onboarding: security, backup and restore',
 $body$Hi {{contact.firstName}},

This third email is about keeping {{account.name}}'s work on GitLab.com safe.

**Security**

- Enforce two-factor authentication for everyone in your group: https://docs.gitlab.com/security/two_factor_authentication/
- With SAML SSO, manage who joins your group from your identity provider, and consider SCIM to remove leavers automatically: https://docs.gitlab.com/user/group/saml_sso/scim_setup/
- Protect your main branches and require approvals for merge requests: https://docs.gitlab.com/user/project/repository/branches/protected/
- Review audit events to see who changed what: https://docs.gitlab.com/user/compliance/audit_events/

**Backup and restore**

GitLab runs and backs up the GitLab.com platform for you. What stays in your hands is getting your own data back out when you need it: project and group exports, and keeping a mirror of your most important repositories. See https://docs.gitlab.com/user/project/settings/import_export/

If you'd like to go through your security settings together, reply to this email and we'll find a time.

Best regards,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000504', 'SAAS', 4, 'Monitoring, the API and rate limits',
 '{{account.name}} onboarding: monitoring, the API and rate limits',
 $body$Hi {{contact.firstName}},

This fourth email covers how to keep an eye on GitLab.com, automate with the API, and stay within the rate limits.

**Monitoring**

- Follow https://status.gitlab.com for the platform's status and subscribe to its updates.
- Watch your CI/CD minutes and storage in your group's Usage Quotas page: https://docs.gitlab.com/user/storage_usage_quotas/

**The API**

- Almost everything in GitLab can be automated with the REST and GraphQL APIs: https://docs.gitlab.com/api/rest/
- Use group or project access tokens (or a service account) for automation rather than a person's token, and give each token the fewest scopes it needs: https://docs.gitlab.com/user/project/settings/project_access_tokens/

**Rate limits**

GitLab.com limits how many requests a user or IP address can make per minute. Scripts that page through large lists should respect the `Retry-After` and `RateLimit-*` headers: https://docs.gitlab.com/user/gitlab_com/#rate-limits-on-gitlabcom

If you're planning a large migration or integration, reply to this email before you start, so we can plan it around the limits together.

Best regards,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000505', 'SAAS', 5, 'Additional training and support',
 '{{account.name}} onboarding: training and support for your team',
 $body$Hi {{contact.firstName}},

This is the last email of your onboarding series: where your team can keep learning, and where to get more help.

**Training**

- GitLab University has free, self-paced courses and certifications, from Git basics to CI/CD and security: https://university.gitlab.com
- The documentation's tutorials walk through common tasks step by step: https://docs.gitlab.com/tutorials/
- Professional Services offer instructor-led training and hands-on help with migrations and rollouts: https://about.gitlab.com/services/

**Support and community**

- GitLab Support for anything that's broken: https://support.gitlab.com
- The community forum for how-to questions and ideas: https://forum.gitlab.com
- What's new each month: https://about.gitlab.com/releases/

Thank you for reading this series. From here on, our cadence calls are the place to plan {{account.name}}'s next steps; reply to this email whenever you need me in between.

Best regards,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000506', 'SELF_MANAGED', 1, 'Introduction to the Customer Success experience',
 'Welcome to GitLab, {{contact.firstName}}: meet your Technical Account Manager',
 $body$Hi {{contact.firstName}},

Welcome to GitLab! I'm {{tam.name}}, the Technical Account Manager (TAM) for {{account.name}}. I'm writing to introduce myself and to explain what you can expect from working with me.

**What a TAM does for you**

- I'm your technical advocate inside GitLab: I know your goals, your environment and your plans, so you don't have to explain them again each time.
- I help you adopt GitLab in the order that brings you value soonest, from the first projects to CI/CD, security scanning and beyond.
- I set up regular cadence calls with your team to review progress, answer questions and plan what comes next.
- When something blocks you, I make sure the right people at GitLab (Support, Product, Professional Services) hear about it.

**What happens next**

Over the coming weeks you'll receive a short series of emails like this one, each on a single topic: first steps and how to get help, security and backups, monitoring and the API, and training. If a topic isn't relevant to you, just tell me and I'll skip it.

The best first step is a kickoff call, where we agree on the outcomes you want from GitLab and how we'll work together. Reply to this email with a few times that suit you, or with any questions: the reply comes straight to me.

Looking forward to working with you,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000507', 'SELF_MANAGED', 2, 'First steps and how to get help',
 '{{account.name}} onboarding: first steps and how to get help',
 $body$Hi {{contact.firstName}},

This is the second email of your onboarding series: a few first steps for your self-managed GitLab instance, and how to get help when you need it.

**First steps**

- Check that your instance runs a supported version and plan your upgrade path: https://docs.gitlab.com/update/
- Activate your subscription on the instance: https://docs.gitlab.com/subscriptions/self_managed/
- Connect your identity provider (LDAP, SAML or OmniAuth) so your users sign in with their company accounts: https://docs.gitlab.com/administration/auth/
- Create or import your first projects: https://docs.gitlab.com/user/project/import/

**How to get help from Support**

Your subscription includes GitLab Support: https://support.gitlab.com. When you open a ticket, these points get you an answer fastest:

1. Give as much detail as you can in the first message.
2. Summarise the issue: when it started, how often it happens and what it affects in your organisation, then add the steps to reproduce it, the current behaviour, the expected behaviour, any recent changes, and logs or screenshots (please avoid .doc or .pdf files).
3. Try not to ask for a call in the first message: the support engineer will first try to solve it in the ticket, and will invite your team to a call through the ticket if one is needed.
4. When the support engineer asks for follow-up items, send them back as soon as you can; it's the quickest way to a resolution.

For a self-managed instance, please attach the output of GitLabSOS (https://gitlab.com/gitlab-com/support/toolbox/gitlabsos) to any ticket about the instance itself: it collects the logs and settings Support will ask for.

For questions about your plans, priorities or anything that isn't a technical fault, reply to this email: it comes straight to me.

Best regards,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000508', 'SELF_MANAGED', 3, 'Security, backup and restore',
 '{{account.name}} onboarding: security, backup and restore',
 $body$Hi {{contact.firstName}},

This third email is about keeping {{account.name}}'s GitLab instance secure, and making sure you can restore it if you ever need to.

**Security**

- Keep the instance up to date: security releases come out regularly, and the fastest protection is to apply them: https://about.gitlab.com/releases/categories/releases/
- Enforce two-factor authentication and review the sign-up and visibility settings in the Admin Area: https://docs.gitlab.com/security/
- Protect your main branches and require approvals for merge requests: https://docs.gitlab.com/user/project/repository/branches/protected/

**Backup and restore**

- Schedule regular backups with `gitlab-backup create` and keep them off the server: https://docs.gitlab.com/administration/backup_restore/
- Back up `/etc/gitlab/gitlab-secrets.json` and `/etc/gitlab/gitlab.rb` separately: the backup deliberately does not include them, and without the secrets file a restore loses encrypted data such as CI/CD variables.
- Test a restore on a spare server now, before you need it: https://docs.gitlab.com/administration/backup_restore/restore_gitlab/

If you'd like a second pair of eyes on your backup plan, reply to this email and we'll go through it together.

Best regards,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000509', 'SELF_MANAGED', 4, 'Monitoring, the API and rate limits',
 '{{account.name}} onboarding: monitoring, the API and rate limits',
 $body$Hi {{contact.firstName}},

This fourth email covers how to monitor your GitLab instance, automate it with the API, and set its rate limits.

**Monitoring**

- GitLab ships with Prometheus metrics and can be connected to Grafana: https://docs.gitlab.com/administration/monitoring/prometheus/
- Point your load balancer and alerting at the health check endpoints (`/-/health`, `/-/readiness`, `/-/liveness`): https://docs.gitlab.com/administration/monitoring/health_check/
- Keep an eye on disk space for repositories, artifacts and backups.

**The API**

- Almost everything in GitLab can be automated with the REST and GraphQL APIs: https://docs.gitlab.com/api/rest/
- Use group or project access tokens (or a service account) for automation rather than a person's token, and give each token the fewest scopes it needs.

**Rate limits**

On your own instance you decide the limits: in the Admin Area you can set user and IP rate limits to protect the instance from runaway scripts: https://docs.gitlab.com/security/rate_limits/

If you're planning a large migration or integration, reply to this email before you start and we'll size it together.

Best regards,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$),
('01900000-0000-7000-8000-000000000510', 'SELF_MANAGED', 5, 'Additional training and support',
 '{{account.name}} onboarding: training and support for your team',
 $body$Hi {{contact.firstName}},

This is the last email of your onboarding series: where your team can keep learning, and where to get more help.

**Training**

- GitLab University has free, self-paced courses and certifications, from Git basics to CI/CD and security: https://university.gitlab.com
- The documentation's tutorials walk through common tasks step by step: https://docs.gitlab.com/tutorials/
- Professional Services offer instructor-led training and hands-on help with installations, upgrades and migrations: https://about.gitlab.com/services/

**Support and community**

- GitLab Support for anything that's broken: https://support.gitlab.com
- The community forum for how-to questions and ideas: https://forum.gitlab.com
- What's new each month: https://about.gitlab.com/releases/

Thank you for reading this series. From here on, our cadence calls are the place to plan {{account.name}}'s next steps; reply to this email whenever you need me in between.

Best regards,

{{tam.name}}
Technical Account Manager, GitLab
{{tam.email}}
$body$);

insert into email_template_revision (template_id, version, subject, body, saved_at, saved_by)
select id, version, subject, body, updated_at, updated_by from email_template;
