-- Why the PPK imposed a lighter sanction than recommended (for the auditor), and Bawaslu's own review
-- document (berita acara or kajian, a PDF in the evidence store, named by its SHA-256).
alter table case_file add column follow_up_lighter_reason varchar(4000);
alter table case_file add column review_document_sha256 varchar(64);
