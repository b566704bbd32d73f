-- Regions (provinces and regencies/cities) keyed by their Kemendagri code. A row is never rewritten when a new decree
-- renames or drops a region: the old row gets superseded_on and a new row is added beside it, so cases from 2019
-- still point at the name that was valid then.

create table reference.data_release (
    dataset          text        not null,
    version          text        not null,
    legal_basis      text        not null,
    legal_basis_date date,
    licence          text        not null,
    attribution      text        not null,
    imported_at      timestamptz not null default now(),
    primary key (dataset, version)
);
comment on table reference.data_release is 'Every imported release of an external data set, with its legal basis and licence';

create table reference.region (
    id             bigint generated always as identity primary key,
    code           varchar(5)  not null check (code ~ '^[0-9]{2}([.][0-9]{2})?$'),
    name           text        not null check (name <> ''),
    level          varchar(8)  not null check (level in ('PROVINCE', 'REGENCY')),
    regency_kind   varchar(9)  check (regency_kind in ('KABUPATEN', 'KOTA')),
    province_code  varchar(2)  not null,
    source         text        not null,
    source_version text        not null,
    source_date    date        not null,
    superseded_on  date,
    constraint region_level_matches_code check ((level = 'PROVINCE') = (length(code) = 2)),
    constraint region_kind_only_for_regency check ((level = 'REGENCY') = (regency_kind is not null)),
    constraint region_in_its_province check (province_code = left(code, 2)),
    constraint region_once_per_release unique (code, source_version)
);
create unique index region_current_code on reference.region (code) where superseded_on is null;
comment on table reference.region is 'Provinces and regencies/cities; current rows have superseded_on null';
comment on column reference.region.source_date is 'Date of the decree the row reflects';
comment on column reference.region.superseded_on is 'Date of the decree that renamed or removed the region';

-- Map aids for provinces: approximate capital coordinates and a 6x14 tile grid for choropleths without boundaries.
create table reference.province_location (
    province_code  varchar(2)   primary key,
    capital        text         not null,
    short_label    text         not null,
    latitude       numeric(5, 2) not null check (latitude between -11 and 6),
    longitude      numeric(5, 2) not null check (longitude between 94 and 142),
    tile_row       smallint     not null check (tile_row between 0 and 5),
    tile_col       smallint     not null check (tile_col between 0 and 13),
    source         text         not null,
    source_version text         not null,
    constraint province_location_one_tile_each unique (tile_row, tile_col)
);
comment on table reference.province_location is 'Province capitals (city-centre, about 0.05 degree) and tile-grid cells';

-- Employing agencies (instansi). Regional governments are generated from the regions by each region migration;
-- central ministries and agencies come from V2_4; admins add more by CSV import (soft delete, audit columns).
create table reference.agency (
    code           varchar(40) primary key check (code ~ '^[A-Z][A-Z0-9]*([.-][A-Z0-9]+)*$'),
    name           text        not null check (name <> ''),
    abbreviation   text,
    aliases        text[]      not null default '{}',
    type           varchar(24) not null check (type in ('KEMENTERIAN', 'LPNK', 'SEKRETARIAT',
                                                         'LEMBAGA_NONSTRUKTURAL', 'PEMPROV', 'PEMKAB', 'PEMKOT')),
    region_code    varchar(5),
    ppk_title      text        not null,
    uncertain      boolean     not null default false,
    note           text,
    source         text        not null,
    source_version text        not null,
    created_at     timestamptz not null default now(),
    created_by     text        not null default 'migration',
    updated_at     timestamptz,
    updated_by     text,
    deleted_at     timestamptz,
    constraint agency_regional_has_region
        check ((type in ('PEMPROV', 'PEMKAB', 'PEMKOT')) = (region_code is not null))
);
create index agency_region on reference.agency (region_code);
comment on table reference.agency is 'Employing agencies with the title of their PPK (UU 20/2023 Pasal 3)';
comment on column reference.agency.uncertain is 'Type or abbreviation not confirmed in a primary text (see note)';
