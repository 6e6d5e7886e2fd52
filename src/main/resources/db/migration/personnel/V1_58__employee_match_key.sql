-- The key lists of people from outside the registry (a party's members) are matched on, with the birth date:
-- PersonName.matchKey of the name, written by every import. Rows written before this column existed get it from
-- RegistryMatchKeys before a match runs (null until then).
alter table employee add column match_key varchar(200);

-- What other modules may read of the registry in their own set-based SQL: who someone is, not the whole row.
create view registry_person as
select id, registry_key, nip, nik, name, match_key, birth_date, employer_code, work_region_code, status, synthetic
from employee;
