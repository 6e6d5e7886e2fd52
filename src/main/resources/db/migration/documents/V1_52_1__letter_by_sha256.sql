-- A PDF uploaded to the public check is looked up by its SHA-256 (issue 20): an exact copy of an issued letter.
create index letter_sha256 on letter (sha256);
