-- What other modules may read of careers in their own set-based SQL (issue 23, screening): each change from one
-- period to the next, with the position and the employer's region before and after. Periods are contiguous: the
-- period that ends is kept with valid_to = the moment the next one (another kept period, or the employee row's
-- current one) began, so a change is a pair joined on that moment.
create index employee_period_ends_idx on employee_period (valid_to);

create view registry_position_change as
select p.employee_id, p.valid_to as changed_at,
  p.employer_code as employer_before, eb.region_code as region_before, eb.employer_kind as kind_before,
  p.unit as unit_before, p.position_class as class_before, p.position_title as title_before,
  p.grade as grade_before, p.status as status_before,
  n.employer_code as employer_after, ea.region_code as region_after, ea.employer_kind as kind_after,
  n.unit as unit_after, n.position_class as class_after, n.position_title as title_after,
  n.grade as grade_after, n.status as status_after
from employee_period p
join employee_period n on n.employee_id = p.employee_id and n.valid_from = p.valid_to
join employer eb on eb.code = p.employer_code
join employer ea on ea.code = n.employer_code
union all
select p.employee_id, p.valid_to,
  p.employer_code, eb.region_code, eb.employer_kind,
  p.unit, p.position_class, p.position_title, p.grade, p.status,
  e.employer_code, ea.region_code, ea.employer_kind,
  e.unit, e.position_class, e.position_title, e.grade, e.status
from employee_period p
join employee e on e.id = p.employee_id and e.period_from = p.valid_to
join employer eb on eb.code = p.employer_code
join employer ea on ea.code = e.employer_code;
