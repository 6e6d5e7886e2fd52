-- The case version a ladder last followed (CaseChanged.version): its state is derived from the case's snapshot,
-- and an older snapshot arriving late never overwrites a newer one. Ladders started before carry -1.
alter table control_ladder add column case_version integer default -1 not null;
