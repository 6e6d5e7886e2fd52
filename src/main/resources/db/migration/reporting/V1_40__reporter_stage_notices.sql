-- A named public reporter may ask, when filing, to be mailed whenever the report moves to another stage. The
-- mail says only that there is news and links to the status page; it needs the reporter's e-mail address, so
-- anonymous reports never ask.
alter table report add column notify_on_stage_change boolean default false not null;
