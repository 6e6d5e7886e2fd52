-- The discipline register in the change feed (ADR 0043): a new entry (also one imported) starts unnumbered with
-- the database's time; recording the decree's delivery leaves change_seq null again. The next sync of
-- GET /api/v1/discipline numbers them.
alter table discipline_entry add column change_seq bigint;
alter table discipline_entry add column changed_at timestamp with time zone default current_timestamp;
update discipline_entry set changed_at = recorded_at;
create index discipline_entry_change_seq on discipline_entry (change_seq);
insert into change_feed (feed) values ('discipline_entry');
