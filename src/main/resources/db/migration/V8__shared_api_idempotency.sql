-- One row per Idempotency-Key of an API caller: claimed (IN_PROGRESS) before the request runs,
-- then COMPLETED with the answer that every repeat of the same request gets back. The primary
-- key makes the claim atomic; rows older than 24 hours are ignored, replaced and deleted.
create table api_idempotent_request (
    caller                varchar(255) not null,
    idempotency_key       varchar(255) not null,
    method                varchar(10)  not null,
    path                  text         not null,
    request_hash          varchar(64)  not null,
    state                 varchar(20)  not null,
    created_at            timestamptz  not null,
    completed_at          timestamptz,
    response_status       integer,
    response_content_type varchar(255),
    response_location     text,
    response_body         bytea,
    primary key (caller, idempotency_key),
    constraint api_idempotent_request_state_ck check (state in ('IN_PROGRESS', 'COMPLETED'))
);
create index api_idempotent_request_created_at_idx on api_idempotent_request (created_at);
