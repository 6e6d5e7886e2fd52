-- Due process for the accused (issue 22): when the task force forwards a case to review, the employee is told
-- what is alleged (never who reported it) and may give a clarification until a deadline, through a personal link
-- (NIP, birth date, then a one-time code). One hearing per case. The notice is an outbox: stored with the case's
-- forwarding, mailed by the sender (claimed with a conditional update, retried), or handed to the PPK to deliver
-- when the registry has no address. Only hashes of the link and the codes are stored.
create table hearing (
    case_id               uuid          primary key,
    complaint_number      varchar(40)   not null,
    employee_nip          varchar(18)   not null,
    employer_code         varchar(40),
    incident_date         date,
    region_code           varchar(20),
    opened_at             timestamp with time zone not null,
    clarification_due_at  timestamp with time zone not null,
    -- EMAIL: mailed to the registry's address; PPK_DELIVERY: no address, the PPK prints and delivers the notice
    channel               varchar(20)   not null,
    recipient_email       varchar(320),
    notice_status         varchar(20)   not null,
    notice_attempts       integer       not null default 0,
    notice_next_attempt_at timestamp with time zone not null,
    notice_last_error     varchar(60),
    notice_sent_at        timestamp with time zone,
    notice_printed_at     timestamp with time zone,
    link_sha256           varchar(64),
    failed_checks         integer       not null default 0,
    -- a one-time code: mailed on request, or printed in the delivered notice (then valid until the deadline)
    code_sha256           varchar(64),
    code_expires_at       timestamp with time zone,
    code_attempts         integer       not null default 0,
    verified_at           timestamp with time zone,
    statement             varchar(10000),
    clarified_at          timestamp with time zone,
    -- who gave the clarification: EMPLOYEE through the link, or PPK on the employee's behalf (name kept)
    clarified_via         varchar(10),
    clarified_by_name     varchar(200),
    -- what the review found of the hearing: CLARIFIED, DEADLINE_PASSED or BEFORE_DEADLINE
    review_found          varchar(20),
    reviewed_at           timestamp with time zone
);

create index hearing_notice_due on hearing (notice_status, notice_next_attempt_at);
create unique index hearing_link on hearing (link_sha256);

-- Files the employee (or the PPK for them) gave with the clarification, stored in the evidence store.
create table hearing_file (
    case_id     uuid          not null references hearing (case_id),
    sha256      varchar(64)   not null,
    name        varchar(255)  not null,
    media_type  varchar(100)  not null,
    size_bytes  bigint        not null,
    added_at    timestamp with time zone not null,
    primary key (case_id, sha256)
);

-- The PP 94/2021 examination before the PPK imposes a discipline sanction: the summons (a second one when the
-- employee did not come), attendance, the examination's day and its record (berita acara pemeriksaan, PDF).
create table hearing_examination (
    case_id             uuid          primary key,
    first_summons_on    date          not null,
    second_summons_on   date,
    -- ATTENDED, ATTENDED_SECOND or ABSENT (absent at both: decided on the evidence at hand)
    attendance          varchar(20)   not null,
    examined_on         date,
    bap_sha256          varchar(64),
    note                varchar(2000),
    recorded_at         timestamp with time zone not null,
    recorded_by         varchar(200)  not null,
    recorded_by_name    varchar(200)  not null,
    recorded_by_agency  varchar(40)   not null
);
