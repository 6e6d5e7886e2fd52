-- Retention (issue 17, ADR 0029): when the reporter's identity and a report's evidence files were erased after
-- the retention period. The report and evidence rows stay, as part of the case record; only what identifies
-- the reporter and the files themselves go.
alter table report add column identity_erased_at timestamp with time zone;
alter table report_evidence add column erased_at timestamp with time zone;
-- a file is deleted only when no evidence row still kept names it
create index report_evidence_sha256 on report_evidence (sha256);
