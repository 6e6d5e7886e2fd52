-- The social-media accounts employees declared (employee.social_accounts, "instagram:@handle;x:@other"), one row
-- per account under its normalised key ("instagram:handle", "x:handle"): which employee posts from an account is an
-- index lookup, not a scan of 4.3 M declarations. Kept in step by the registry writers; filled for the employees
-- already registered by DeclaredAccountIndex at start (the normalisation lives in Java, AccountKey).
create table employee_account (
    account_key  varchar(300) not null,
    employee_id  bigint       not null references employee (id),
    primary key (account_key, employee_id)
);
create index employee_account_employee_idx on employee_account (employee_id);

-- Where the fill of the index for the employees registered before it stands: one row while there is work left,
-- advanced with each committed batch (a restart goes on from there), deleted when done.
create table employee_account_backfill (
    after_employee_id bigint not null
);
insert into employee_account_backfill (after_employee_id)
select 0 from employee where social_accounts is not null fetch first 1 rows only;
