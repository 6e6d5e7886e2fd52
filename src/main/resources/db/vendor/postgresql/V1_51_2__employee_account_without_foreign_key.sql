-- employee_account is derived from employee.social_accounts and rewritten with it by the registry writers, and
-- employees are never deleted: its foreign key only cost the initial load of 4.3 M employees a check per account
-- (about a third of the index's cost in the 200,000-row import bench, docs/notes of issue 19). H2, the embedded
-- default, keeps it (its constraint name is generated).
alter table employee_account drop constraint if exists employee_account_employee_id_fkey;
