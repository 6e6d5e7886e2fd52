-- Bumped in the same transaction as every change to who is told that an agency must act (an agency, its roles
-- or its being active; a user account, its roles or its being enabled), so every node can keep the lists of
-- recipients in memory and read them again only when they changed (Recipients).
create table directory_version (
    id       int     not null primary key,
    version  bigint  not null
);
insert into directory_version (id, version) values (1, 0);
