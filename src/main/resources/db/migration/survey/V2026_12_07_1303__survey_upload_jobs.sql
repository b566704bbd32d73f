-- Response uploads as they run and as they ended (issue 13 item 2), so that their progress survives a page reload
-- and a restart: a job still RUNNING when its server stopped is marked INTERRUPTED at the next start. The
-- respondents of an upload and the job's DONE are written in one transaction, so an interrupted or failed job has
-- stored no respondent.
create table survey.upload_job (
    id              uuid primary key,
    survey_id       bigint      not null references survey.survey (id),
    file_name       text,
    status          text        not null check (status in ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED')),
    total_rows      integer     not null default 0,
    processed_rows  integer     not null default 0,      -- rows read and checked so far
    stored_rows     integer     not null default 0,      -- respondents written so far (visible once DONE)
    imported        integer     not null default 0,
    rejected_rows   integer     not null default 0,
    dropped_columns jsonb       not null default '[]',   -- direct identifiers dropped, by header
    ignored_columns jsonb       not null default '[]',   -- form metadata ignored, by header
    failure_code    text,                                -- message key of why the job stopped
    failure_args    jsonb       not null default '[]',
    runner          uuid        not null,                -- the server process that ran it
    created_by      text        not null,
    created_at      timestamptz not null,
    finished_at     timestamptz
);
create index upload_job_survey on survey.upload_job (survey_id, created_at desc);

-- Refused rows of an upload: row 1 is the first data row; the reason is in Indonesian, as the reader writes it.
create table survey.upload_row_error (
    job_id      uuid    not null references survey.upload_job (id),
    position    integer not null,
    row_number  integer not null,
    column_name text,
    message     text    not null,
    primary key (job_id, position)
);
