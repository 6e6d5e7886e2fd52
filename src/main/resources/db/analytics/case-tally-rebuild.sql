-- Rebuilds the national and regional tallies (case_tally, region_tally, with case_fact_region) from the read model (case_fact): for bulk loads that bypass the
-- events (the dashboard benchmark's million synthetic cases), or to repair it. Run while no case moves.
-- The same statements as migrations V1_18 and V1_19, which built the first tallies.
delete from tally_change;
delete from case_tally;
delete from region_tally;
delete from case_fact_region;
insert into case_tally (dimension, item, n) select 'ALL', '', count(*) from case_fact having count(*) > 0;
insert into case_tally (dimension, item, n) select 'OPEN', '', count(*) from case_fact where is_open having count(*) > 0;
insert into case_tally (dimension, item, n) select 'OVERDUE', '', count(*) from case_fact where is_open and overdue having count(*) > 0;
insert into case_tally (dimension, item, n) select 'FORWARDED', '', count(*) from case_fact where forwarded_at is not null having count(*) > 0;
insert into case_tally (dimension, item, n) select 'FOLLOWED_UP', '', count(*) from case_fact where followed_up_at is not null having count(*) > 0;
insert into case_tally (dimension, item, n) select 'STATUS', status, count(*) from case_fact group by status;
insert into case_tally (dimension, item, n) select 'POSITION_CLASS', coalesce(position_class, ''), count(*) from case_fact group by coalesce(position_class, '');
insert into case_tally (dimension, item, n) select 'EMPLOYER', coalesce(employer_code, ''), count(*) from case_fact group by coalesce(employer_code, '');
insert into case_tally (dimension, item, n) select 'EMPLOYER_KIND', coalesce(employer_kind, ''), count(*) from case_fact group by coalesce(employer_kind, '');
insert into case_tally (dimension, item, n) select 'SOURCE', source, count(*) from case_fact group by source;
insert into case_tally (dimension, item, n) select 'RECOMMENDED_LEVEL', coalesce(recommended_level, ''), count(*) from case_fact group by coalesce(recommended_level, '');
insert into case_tally (dimension, item, n) select 'PROVINCE', province_code, count(*) from case_fact where province_code is not null group by province_code;
insert into case_tally (dimension, item, n) select 'REGENCY', regency_code, count(*) from case_fact where regency_code is not null group by regency_code;
insert into case_tally (dimension, item, n) select 'FILED_ON', cast(filed_on as varchar(10)), count(*) from case_fact group by filed_on;
insert into case_tally (dimension, item, n) select 'INCIDENT_ON', cast(incident_date as varchar(10)), count(*) from case_fact where incident_date is not null group by incident_date;
insert into case_tally (dimension, item, n) select 'VIOLATION', violation_code, count(*) from case_fact_violation group by violation_code;
insert into case_tally (dimension, item, n) select 'D_FOLLOW_UP', cast(cast(round(days_to_follow_up * 10) as bigint) as varchar(20)), count(*) from case_fact where days_to_follow_up is not null group by cast(cast(round(days_to_follow_up * 10) as bigint) as varchar(20));
insert into case_tally (dimension, item, n) select 'D_SANCTION', cast(cast(round(days_to_sanction * 10) as bigint) as varchar(20)), count(*) from case_fact where days_to_sanction is not null group by cast(cast(round(days_to_sanction * 10) as bigint) as varchar(20));
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
update case_fact set tallied = true;
