-- Analytics' read model: one row per case, kept current from casework's events, so dashboards, the map, the
-- timelines and the public portal count without touching the case tables. The columns employer_code,
-- region_code and work_region_code carry the same names as the case table's, so the case scope applies as is.
create table case_fact (
    case_id           uuid         not null primary key,
    complaint_number  varchar(20)  not null,
    source            varchar(30)  not null,
    status            varchar(24)  not null,
    is_open           boolean      not null,
    overdue           boolean      not null default false,
    identity_resolved boolean      not null,
    employer_code     varchar(40),
    employer_kind     varchar(10),
    region_code       varchar(13),
    province_code     varchar(2),
    regency_code      varchar(5),
    work_region_code  varchar(13),
    position_class    varchar(20),
    recommended_level varchar(10),
    incident_date     date,
    filed_at          timestamp with time zone not null,
    filed_on          date         not null,
    forwarded_at      timestamp with time zone,
    followed_up_at    timestamp with time zone,
    sanctioned_at     timestamp with time zone,
    closed_at         timestamp with time zone,
    days_to_follow_up double precision,
    days_to_sanction  double precision,
    updated_at        timestamp with time zone not null
);
create index case_fact_province on case_fact (province_code, status);
create index case_fact_regency on case_fact (regency_code, status);
create index case_fact_employer on case_fact (employer_code, status);
create index case_fact_filed on case_fact (filed_on);
create index case_fact_incident on case_fact (incident_date);

create table case_fact_violation (
    case_id         uuid         not null references case_fact (case_id),
    violation_code  varchar(20)  not null,
    primary key (case_id, violation_code)
);
create index case_fact_violation_code on case_fact_violation (violation_code);
