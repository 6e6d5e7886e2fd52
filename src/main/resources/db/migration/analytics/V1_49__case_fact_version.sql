-- The version of the case a read-model row was written from (CaseChanged.version): a row is never overwritten
-- from an older snapshot of its case. Rows written before carry -1, older than any case.
alter table case_fact add column case_version integer default -1 not null;
