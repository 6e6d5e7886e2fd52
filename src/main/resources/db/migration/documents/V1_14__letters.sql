-- Letters Netra issues (recommendations, control actions, notices), kept with the exact PDF that was issued, so
-- a copy can be given again byte for byte and its SHA-256 checked against the public verification page.
-- bytea is BINARY VARYING on H2 (up to 1 GB), bytea on PostgreSQL: one type for both.
create table letter (
    id                  uuid          not null primary key,
    kind                varchar(20)   not null,
    letter_year         integer       not null,
    sequence_number     integer       not null,
    letter_number       varchar(100)  not null,
    letter_date         date          not null,
    subject             varchar(500)  not null,
    addressee           varchar(500)  not null,
    addressee_agency    varchar(40),
    issuer_name         varchar(200)  not null,
    issuer_agency       varchar(40),
    case_id             uuid,
    reference           varchar(40),
    verification_code   varchar(24)   not null,
    sha256              varchar(64)   not null,
    pdf                 bytea         not null,
    issued_at           timestamp with time zone not null,
    constraint letter_number_unique unique (letter_number),
    constraint letter_code_unique unique (verification_code),
    -- the numbering is gap-free per kind and year: no sequence number is ever given twice
    constraint letter_sequence_unique unique (kind, letter_year, sequence_number)
);

-- a case's letters, oldest first
create index letter_case on letter (case_id, issued_at);

-- The last sequence number given per kind and year. Numbers are taken under this row's lock in the transaction
-- that stores the letter, so a rolled-back letter gives its number back and two nodes never share one.
create table letter_counter (
    kind                varchar(20)   not null,
    letter_year         integer       not null,
    last_sequence       integer       not null,
    primary key (kind, letter_year)
);
