-- The gemstone table of DOMAIN 2 as data; "greater than" is strict.
create table gemstone_threshold (
    id                          integer primary key check (id = 1),
    diamond_seats               integer        not null,
    diamond_top_tier_seats      integer        not null,
    diamond_tav                 numeric(14, 2) not null,
    pearl_seats                 integer        not null,
    pearl_top_tier_seats        integer        not null,
    pearl_tav                   numeric(14, 2) not null,
    sapphire_seats              integer        not null,
    sapphire_paid_tier_tav      numeric(14, 2) not null,
    ruby_seats                  integer        not null,
    ruby_tav                    numeric(14, 2) not null,
    version                     bigint         not null default 0
);
insert into gemstone_threshold values (1, 5000, 2000, 500000, 2500, 1000, 250000, 1000, 100000, 500, 50000, 0);

create table gemstone_entitlement (
    id          integer primary key,
    gemstone    varchar(10)  not null,
    position    integer      not null,
    category    varchar(40)  not null,
    description varchar(400) not null,
    unique (gemstone, position)
);
insert into gemstone_entitlement (id, gemstone, position, category, description) values
 (1,  'DIAMOND', 1, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Dedicated Technical Account Manager'),
 (2,  'DIAMOND', 2, 'TECHNICAL_ACCOUNT_MANAGEMENT', '60 minute weekly call with TAM and PSE'),
 (3,  'DIAMOND', 3, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'GitLab Customer Success project'),
 (4,  'DIAMOND', 4, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Personal outreach and automated outreach'),
 (5,  'DIAMOND', 5, 'IMPLEMENTATION', 'Professional Services Engineer'),
 (6,  'DIAMOND', 6, 'IMPLEMENTATION', 'Two weeks of on-site/remote support'),
 (7,  'DIAMOND', 7, 'IMPLEMENTATION', 'Four one-hour meetings on HA implementation support and HA training certification (5-10 attendees)'),
 (8,  'DIAMOND', 8, 'IMPLEMENTATION', 'GitLab Administration Training and up to three additional training courses, including train-the-trainer certification'),
 (9,  'PEARL', 1, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Dedicated Technical Account Manager'),
 (10, 'PEARL', 2, 'TECHNICAL_ACCOUNT_MANAGEMENT', '30 minute weekly call with TAM and PSE'),
 (11, 'PEARL', 3, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'GitLab Customer Success project'),
 (12, 'PEARL', 4, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Personal outreach and automated outreach'),
 (13, 'PEARL', 5, 'IMPLEMENTATION', 'Professional Services Engineer'),
 (14, 'PEARL', 6, 'IMPLEMENTATION', 'One week of on-site/remote support'),
 (15, 'PEARL', 7, 'IMPLEMENTATION', 'Four one-hour meetings on HA implementation support and HA training certification (1-5 attendees)'),
 (16, 'PEARL', 8, 'IMPLEMENTATION', 'Up to two training courses, including train-the-trainer certification'),
 (17, 'SAPPHIRE', 1, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Dedicated Technical Account Manager'),
 (18, 'SAPPHIRE', 2, 'TECHNICAL_ACCOUNT_MANAGEMENT', '30 minute bi-weekly call with TAM and PSE'),
 (19, 'SAPPHIRE', 3, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'GitLab Customer Success project'),
 (20, 'SAPPHIRE', 4, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Personal outreach and automated outreach'),
 (21, 'SAPPHIRE', 5, 'IMPLEMENTATION', 'Professional Services Engineer'),
 (22, 'SAPPHIRE', 6, 'IMPLEMENTATION', 'One week of remote support'),
 (23, 'SAPPHIRE', 7, 'IMPLEMENTATION', 'Four one-hour meetings on HA implementation support and HA training certification (1-3 attendees)'),
 (24, 'SAPPHIRE', 8, 'IMPLEMENTATION', 'One training course of their choice'),
 (25, 'RUBY', 1, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Dedicated Technical Account Manager (growth focused)'),
 (26, 'RUBY', 2, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Monthly calls with TAM and PSE'),
 (27, 'RUBY', 3, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'GitLab Customer Success project'),
 (28, 'RUBY', 4, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Personal outreach and automated outreach'),
 (29, 'RUBY', 5, 'IMPLEMENTATION', 'Professional Services Engineer'),
 (30, 'RUBY', 6, 'IMPLEMENTATION', '5 hours of remote implementation support'),
 (31, 'RUBY', 7, 'IMPLEMENTATION', 'GitLab 101 training course'),
 (32, 'QUARTZ', 1, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Account Manager'),
 (33, 'QUARTZ', 2, 'TECHNICAL_ACCOUNT_MANAGEMENT', 'Automated outreach');

-- Which entitlements the TAM has scheduled for an account.
create table gemstone_entitlement_check (
    account_id     uuid        not null references account (id) on delete cascade,
    entitlement_id integer     not null references gemstone_entitlement (id),
    checked_at     timestamptz not null,
    checked_by     uuid references app_user (id),
    primary key (account_id, entitlement_id)
);

create table gemstone_history (
    id                 uuid primary key,
    account_id         uuid           not null references account (id) on delete cascade,
    changed_at         timestamptz    not null,
    previous_gemstone  varchar(10),
    gemstone           varchar(10)    not null,
    reason             varchar(300)   not null,
    seats              integer        not null,
    product_tier       varchar(20)    not null,
    total_account_value numeric(14, 2) not null
);
create index gemstone_history_account_idx on gemstone_history (account_id, changed_at desc);
