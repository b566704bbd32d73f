-- NEEDS_INFO pauses the running clock (issue 9): the clock's last day, stage, unit and basis when paused, and the
-- days it had left, so that completing the information resumes it with those days instead of starting afresh.
alter table cases.case_file
    add column paused_deadline  date,
    add column paused_stage     varchar(30),
    add column paused_unit      varchar(20),
    add column paused_basis     varchar(12),
    add column paused_days_left integer;
