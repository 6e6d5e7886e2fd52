-- I'DIS (issue 21, ADR 0044): sanctions decided outside Netra enter the discipline register from a CSV file.
-- They have no case (case_id, complaint_number null), say where they came from (source NETRA or IDIS) and carry
-- the legal basis as the decree states it. An imported sanction is known again by NIP and decree number.
alter table discipline_entry alter column case_id drop not null;
alter table discipline_entry alter column complaint_number drop not null;
alter table discipline_entry add column source varchar(10) default 'NETRA' not null;
alter table discipline_entry add column legal_basis varchar(1000);
create index discipline_entry_decree on discipline_entry (nip, decree_number);
