-- An import that starts on an empty registry is the initial national load: every row is new, so on PostgreSQL it
-- is copied straight into the registry without staging and classification (ADR 0005). The flag is kept so that
-- a resumed import goes on the way it started.
alter table registry_import add column initial_load boolean not null default false;
