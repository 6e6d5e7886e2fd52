-- Sharing with other agencies' systems (issue 21). Every integration event is written to the outbox in the same
-- transaction as the change that caused it; a rolled-back change leaves no row. The scope columns (region_code,
-- work_region_code, employer_code, forwarded_at) are those CaseScope restricts on, so a subscriber receives
-- only what the API would show it.
create table sharing_outbox (
    id                uuid          primary key,
    event_type        varchar(40)   not null,
    event_version     integer       not null,
    case_id           uuid,
    complaint_number  varchar(40),
    region_code       varchar(20),
    work_region_code  varchar(20),
    employer_code     varchar(40),
    forwarded_at      timestamp with time zone,
    occurred_at       timestamp with time zone not null,
    payload           varchar(16000) not null
);
create index sharing_outbox_case_idx on sharing_outbox (case_id, occurred_at);

-- What sharing remembers of each case to scope the enforcement events, which carry no region.
create table sharing_case (
    case_id           uuid          primary key,
    complaint_number  varchar(40)   not null,
    region_code       varchar(20),
    work_region_code  varchar(20),
    employer_code     varchar(40),
    forwarded_at      timestamp with time zone,
    version           integer       not null
);

-- An agency system's webhook. The secret signs each delivery, so it is needed in clear: sealed with the
-- key-encryption key (keys module, Envelopes; the subscription id is the associated data), shown once.
create table webhook_subscription (
    id                uuid          primary key,
    client_id         varchar(80)   not null,
    agency_code       varchar(40)   not null,
    url               varchar(2000) not null,
    event_types       varchar(1000) not null,
    secret_sealed     varchar(1000) not null,
    paused            boolean       not null,
    created_at        timestamp with time zone not null,
    secret_set_at     timestamp with time zone not null
);
create index webhook_subscription_agency_idx on webhook_subscription (agency_code);

-- One event for one subscription. PENDING until sent (DELIVERED) or given up (DEAD, once the retry window that
-- began at retry_from is over; "send again" starts a new window). A node claims an attempt with a conditional
-- update (attempts as it read it, claimed_until past), so two nodes never send the same attempt.
create table webhook_delivery (
    id                uuid          primary key,
    subscription_id   uuid          not null references webhook_subscription (id) on delete cascade,
    outbox_id         uuid          not null references sharing_outbox (id),
    event_type        varchar(40)   not null,
    status            varchar(10)   not null,
    attempts          integer       not null,
    created_at        timestamp with time zone not null,
    retry_from        timestamp with time zone not null,
    next_attempt_at   timestamp with time zone not null,
    claimed_until     timestamp with time zone,
    last_attempt_at   timestamp with time zone,
    last_http_status  integer,
    last_answer       varchar(500),
    finished_at       timestamp with time zone
);
create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, created_at);
