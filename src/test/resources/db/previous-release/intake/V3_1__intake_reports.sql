-- Intake: reports, the persons they name, evidence links and files, receipts, sealed reporter identities and the
-- message thread between handlers and the reporter. Reporter identity never appears in clear in any table.

create table intake.report (
    id              uuid primary key,
    channel         varchar(20)   not null check (channel in ('PUBLIC_WEB', 'PUBLIC_API', 'BAWASLU_FINDING', 'IMPORT')),
    election_code   varchar(40)   not null,
    region_code     varchar(20)   not null,
    violation_code  varchar(20),
    occurred_on     date          not null,
    place           varchar(300),
    description     text          not null,
    status          varchar(20)   not null check (status in ('RECEIVED', 'IN_REVIEW', 'FORWARDED', 'FOLLOWED_UP', 'CLOSED')),
    reporter_mode   varchar(20)   not null check (reporter_mode in ('ANONYMOUS', 'CONFIDENTIAL', 'OPEN')),
    merged_into     uuid references intake.report (id),
    source_system   varchar(40),
    external_id     varchar(100),
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    constraint report_external_unique unique (source_system, external_id),
    constraint report_not_merged_into_self check (merged_into is null or merged_into <> id)
);
create index report_election_region_idx on intake.report (election_code, region_code);
create index report_created_at_idx on intake.report (created_at desc);
create index report_description_trgm_idx on intake.report using gin (description gin_trgm_ops);

create table intake.reported_person (
    id               uuid primary key,
    report_id        uuid          not null references intake.report (id),
    position         integer       not null,
    name             varchar(200)  not null,
    normalised_name  varchar(200)  not null,
    nip              char(18),
    agency_code      varchar(40),
    agency_name      varchar(200),
    position_class   varchar(20),
    position_title   varchar(200),
    constraint reported_person_position_unique unique (report_id, position)
);
create index reported_person_nip_idx on intake.reported_person (nip) where nip is not null;
create index reported_person_name_agency_idx on intake.reported_person (normalised_name, agency_code);

create table intake.evidence_link (
    report_id  uuid           not null references intake.report (id),
    position   integer        not null,
    url        varchar(2000)  not null,
    primary key (report_id, position)
);

-- The receipt itself is never stored: a keyed HMAC tag finds the row, a salted PBKDF2 hash proves the receipt.
create table intake.receipt (
    report_id   uuid primary key references intake.report (id),
    lookup_tag  char(64)      not null unique,
    tag_key_id  varchar(40)   not null,
    hash        varchar(200)  not null,
    created_at  timestamptz   not null
);

-- AES-GCM ciphertext (nonce || ciphertext || tag) of the identity fields; key_id names the key that sealed it.
create table intake.reporter_identity (
    report_id   uuid primary key references intake.report (id),
    key_id      varchar(40)  not null,
    ciphertext  bytea        not null,
    created_at  timestamptz  not null
);

create table intake.message (
    id           uuid primary key,
    report_id    uuid          not null references intake.report (id),
    author_kind  varchar(20)   not null check (author_kind in ('HANDLER', 'REPORTER')),
    author       varchar(100)  not null,
    visibility   varchar(20)   not null check (visibility in ('PUBLIC', 'INTERNAL')),
    body         text          not null,
    created_at   timestamptz   not null,
    constraint reporter_messages_are_public check (author_kind = 'HANDLER' or visibility = 'PUBLIC')
);
create index message_report_idx on intake.message (report_id, created_at);

create table intake.evidence_file (
    id                 uuid primary key,
    report_id          uuid          not null references intake.report (id),
    display_name       varchar(255)  not null,
    media_type         varchar(100)  not null,
    size_bytes         bigint        not null,
    sha256_original    char(64)      not null,
    sha256_stored      char(64)      not null,
    metadata_stripped  boolean       not null,
    storage_key        varchar(200)  not null,
    uploaded_by        varchar(100)  not null,
    created_at         timestamptz   not null
);
create index evidence_file_report_idx on intake.evidence_file (report_id);
create index evidence_file_sha_original_idx on intake.evidence_file (sha256_original);
