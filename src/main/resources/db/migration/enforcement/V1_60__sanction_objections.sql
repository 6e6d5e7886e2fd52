-- Objections against a sanction (issue 22; PP 94/2021 upaya administratif): keberatan to the superior of the
-- official who imposed it, or banding administratif to BPASN for the dismissals. Filed by the employee's PPK on
-- their behalf (or BKN); an objection out of time is recorded as such. The deciding body's outcome (upheld,
-- changed, annulled) changes the register entry, whose standing says what became of it.
create table sanction_objection (
    id                uuid          primary key,
    entry_id          uuid          not null references discipline_entry (id),
    case_id           uuid,
    complaint_number  varchar(40),
    employer_code     varchar(40)   not null,
    route             varchar(20)   not null,
    received_on       date          not null,
    file_by           date          not null,
    filed_on          date          not null,
    in_time           boolean       not null,
    grounds           varchar(8000) not null,
    decision_due_on   date          not null,
    filed_at          timestamp with time zone not null,
    filed_by          varchar(200)  not null,
    filed_by_name     varchar(200)  not null,
    filed_by_agency   varchar(40)   not null,
    outcome           varchar(10),
    decree_number     varchar(100),
    decree_date       date,
    changed_to        varchar(40),
    decided_at        timestamp with time zone,
    decided_by        varchar(200),
    decided_by_name   varchar(200),
    version           integer       not null
);
create index sanction_objection_entry_idx on sanction_objection (entry_id);
create index sanction_objection_case_idx on sanction_objection (case_id);

-- IN_FORCE, CHANGED (by an objection's decision: the sanction columns hold the new one) or ANNULLED.
alter table discipline_entry add column standing varchar(10) default 'IN_FORCE' not null;
alter table discipline_entry add column original_sanction_code varchar(40);
