-- How much work a TAM carries, for ranking the suggested TAMs of the manager's assignment queue:
-- load = open onboardings x open_onboarding + the sum over the TAM's book of each account's gemstone
-- weight. One row, edited by admins; the version turns a concurrent edit into a 409.
create table assignment_load_weights (
    id               integer primary key check (id = 1),
    open_onboarding  integer     not null check (open_onboarding between 0 and 100),
    diamond          integer     not null check (diamond between 0 and 100),
    pearl            integer     not null check (pearl between 0 and 100),
    sapphire         integer     not null check (sapphire between 0 and 100),
    ruby             integer     not null check (ruby between 0 and 100),
    quartz           integer     not null check (quartz between 0 and 100),
    unclassified     integer     not null check (unclassified between 0 and 100),
    updated_at       timestamptz not null default now(),
    updated_by       uuid references app_user (id),
    version          bigint      not null default 0
);

-- Defaults: a running onboarding weighs like a Sapphire account; gemstones step by one from Quartz
-- to Diamond; an account not classified yet counts like a Quartz.
insert into assignment_load_weights (id, open_onboarding, diamond, pearl, sapphire, ruby, quartz, unclassified)
values (1, 3, 5, 4, 3, 2, 1, 1);

-- The assignment queue reads open ASSIGN_TAM items oldest due first.
create index cta_open_assign_tam on cta (due_date, start_date) where type = 'ASSIGN_TAM' and closed_date is null;
