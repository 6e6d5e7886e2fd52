-- ShedLock's table (ADR 0050): a job that must run on one node at a time holds its row while it runs.
-- lock_until and locked_at are the database's own clock (usingDbTime), so the nodes' clocks may differ.
create table shedlock (
  name varchar(64) not null primary key,
  lock_until timestamp not null,
  locked_at timestamp not null,
  locked_by varchar(255) not null
);
