-- The regions a case counts in, for a regional Bawaslu's view: the province and the regency or city of the act
-- and of the employee's workplace (a case belongs to a jurisdiction if either lies in it, as CaseScope says).
-- A case in Bandung by an employee working in Bandung has two rows (32, 32.73); one working in Jakarta four.
create table case_fact_region (
    case_id      uuid         not null references case_fact (case_id),
    region_code  varchar(5)   not null,
    primary key (case_id, region_code)
);
create index case_fact_region_code on case_fact_region (region_code);

-- The regional counts: case_tally's dimensions for each province and each regency or city, so a province's or a
-- regency's dashboard reads counts as the national one does instead of grouping its share of case_fact.
create table region_tally (
    region_code  varchar(5)   not null,
    dimension    varchar(20)  not null,
    item         varchar(60)  not null,
    n            bigint       not null,
    primary key (region_code, dimension, item)
);

insert into case_fact_region (case_id, region_code)
select case_id, substring(region_code, 1, 2) from case_fact where region_code is not null
union
select case_id, substring(region_code, 1, 5) from case_fact where length(region_code) >= 5
union
select case_id, substring(work_region_code, 1, 2) from case_fact where work_region_code is not null
union
select case_id, substring(work_region_code, 1, 5) from case_fact where length(work_region_code) >= 5;

insert into region_tally (region_code, dimension, item, n) select r.region_code, 'ALL', '', count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id group by r.region_code;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'OPEN', '', count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where is_open group by r.region_code;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'OVERDUE', '', count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where is_open and overdue group by r.region_code;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'FORWARDED', '', count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where forwarded_at is not null group by r.region_code;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'FOLLOWED_UP', '', count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where followed_up_at is not null group by r.region_code;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'STATUS', status, count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id group by r.region_code, status;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'POSITION_CLASS', coalesce(position_class, ''), count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id group by r.region_code, coalesce(position_class, '');
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'EMPLOYER', coalesce(employer_code, ''), count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id group by r.region_code, coalesce(employer_code, '');
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'EMPLOYER_KIND', coalesce(employer_kind, ''), count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id group by r.region_code, coalesce(employer_kind, '');
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'SOURCE', source, count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id group by r.region_code, source;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'RECOMMENDED_LEVEL', coalesce(recommended_level, ''), count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id group by r.region_code, coalesce(recommended_level, '');
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'PROVINCE', province_code, count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where province_code is not null group by r.region_code, province_code;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'REGENCY', regency_code, count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where regency_code is not null group by r.region_code, regency_code;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'FILED_ON', cast(filed_on as varchar(10)), count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id group by r.region_code, filed_on;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'INCIDENT_ON', cast(incident_date as varchar(10)), count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where incident_date is not null group by r.region_code, incident_date;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'VIOLATION', violation_code, count(*) from case_fact_violation v join case_fact_region r on r.case_id = v.case_id group by r.region_code, violation_code;
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'D_FOLLOW_UP', cast(cast(round(days_to_follow_up * 10) as bigint) as varchar(20)), count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where days_to_follow_up is not null group by r.region_code, cast(cast(round(days_to_follow_up * 10) as bigint) as varchar(20));
insert into region_tally (region_code, dimension, item, n) select r.region_code, 'D_SANCTION', cast(cast(round(days_to_sanction * 10) as bigint) as varchar(20)), count(*) from case_fact c join case_fact_region r on r.case_id = c.case_id where days_to_sanction is not null group by r.region_code, cast(cast(round(days_to_sanction * 10) as bigint) as varchar(20));
