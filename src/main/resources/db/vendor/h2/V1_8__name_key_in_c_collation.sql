-- As on PostgreSQL: one index serves the prefix filter and the order of a page (name_key, then id).
drop index employee_employer_name_idx;
drop index employee_name_idx;
create index employee_employer_name_idx on employee (employer_code, name_key, id);
create index employee_name_idx on employee (name_key, id);
