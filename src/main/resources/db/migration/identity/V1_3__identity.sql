-- Agencies hold roles as data: which agency plays which role, and where, is edited at run time.
create table agency (
    code         varchar(40)  primary key,
    name         varchar(300) not null,
    name_en      varchar(300),
    agency_type  varchar(40)  not null,
    region_code  varchar(10),
    parent_code  varchar(40),
    active       boolean      not null,
    note         varchar(1000)
);
create index agency_type_idx on agency (agency_type);

-- jurisdiction is 'NATIONAL' or a Kemendagri region code; an agency may hold a role in several regions.
create table agency_role (
    agency_code   varchar(40) not null references agency (code),
    role          varchar(30) not null,
    jurisdiction  varchar(10) not null,
    granted_at    timestamp with time zone not null,
    granted_by    varchar(200) not null,
    primary key (agency_code, role, jurisdiction)
);
create index agency_role_role_idx on agency_role (role);

create table role_policy (
    role           varchar(30) primary key,
    totp_required  boolean     not null,
    updated_at     timestamp with time zone,
    updated_by     varchar(200)
);

create table user_account (
    username         varchar(60)  primary key,
    display_name     varchar(200) not null,
    email            varchar(200),
    agency_code      varchar(40)  not null references agency (code),
    password_hash    varchar(200) not null,
    totp_secret      varchar(64),
    totp_last_step   bigint,
    enabled          boolean      not null,
    failed_attempts  integer      not null,
    locked_until     timestamp with time zone,
    last_sign_in_at  timestamp with time zone,
    created_at       timestamp with time zone not null,
    demo             boolean      not null
);
create index user_account_agency_idx on user_account (agency_code);

create table user_role (
    username  varchar(60) not null references user_account (username),
    role      varchar(30) not null,
    primary key (username, role)
);

create table api_client (
    client_id    varchar(80)  primary key,
    name         varchar(200) not null,
    agency_code  varchar(40)  not null references agency (code),
    secret_hash  varchar(200) not null,
    enabled      boolean      not null,
    created_at   timestamp with time zone not null,
    demo         boolean      not null
);

create table api_client_role (
    client_id  varchar(80) not null references api_client (client_id),
    role       varchar(30) not null,
    primary key (client_id, role)
);

-- The key that signs API tokens, shared by every application node and kept across restarts.
create table signing_key (
    key_id      varchar(64)   primary key,
    jwk         varchar(8000) not null,
    created_at  timestamp with time zone not null
);
