-- The public limits' token buckets shared by every node (Bucket4j's PostgreSQL layout; ADR 0051): one row per
-- use and client address, its state serialised by Bucket4j, deleted once it has been full for a while.
-- explicit_lock holds the row's advisory lock id, which the clean-up takes before it deletes a row.
create table public_limit_bucket (
  id varchar(300) primary key,
  state bytea,
  expires_at bigint,
  explicit_lock bigint
);
create index public_limit_bucket_expiry on public_limit_bucket (expires_at);
