-- Rebuilds the national tally (case_tally) from the read model (case_fact): for bulk loads that bypass the
-- events (the dashboard benchmark's million synthetic cases), or to repair it. Run while no case moves.
-- The same statements as migration V1_18, which built the first tally.
delete from case_tally;
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
update case_fact set tallied = true;
