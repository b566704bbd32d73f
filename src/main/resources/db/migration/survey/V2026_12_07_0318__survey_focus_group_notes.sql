-- Focus-group notes beside a survey, coded with themes from one codebook shared by all surveys (issue 13 item 8).
-- Themes are never deleted: retiring one hides it from new coding and keeps the notes already coded with it.
create table survey.theme (
    id         bigserial primary key,
    label      text not null,
    label_en   text,
    created_at timestamptz not null,
    retired_at timestamptz
);
create unique index theme_label_active on survey.theme (lower(label)) where retired_at is null;

create table survey.focus_group_note (
    id               bigserial primary key,
    survey_id        bigint not null references survey.survey (id),
    region_code      text not null,               -- Kemendagri code, checked against reference.region on write
    participant_role text not null,               -- who sat in the group, e.g. "pejabat administrator"
    held_on          date not null,
    body             text not null,
    created_at       timestamptz not null,
    created_by       text not null,
    deleted_at       timestamptz
);
create index focus_group_note_survey on survey.focus_group_note (survey_id) where deleted_at is null;

create table survey.focus_group_note_theme (
    note_id  bigint not null references survey.focus_group_note (id),
    theme_id bigint not null references survey.theme (id),
    primary key (note_id, theme_id)
);

-- The themes of KASN's focus-group discussions (KASN, release of the 2020 Pilkada bureaucracy-neutrality survey,
-- 17 December 2021).
insert into survey.theme (label, label_en, created_at) values
    ('Ketidakpastian karier/jabatan', 'Job insecurity', now()),
    ('Patronase dan tekanan atasan', 'Patronage and pressure from superiors', now()),
    ('Kekerabatan', 'Kinship', now()),
    ('Motif karier', 'Career motives', now()),
    ('Aturan yang multitafsir', 'Ambiguous regulation', now()),
    ('Sanksi tidak menimbulkan efek jera', 'Sanctions that do not deter', now());
