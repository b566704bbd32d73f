-- The reported person as the statistics count them (issue 9): employment type (PNS, CPNS, PPPK, or not a civil
-- servant), the area-head flag (camat, lurah: the "kepala wilayah" bucket) and the acting-regional-head (Pj) flag.
-- Unknown (null) until a Satgas or BKN officer records them.
alter table cases.case_file
    add column employment_type      varchar(10) check (employment_type in ('PNS', 'CPNS', 'PPPK', 'NOT_ASN')),
    add column area_head            boolean,
    add column acting_regional_head boolean;
