-- Account administration: deactivation is soft (the row and its username stay, sign-in is refused through the
-- existing enabled flag); who deactivated and when is kept for the page. The last interactive sign-in is recorded by
-- identity itself from now on (the audit trail holds the history, but identity may not read another module's schema).
alter table identity.user_account
    add column deactivated_at    timestamptz,
    add column deactivated_by    varchar(64),
    add column last_signed_in_at timestamptz;
