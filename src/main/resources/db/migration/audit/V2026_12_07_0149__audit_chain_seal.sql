-- Keying the audit chain (issue 8, finding 5). From the sealed sequence number on, each entry's hash is an
-- HMAC-SHA256 under a key kept outside the database (id.netra.audit.chain.AuditHashing, version 2); entries before it
-- keep their unkeyed SHA-256 (version 1). The one seal row fixes where the keyed part starts and the hash of the last
-- unkeyed entry, and carries a MAC under the same key, so someone with only database access can neither move the
-- boundary (to pass off rewritten entries as unkeyed ones) nor rewrite the unkeyed part (its head would no longer
-- match). Written once, by the application, the first time it runs with a key; append-only like audit.entry.
create table audit.chain_seal (
    id                  smallint    primary key check (id = 1),
    keyed_from_sequence bigint      not null check (keyed_from_sequence > 0),
    legacy_head_hash    char(64)    not null,
    sealed_at           timestamptz not null,
    mac                 char(64)    not null
);

create trigger chain_seal_append_only
    before update or delete on audit.chain_seal
    for each row execute function audit.refuse_change();

create trigger chain_seal_no_truncate
    before truncate on audit.chain_seal
    for each statement execute function audit.refuse_change();

-- ShedLock: the periodic anchoring of the chain's head runs on one instance at a time.
create table audit.shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
