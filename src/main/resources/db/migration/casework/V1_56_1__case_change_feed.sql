-- Cases in the change feed (ADR 0043): every save leaves change_seq null and sets changed_at from the database
-- clock; the next sync numbers it. Existing cases start unnumbered and are numbered by the first sync.
alter table case_file add column change_seq bigint;
alter table case_file add column changed_at timestamp with time zone;
update case_file set changed_at = updated_at;
create index case_file_change_seq on case_file (change_seq);
insert into change_feed (feed) values ('case_file');
