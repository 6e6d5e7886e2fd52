-- Who signs each agency's letters (issue 20): the official an administrator records; printed in the letter's
-- signature block above the electronic seal. One row per agency; changes are in the audit trail.
create table letter_signatory (
    agency_code varchar(40)  not null primary key,
    name        varchar(200) not null,
    nip         varchar(18)  not null,
    position    varchar(300) not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(200) not null
);
