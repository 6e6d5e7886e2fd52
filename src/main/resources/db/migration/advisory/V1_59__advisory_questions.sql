-- "Ask before you act" (issue 22): anyone asks whether something is allowed; BKN or the task force answers with
-- the legal basis and may publish the question and answer as guidance. The asker reads the answer with a code
-- shown once: only its SHA-256 is kept. A NIP given voluntarily is kept to name the asker's employer to the
-- answering officer; it is never shown, and the published wording of the question is the officer's.
create table advisory_question (
    id                  uuid           primary key,
    code_hash           varchar(64)    not null unique,
    question            varchar(4000)  not null,
    election_code       varchar(40),
    phase_code          varchar(40),
    asker_nip           varchar(18),
    asker_employer_code varchar(40),
    asked_at            timestamp with time zone not null,
    status              varchar(10)    not null,
    answer              varchar(8000),
    violation_codes     varchar(1000),
    legal_basis         varchar(2000),
    topic               varchar(40),
    answered_at         timestamp with time zone,
    answered_by         varchar(200),
    answered_by_name    varchar(200),
    answered_by_agency  varchar(40),
    published           boolean        not null,
    public_question     varchar(4000),
    published_at        timestamp with time zone,
    version             integer        not null
);
create index advisory_question_queue_idx on advisory_question (status, asked_at);
create index advisory_question_guidance_idx on advisory_question (published, phase_code, topic);
