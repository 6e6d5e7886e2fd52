-- Blocks in the change feed (ADR 0043): placing, lifting and the lifting letter leave change_seq null and set
-- changed_at from the database clock; the next sync of GET /api/v1/blocks numbers them.
alter table personnel_block add column change_seq bigint;
alter table personnel_block add column changed_at timestamp with time zone;
update personnel_block set changed_at = coalesce(lifted_at, placed_at);
create index personnel_block_change_seq on personnel_block (change_seq);
insert into change_feed (feed) values ('personnel_block');
