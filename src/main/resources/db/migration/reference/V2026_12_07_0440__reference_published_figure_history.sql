-- Published figures become editable by administrators: a figure is corrected (its earlier content kept as a revision)
-- or retired (kept, marked, never deleted), and every figure names one of the publishing bodies.
alter table reference.published_figure
    add column version        integer     not null default 1,
    add column retired_at     timestamptz,
    add column retired_by     text,
    add column retired_reason text,
    add column updated_at     timestamptz not null default now(),
    add column updated_by     text        not null default 'migration',
    add constraint published_figure_publisher_known
        check (publisher in ('KASN', 'BKN', 'Bawaslu', 'Kemendagri', 'KemenPANRB')),
    add constraint published_figure_retired_with_reason
        check ((retired_at is null) = (retired_reason is null));

-- The content of a figure before each correction or retirement: append-only, one row per earlier version.
create table reference.published_figure_revision (
    id         bigserial primary key,
    figure_id  bigint      not null references reference.published_figure (id),
    version    integer     not null,
    content    jsonb       not null,   -- the figure's columns as they were in that version
    changed_at timestamptz not null,
    changed_by text        not null,
    reason     text        not null,
    constraint published_figure_revision_once unique (figure_id, version)
);
