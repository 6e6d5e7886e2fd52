-- A closing note (cancel, separate, reject) may be as long as any other note of a case: 4000 characters.
alter table case_file alter column closing_note set data type varchar(4000);
