-- SP4N-LAPOR! (issue 21, ADR 0044). lapor_number is the complaint's tracking number at LAPOR!: the one it came in
-- with (lapor_direction FROM_LAPOR; importing the same number again adds nothing), or the one LAPOR! gave when
-- Netra handed a report over to it (TO_LAPOR; null while LAPOR! has not given one, as with the file drop).
alter table report add column lapor_number varchar(40);
alter table report add column lapor_direction varchar(10);
alter table report add column lapor_at timestamp with time zone;
create unique index report_lapor_number_idx on report (lapor_number);
