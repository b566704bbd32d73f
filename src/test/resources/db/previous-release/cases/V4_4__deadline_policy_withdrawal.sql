-- Deadline policy versions are added by administrators in the application (/admin/deadline-policy). A version in
-- force has set the deadlines of running cases, so it is never changed or deleted; a version that has not started
-- yet may be withdrawn, which is recorded on its rows (who, when, why) instead of deleting them.
alter table cases.deadline_policy
    add column withdrawn_at      timestamptz,
    add column withdrawn_by      varchar(100),
    add column withdrawal_reason text,
    add constraint deadline_policy_withdrawal_complete check (
        (withdrawn_at is null and withdrawn_by is null and withdrawal_reason is null)
        or (withdrawn_at is not null and withdrawn_by is not null and withdrawal_reason is not null)),
    add constraint deadline_policy_amount_range check (amount between 1 and 365);

-- Two active versions starting on the same day would make "the version in force" ambiguous.
create unique index deadline_policy_active_start_uk on cases.deadline_policy (valid_from, stage)
    where withdrawn_at is null;

-- The rows themselves are append-only: the only change allowed is withdrawing a not yet withdrawn row. Whether the
-- version has started is the application's rule (it reads the injected clock, not the database's).
create function cases.deadline_policy_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'deadline policy rows are never deleted; withdraw a future version instead';
    end if;
    if old.withdrawn_at is not null
       or new.version is distinct from old.version or new.valid_from is distinct from old.valid_from
       or new.stage is distinct from old.stage or new.amount is distinct from old.amount
       or new.unit is distinct from old.unit or new.source is distinct from old.source
       or new.created_at is distinct from old.created_at or new.created_by is distinct from old.created_by then
        raise exception 'deadline policy version % is fixed; add a new version instead', old.version;
    end if;
    return new;
end;
$$;

create trigger deadline_policy_append_only
    before update or delete on cases.deadline_policy
    for each row execute function cases.deadline_policy_append_only();
