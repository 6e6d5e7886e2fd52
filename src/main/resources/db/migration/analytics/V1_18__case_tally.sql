-- National counts kept alongside the read model: for every dimension a dashboard shows (status, employer,
-- province, violation, filing day, days to follow-up...) how many cases have each value. CaseFacts moves a case
-- between items in the same transaction as it rewrites the case's row, so the national dashboard reads a few
-- hundred rows instead of grouping a million. Scoped views (a PPK, a regional Bawaslu) still group case_fact.
create table case_tally (
    dimension  varchar(20)  not null,
    item       varchar(60)  not null,
    n          bigint       not null,
    primary key (dimension, item)
);

-- whether a row's values are counted in case_tally (a row created a moment ago as a lock target is not yet)
alter table case_fact add column tallied boolean not null default false;

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
-- days to follow-up and to sanction in tenths of a day, so medians are exact
insert into case_tally (dimension, item, n) select 'D_FOLLOW_UP', cast(cast(round(days_to_follow_up * 10) as bigint) as varchar(20)), count(*) from case_fact where days_to_follow_up is not null group by cast(cast(round(days_to_follow_up * 10) as bigint) as varchar(20));
insert into case_tally (dimension, item, n) select 'D_SANCTION', cast(cast(round(days_to_sanction * 10) as bigint) as varchar(20)), count(*) from case_fact where days_to_sanction is not null group by cast(cast(round(days_to_sanction * 10) as bigint) as varchar(20));
update case_fact set tallied = true;
