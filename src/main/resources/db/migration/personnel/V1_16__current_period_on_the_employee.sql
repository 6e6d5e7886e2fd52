-- Where an employee stands now is the employee row itself; employee_period keeps the periods that are over
-- (ADR 0005). The open period duplicated six columns of the row, and writing it cost the initial national load
-- a second row, a foreign-key check and two index entries per employee. What the row adds is when its current
-- period began and which import began it.
alter table employee add column period_from timestamp with time zone;
alter table employee add column period_source varchar(200);
update employee set
    period_from = (select p.valid_from from employee_period p where p.employee_id = employee.id and p.valid_to is null
                   order by p.valid_from desc fetch first 1 rows only),
    period_source = (select p.source from employee_period p where p.employee_id = employee.id and p.valid_to is null
                     order by p.valid_from desc fetch first 1 rows only);
update employee set period_from = updated_at, period_source = 'registry' where period_from is null;
alter table employee alter column period_from set not null;
alter table employee alter column period_source set not null;
delete from employee_period where valid_to is null;
alter table employee_period alter column valid_to set not null;
