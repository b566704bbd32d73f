-- The audit trail: append-only and hash-chained. Each row's hash covers its own fields and the previous row's hash
-- (see id.netra.audit.chain.AuditHashing for the canonical form), so changing or removing any row breaks the chain
-- from that row on. The triggers below make the database itself refuse changes; the chain makes a change that
-- bypassed them (a superuser disabling the triggers) detectable.
create table audit.entry (
    sequence_number bigint      primary key check (sequence_number > 0),
    occurred_at     timestamptz not null,
    action          text        not null check (action <> ''),
    subject_type    text,
    subject_id      text,
    actor           text        not null check (actor <> ''),
    details         text,
    previous_hash   char(64)    not null,
    hash            char(64)    not null unique
);

create index entry_action_prefix on audit.entry (action text_pattern_ops);
create index entry_actor on audit.entry (actor);

create function audit.refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit.entry is append-only: % refused', tg_op;
end;
$$;

create trigger entry_append_only
    before update or delete on audit.entry
    for each row execute function audit.refuse_change();

create trigger entry_no_truncate
    before truncate on audit.entry
    for each statement execute function audit.refuse_change();
