-- Surveys of civil servants: instruments and de-identified responses (issue 13).
create schema if not exists survey;

create table survey.survey (
    id          bigserial primary key,
    title       text not null,
    description text,
    synthetic   boolean not null default false,   -- generated demo data, labelled as such wherever shown
    created_at  timestamptz not null,
    created_by  text not null,
    deleted_at  timestamptz
);

create table survey.question (
    survey_id         bigint not null references survey.survey (id),
    position          int not null,
    code              text not null,
    kind              text not null check (kind in ('SINGLE', 'MULTI', 'LIKERT', 'NUMERIC', 'TEXT')),
    label             text not null,
    label_en          text,
    published_measure text,        -- reference.published_figure.measure_code asked by the same question
    primary key (survey_id, code)
);

create table survey.choice (
    survey_id     bigint not null,
    question_code text not null,
    position      int not null,
    code          text not null,
    label         text not null,
    label_en      text,
    published_category text,       -- the category of the published measure this choice corresponds to
    primary key (survey_id, question_code, code),
    foreign key (survey_id, question_code) references survey.question (survey_id, code)
);

-- One row per respondent. answers maps a column or question code to its value: text for single choice, numbers
-- and design columns; an array of choice codes for multi-select ([] = answered, nothing selected; absent = not
-- answered). Direct identifiers are never stored.
create table survey.respondent (
    survey_id  bigint not null references survey.survey (id),
    row_number int not null,
    answers    jsonb not null,
    primary key (survey_id, row_number)
);
