-- The shipped data files already loaded into this database, by the SHA-256 of their contents: a replica that starts
-- with files whose checksum is recorded here skips the import (it would change nothing), which keeps it out of the
-- startup time. Files that differ in any byte have another checksum and are loaded as before.
create table loaded_dataset (
    checksum  text primary key check (checksum ~ '^[0-9a-f]{64}$'),
    loaded_at timestamptz not null default now()
);
