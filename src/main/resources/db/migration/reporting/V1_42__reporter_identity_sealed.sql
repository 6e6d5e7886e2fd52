-- A named reporter's identity (name, e-mail, phone) is kept only sealed: JSON under envelope encryption, with a
-- data key of its own per report and the key-encryption key outside the database (ADR 0022, ADR 0023). Flyway
-- cannot reach the keys, so the rows filed before this version are sealed at start-up by PlaintextReporterSealer,
-- which also empties reporter_name, reporter_email and reporter_phone; a later version drops those columns.
alter table report add column reporter_identity varchar(4000);

-- Where a public report came from is not kept at all: the public limits count sources in memory only.
update report set source_address = null;
alter table report drop column source_address;
