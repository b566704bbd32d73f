-- The audit log page filters by date range and by object (type and identifier); these indexes keep both quick on a
-- long trail. Indexes do not touch the rows, so the append-only triggers and the hash chain are unaffected.
create index entry_occurred_at on audit.entry (occurred_at);
create index entry_subject on audit.entry (subject_type, subject_id);
