-- A copy of the audit trail's signed checkpoints, for listing them and for the claim that keeps two nodes from
-- anchoring the same chain head twice. What verification trusts is the append-only checkpoint file and its
-- signatures, never this table (docs/adr/0027).
create table audit_checkpoint (
    chain_seq        bigint primary key,
    entry_id         bigint        not null,
    entry_hash       varchar(64)   not null,
    entries          bigint        not null,
    taken_at         timestamp with time zone not null,
    timestamped_at   timestamp with time zone,
    published        varchar(16000) not null
);
create index audit_checkpoint_taken_idx on audit_checkpoint (taken_at);
