-- An import job left RUNNING by a restart is marked INTERRUPTED at the next start: no thread runs it any more. Its
-- counts are those committed (each batch writes the job's progress in its own transaction).
alter table cases.case_import_job drop constraint case_import_job_status_check;
alter table cases.case_import_job alter column status type varchar(20);
alter table cases.case_import_job
    add constraint case_import_job_status_check check (status in ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'));
