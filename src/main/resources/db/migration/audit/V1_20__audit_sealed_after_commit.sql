-- Entries are written with the action they record but sealed into the hash chain a moment later, by one
-- sealer at a time, in the order they are sealed (chain_seq): appends no longer wait on the chain head, which
-- had serialised every transaction that records anything (docs/adr/0004, amendment). Entries so far were
-- chained in id order, so their place in the chain is their id.
alter table audit_entry add column chain_seq bigint;
update audit_entry set chain_seq = id;
alter table audit_entry alter column previous_hash drop not null;
alter table audit_entry alter column entry_hash drop not null;
create unique index audit_entry_chain_idx on audit_entry (chain_seq);

alter table audit_chain_head add column last_seq bigint;
update audit_chain_head set last_seq = last_id;
