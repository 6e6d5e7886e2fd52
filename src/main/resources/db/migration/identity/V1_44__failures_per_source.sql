-- Failed passwords, second-factor codes and client secrets, counted per credential and per source address (a keyed
-- hash of it), so failures from one address slow down only that address: nobody can lock an officer or an agency
-- system out from elsewhere. subject is 'user:<name as typed>' or 'client:<client id as sent>', known or not, so an
-- unknown name is slowed down exactly like a real one.
create table credential_failure (
    subject          varchar(120) not null,
    source           varchar(64)  not null,
    failures         integer      not null,
    blocked_until    timestamp with time zone,
    last_failure_at  timestamp with time zone not null,
    primary key (subject, source)
);
create index credential_failure_last_idx on credential_failure (last_failure_at);

-- The lockout per account (one counter for the whole world) is replaced by the one above.
update user_account set failed_attempts = 0, locked_until = null;

-- Until now a missing role policy and a stored "not required" meant the same; from now on a missing one follows
-- netra.security.totp-required and a stored "not required" is an administrator's exemption. The old ones were
-- never such a decision.
delete from role_policy where totp_required = false;
