-- Historical cases imported from older systems (SBT, SiapNet, spreadsheets) have no intake report behind them.
-- case_file.report_id stays not null: an imported case carries a name-based UUID of (source, external_id) there,
-- which no intake report has (intake lookups find nothing, as for any unknown report), and says where it came from
-- in the columns below. Importing again is idempotent on (import_source, external_id).
alter table cases.case_file
    add column import_source   varchar(20),
    add column external_id     varchar(100),
    add column import_batch_id uuid,
    add constraint case_file_import_origin_complete check ((import_source is null) = (external_id is null)),
    add constraint case_file_import_source_external_uk unique (import_source, external_id);

create index case_file_import_batch_ix on cases.case_file (import_batch_id) where import_batch_id is not null;

-- One import (or dry run) as it runs in the background; the page and the API poll it.
create table cases.case_import_job (
    id               uuid primary key,
    source_system    varchar(20)  not null,
    file_name        varchar(300),
    dry_run          boolean      not null,
    status           varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total_rows       integer      not null default 0,
    processed        integer      not null default 0,
    created_cases    integer      not null default 0,
    already_imported integer      not null default 0,
    refused          integer      not null default 0,
    failure          text,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    finished_at      timestamptz
);

-- Refused rows: the row number as a spreadsheet shows it (header = row 1), the column and the reason in Indonesian.
create table cases.case_import_row_error (
    id          bigint generated always as identity primary key,
    job_id      uuid         not null references cases.case_import_job (id),
    row_number  integer      not null,
    external_id varchar(100),
    column_name varchar(40),
    message     text         not null
);
create index case_import_row_error_job_ix on cases.case_import_row_error (job_id, row_number);
