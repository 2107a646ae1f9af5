-- The global search matches text anywhere in names, CRM ids and emails. Trigram indexes let
-- PostgreSQL find the few matching rows of a hundred thousand accounts before it sorts, where a
-- b-tree on the name would be walked row by row for a common word. pg_trgm ships with PostgreSQL
-- and is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

create index account_name_trgm on account using gin (lower(name) gin_trgm_ops);
create index account_crm_id_trgm on account using gin (lower(crm_id) gin_trgm_ops);
create index contact_name_trgm on contact using gin (lower(name) gin_trgm_ops);
create index contact_email_trgm on contact using gin (lower(email) gin_trgm_ops);
