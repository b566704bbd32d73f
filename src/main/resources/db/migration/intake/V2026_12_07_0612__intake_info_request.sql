-- A case at Bawaslu's review that needs more information asks the reporter through the receipt: the report gets the
-- status NEEDS_INFO and the question, and the reporter's reply (a message, evidence) marks the question answered.
alter table intake.report drop constraint report_status_check;
alter table intake.report add constraint report_status_check
    check (status in ('RECEIVED', 'IN_REVIEW', 'NEEDS_INFO', 'FORWARDED', 'FOLLOWED_UP', 'CLOSED'));

create table intake.info_request (
    id          bigint generated always as identity primary key,
    report_id   uuid          not null references intake.report (id),
    question    text          not null,
    asked_at    timestamptz   not null,
    asked_by    varchar(100)  not null,
    answered_at timestamptz,
    closed_at   timestamptz
);

-- at most one open question per report
create unique index info_request_open on intake.info_request (report_id) where closed_at is null;
