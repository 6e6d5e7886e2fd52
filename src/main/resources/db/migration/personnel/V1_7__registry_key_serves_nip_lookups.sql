-- registry_key is the NIP for everyone who has one, and it is unique: NIP lookups use its index, and the
-- separate unique index on nip only cost every import a second index to maintain.
drop index employee_nip_idx;
