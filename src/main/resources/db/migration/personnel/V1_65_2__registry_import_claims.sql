-- Several nodes (issue 24): an import is claimed by one node, which marks it alive with every chunk it commits;
-- when that node dies, another node takes it over after netra.personnel.import.lease and resumes after the last
-- committed chunk. With netra.personnel.import.files=database the file itself is kept in the database in parts,
-- so the node that takes over can read it.
alter table registry_import add column claimed_by varchar(200);
alter table registry_import add column heartbeat_at timestamp with time zone;

create table registry_import_part (
    import_id  bigint  not null references registry_import (id),
    part       integer not null,
    content    bytea   not null,
    primary key (import_id, part)
);
