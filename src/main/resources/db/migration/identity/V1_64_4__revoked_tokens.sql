-- Single access tokens revoked before they expire (RFC 7009 at /oauth2/revoke; ADR 0050). A token is kept by the
-- SHA-256 of its value, never the value itself, until it would have expired anyway.
create table revoked_token (
  token_hash varchar(64) primary key,
  client_id varchar(80) not null,
  expires_at timestamp with time zone not null,
  revoked_at timestamp with time zone not null
);
