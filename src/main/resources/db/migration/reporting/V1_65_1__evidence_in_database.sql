-- Evidence files in the database, for several nodes (issue 24): with netra.reporting.evidence-storage=database every
-- stored file (a plain copy, a sealed original) is also written here, in the transaction that records it, under its
-- name in the evidence directory ("ab/cd/<sha256>", "sealed/ab/<sha256>"). Each node's directory becomes a cache
-- that a node fills from here on first read; a file erased here is erased from every cache on its next read.
create table evidence_blob (
    name       varchar(100)  primary key,
    content    bytea         not null,
    size_bytes bigint        not null,
    stored_at  timestamp with time zone not null
);
