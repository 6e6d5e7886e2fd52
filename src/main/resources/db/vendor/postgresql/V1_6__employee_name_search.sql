-- Prefix search on names within an employer (and nationally): PostgreSQL uses a b-tree for LIKE 'prefix%'
-- only with the pattern operator class when the database collation is not C.
create index employee_employer_name_idx on employee (employer_code, name_key varchar_pattern_ops);
create index employee_name_idx on employee (name_key varchar_pattern_ops);
