-- Employers (instansi): central ministries and agencies, provinces, regencies and cities, each with its PPK.
-- The employer's code is also its agency code in identity (the PPK role is held by the employer).
create table employer (
    code                   varchar(40)  primary key,
    name                   varchar(300) not null,
    name_en                varchar(300),
    employer_kind          varchar(20)  not null,
    region_code            varchar(10),
    ppk_title              varchar(300) not null,
    regional_office_code   varchar(40),
    supervisor_agency_code varchar(40),
    active                 boolean      not null
);
create index employer_region_idx on employer (region_code);
