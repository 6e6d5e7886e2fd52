-- What other modules may read of the registry to reach employees by mail in their own set-based SQL (neutrality
-- reminders): who they are, where they work, their position class and employment type, and the registry's address.
create view registry_recipient as
select e.id, e.name, e.employer_code, r.name as employer_name, r.name_en as employer_name_en, e.position_class,
       e.employment_type, e.email, e.status
from employee e join employer r on r.code = e.employer_code;
