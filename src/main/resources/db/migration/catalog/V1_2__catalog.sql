-- Reference data: loaded from src/main/resources/reference on first start, then maintained by administrators.
create table reference_dataset (
    dataset       varchar(40) primary key,
    source        varchar(1000) not null,
    retrieved_at  varchar(40),
    loaded_at     timestamp with time zone not null
);

create table region (
    code           varchar(10)  primary key,
    name           varchar(200) not null,
    region_level   varchar(10)  not null,
    province_code  varchar(2)   not null,
    region_type    varchar(10)  not null,
    autonomous     boolean      not null
);
create index region_province_idx on region (province_code);

create table violation (
    code           varchar(30)   primary key,
    kind           varchar(20)   not null,
    sanction_level varchar(10)   not null,
    name           varchar(500)  not null,
    name_en        varchar(500),
    description    varchar(2000),
    legal_basis    varchar(1000) not null,
    confirmed      boolean       not null,
    active         boolean       not null,
    updated_at     timestamp with time zone,
    updated_by     varchar(200),
    version        integer       not null
);

create table sanction (
    code            varchar(30)   primary key,
    kind            varchar(20)   not null,
    sanction_level  varchar(10)   not null,
    severity        integer       not null,
    duration_months integer,
    name            varchar(500)  not null,
    name_en         varchar(500),
    legal_basis     varchar(1000) not null,
    active          boolean       not null,
    updated_at      timestamp with time zone,
    updated_by      varchar(200),
    version         integer       not null
);

create table calendar_day (
    calendar_date  date          primary key,
    day_kind       varchar(20)   not null,
    name           varchar(300)  not null,
    name_en        varchar(300),
    source         varchar(500)  not null,
    provisional    boolean       not null
);

create table election (
    code                          varchar(30)  primary key,
    name                          varchar(200) not null,
    name_en                       varchar(200),
    kind                          varchar(20)  not null,
    voting_date                   date         not null,
    candidate_determination_date  date,
    legal_basis                   varchar(1000)
);

create table election_phase (
    election_code  varchar(30)  not null references election (code),
    code           varchar(30)  not null,
    name           varchar(200) not null,
    name_en        varchar(200),
    starts_on      date         not null,
    ends_on        date         not null,
    primary key (election_code, code)
);
