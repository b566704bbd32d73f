-- Bulk imports of reports from other systems (SP4N-LAPOR!, SBT, SiapNet): one job per uploaded file, with progress
-- for the UI and the errors of every refused row. Idempotency rests on report (source_system, external_id).
create table intake.import_job (
    id                uuid primary key,
    source_system     varchar(40)   not null,
    file_name         varchar(255)  not null,
    status            varchar(20)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total_records     integer       not null,
    processed         integer       not null default 0,
    created_reports   integer       not null default 0,
    already_imported  integer       not null default 0,
    refused           integer       not null default 0,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null,
    finished_at       timestamptz
);

create table intake.import_row_error (
    job_id       uuid          not null references intake.import_job (id),
    row_number   integer       not null,
    external_id  varchar(100),
    column_name  varchar(40),
    message      text          not null
);
create index import_row_error_job_idx on intake.import_row_error (job_id, row_number);
