-- The same indexes as for PostgreSQL; H2 uses a plain b-tree for LIKE 'prefix%'.
create index employee_employer_name_idx on employee (employer_code, name_key);
create index employee_name_idx on employee (name_key);
