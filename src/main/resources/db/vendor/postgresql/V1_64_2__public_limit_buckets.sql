-- The public limits' token buckets shared by every node (Bucket4j's PostgreSQL layout; ADR 0051): one row per
-- use and client, its state serialised by Bucket4j, deleted once it has been full for a while. A citizen's
-- address is kept nowhere: a row's id is a keyed hash (HMAC-SHA256) of it under the salt below.
-- explicit_lock holds the row's advisory lock id, which the clean-up takes before it deletes a row.
create table public_limit_bucket (
  id varchar(300) primary key,
  state bytea,
  expires_at bigint,
  explicit_lock bigint
);
create index public_limit_bucket_expiry on public_limit_bucket (expires_at);

create table public_limit_salt (
  id int primary key,
  salt varchar(64) not null
);
insert into public_limit_salt (id, salt) values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
