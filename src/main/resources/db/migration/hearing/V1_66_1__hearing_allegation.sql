-- The allegation in the task force's own words (ADR 0057): what the accused is told is alleged, under the fixed
-- sentence (day and place). Written at or after the forwarding, changed until the employee answers or the review;
-- never the report's own words. Who wrote it last and when, for the case page.
alter table hearing add column allegation varchar(1000);
alter table hearing add column allegation_written_at timestamp with time zone;
alter table hearing add column allegation_written_by_name varchar(200);
