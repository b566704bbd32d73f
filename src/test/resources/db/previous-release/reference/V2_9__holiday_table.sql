-- Days the offices are closed besides weekends: national holidays (LIBUR_NASIONAL, including the voting days
-- declared holidays by Keppres) and collective leave (CUTI_BERSAMA). Each row names the decree that made it, so an
-- amendment is recorded as a new row or a soft delete with its own decree, never as a silent edit.
create table reference.holiday (
    id              bigint generated always as identity primary key,
    holiday_date    date        not null,
    name            text        not null check (name <> ''),
    name_en         text        not null,
    type            varchar(14) not null check (type in ('LIBUR_NASIONAL', 'CUTI_BERSAMA')),
    decree          text        not null check (decree <> ''),
    election_day    boolean     not null default false,
    uncertain       boolean     not null default false,
    note            text,
    source          text        not null,
    source_version  text        not null,
    created_at      timestamptz not null default now(),
    created_by      text        not null default 'migration',
    updated_at      timestamptz,
    updated_by      text,
    deleted_at      timestamptz,
    deleted_by      text,
    deletion_decree text,
    constraint holiday_deletion_has_decree check ((deleted_at is null) = (deletion_decree is null)),
    constraint holiday_election_day_is_national check (not election_day or type = 'LIBUR_NASIONAL')
);
create unique index holiday_one_active_per_date on reference.holiday (holiday_date) where deleted_at is null;
comment on table reference.holiday is 'National holidays and cuti bersama; rows with deleted_at were revoked by deletion_decree';
