-- Enforcement: the control ladder of each case awaiting the PPK's follow-up, blocks on personnel data and
-- services, the national discipline register (I'DIS), proposals to sanction PPKs and criminal referrals.

-- One row per case forwarded to a PPK: the follow-up's progress and the rungs climbed while it is late.
-- The rung intervals are those in force when the ladder started, so the ladder of a case does not change
-- with a later configuration, and every node computes the same times.
create table control_ladder (
    case_id           uuid         not null primary key,
    complaint_number  varchar(20)  not null,
    nip               varchar(18),
    employee_name     varchar(200),
    employer_code     varchar(40)  not null,
    region_code       varchar(13),
    forwarded_at      timestamp with time zone not null,
    state             varchar(12)  not null,
    overdue           boolean      not null default false,
    overdue_since     timestamp with time zone,
    followed_up_at    timestamp with time zone,
    settled_at        timestamp with time zone,
    closed_at         timestamp with time zone,
    level             varchar(12)  not null default 'NONE',
    next_rung         varchar(12),
    next_at           timestamp with time zone,
    warning_after     varchar(40)  not null,
    reprimand_after   varchar(40)  not null,
    block_after       varchar(40)  not null,
    version           integer      not null default 0
);
create index control_ladder_due on control_ladder (next_at);
create index control_ladder_employer on control_ladder (employer_code, state);

-- Each rung a case climbed, once: the unique key is the last guard against a rung fired twice.
create table control_action (
    id          uuid         not null primary key,
    case_id     uuid         not null references control_ladder (case_id),
    rung        varchar(12)  not null,
    fired_at    timestamp with time zone not null,
    letter_id   uuid,
    block_id    uuid,
    constraint control_action_once unique (case_id, rung)
);

-- A block on personnel data and/or services (Peraturan BKN 1/2023): one employee, or a whole employer.
create table personnel_block (
    id                 uuid          not null primary key,
    scope              varchar(10)   not null,
    nip                varchar(18),
    employee_name      varchar(200),
    employer_code      varchar(40)   not null,
    blocks             varchar(10)   not null,
    block_type         varchar(20)   not null,
    legal_basis        varchar(1000) not null,
    reason             varchar(4000),
    case_id            uuid,
    complaint_number   varchar(20),
    placed_at          timestamp with time zone not null,
    placed_by          varchar(100)  not null,
    placed_by_name     varchar(200),
    placed_by_agency   varchar(40),
    letter_id          uuid,
    lifted_at          timestamp with time zone,
    lifted_by          varchar(100),
    lifted_by_name     varchar(200),
    lift_reason        varchar(4000),
    lift_letter_id     uuid,
    version            integer       not null default 0
);
create index personnel_block_nip on personnel_block (nip, lifted_at);
create index personnel_block_employer on personnel_block (employer_code, lifted_at);
create index personnel_block_case on personnel_block (case_id);

-- The national discipline register (I'DIS): every sanction imposed, one per case.
create table discipline_entry (
    id                    uuid          not null primary key,
    case_id               uuid          not null unique,
    complaint_number      varchar(20)   not null,
    nip                   varchar(18)   not null,
    employee_name         varchar(200),
    employer_code         varchar(40)   not null,
    violations            varchar(1000) not null,
    incident_date         date,
    election_code         varchar(40),
    sanction_code         varchar(40)   not null,
    sanction_kind         varchar(20)   not null,
    sanction_level        varchar(10)   not null,
    decree_number         varchar(100)  not null,
    decree_date           date          not null,
    delivery_due_on       date          not null,
    delivered_on          date,
    effective_on          date          not null,
    effective_estimated   boolean       not null,
    duration_months       integer,
    ends_on               date,
    repeat_offence        boolean       not null default false,
    recorded_at           timestamp with time zone not null,
    version               integer       not null default 0
);
create index discipline_entry_nip on discipline_entry (nip, incident_date);
create index discipline_entry_employer on discipline_entry (employer_code);

-- PPKs proposed for sanction by the ministry that oversees them (Kemendagri for regional employers,
-- KemenPANRB for central ones), once their employer's follow-up failed up to a block.
create table ppk_sanction_proposal (
    id                uuid          not null primary key,
    employer_code     varchar(40)   not null,
    oversight_agency  varchar(40)   not null,
    case_id           uuid          not null,
    complaint_number  varchar(20)   not null,
    proposed_at       timestamp with time zone not null,
    letter_id         uuid,
    closed_at         timestamp with time zone,
    constraint ppk_sanction_proposal_case unique (case_id)
);
create index ppk_sanction_proposal_employer on ppk_sanction_proposal (employer_code, closed_at);

-- A case Bawaslu reviewed as an election crime, handed to Gakkumdu, and the stages it went through.
create table criminal_referral (
    id                uuid          not null primary key,
    case_id           uuid          not null unique,
    complaint_number  varchar(20)   not null,
    region_code       varchar(13),
    stage             varchar(20)   not null,
    stage_at          timestamp with time zone not null,
    outcome           varchar(20),
    opened_at         timestamp with time zone not null,
    closed_at         timestamp with time zone,
    version           integer       not null default 0
);

create table criminal_referral_stage (
    id            uuid          not null primary key,
    referral_id   uuid          not null references criminal_referral (id),
    stage         varchar(20)   not null,
    outcome       varchar(20),
    note          varchar(4000),
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(100)  not null,
    recorded_by_name varchar(200),
    agency_code   varchar(40)
);
create index criminal_referral_stage_referral on criminal_referral_stage (referral_id, recorded_at);
