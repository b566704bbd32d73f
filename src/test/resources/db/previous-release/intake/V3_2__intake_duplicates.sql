-- Possible duplicates and related reports, flagged for handlers with the reasons; handlers link, merge or dismiss.
create table intake.duplicate_flag (
    id               uuid primary key,
    report_id        uuid          not null references intake.report (id),
    other_report_id  uuid          not null references intake.report (id),
    reasons          text[]        not null,
    similarity       real,
    status           varchar(20)   not null check (status in ('OPEN', 'LINKED', 'MERGED', 'DISMISSED')),
    detected_at      timestamptz   not null,
    decided_at       timestamptz,
    decided_by       varchar(100),
    constraint duplicate_flag_pair unique (report_id, other_report_id),
    constraint duplicate_flag_not_self check (report_id <> other_report_id)
);
create index duplicate_flag_other_idx on intake.duplicate_flag (other_report_id);
