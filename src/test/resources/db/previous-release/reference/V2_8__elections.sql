-- Elections with their phases and participating regions. Phase dates are from the project's research note
-- (DOMAIN.md §3.6, which cites KPU schedules as reported); PRE_CAMPAIGN has an open start: it is everything before
-- the campaign, the "bakal calon" period the ethics forms speak of. Admins add future elections from the UI.
create table reference.election (
    code                  varchar(32) primary key check (code ~ '^(PEMILU|PILKADA)-[0-9]{4}(-[A-Z0-9]+)*$'),
    name                  text        not null,
    name_en               text        not null,
    type                  varchar(8)  not null check (type in ('PEMILU', 'PILKADA')),
    voting_day            date        not null,
    scope_note            text,
    participants_complete boolean     not null default false,
    participants_note     text,
    source                text        not null,
    source_version        text        not null,
    created_at            timestamptz not null default now(),
    created_by            text        not null default 'migration',
    updated_at            timestamptz,
    updated_by            text,
    deleted_at            timestamptz,
    constraint election_code_matches_type check (code like type || '-%')
);

create table reference.election_phase (
    election_code varchar(32) not null references reference.election (code),
    phase         varchar(16) not null check (phase in ('PRE_CAMPAIGN', 'CAMPAIGN', 'QUIET_PERIOD', 'VOTING',
                                                        'RECAPITULATION')),
    starts_on     date,
    ends_on       date        not null,
    uncertain     boolean     not null default false,
    note          text,
    primary key (election_code, phase),
    constraint election_phase_period check (starts_on is null or starts_on <= ends_on)
);

-- Region codes are today's (idn-area-data); a 2019 participant in today's Papua Selatan appears under its new code.
create table reference.election_region (
    election_code varchar(32) not null references reference.election (code),
    region_code   varchar(5)  not null,
    primary key (election_code, region_code)
);

insert into reference.election (code, name, name_en, type, voting_day, scope_note, participants_complete,
                                participants_note, source, source_version) values
('PEMILU-2019', 'Pemilihan Umum Presiden dan Legislatif 2019', 'General election 2019 (president and legislatures)',
 'PEMILU', '2019-04-17', 'Nasional', true, 'Semua wilayah (kode wilayah terkini)',
 'Jadwal KPU sebagaimana diberitakan (DOMAIN.md §3.6)', '2019'),
('PILKADA-2020', 'Pemilihan Kepala Daerah Serentak 2020', 'Simultaneous regional head elections 2020',
 'PILKADA', '2020-12-09', '270 daerah: 9 provinsi, 224 kabupaten, 37 kota; 741 pasangan calon', false,
 'Daftar 270 daerah peserta belum dimuat', 'Jadwal KPU sebagaimana diberitakan (DOMAIN.md §3.6)', '2020'),
('PEMILU-2024', 'Pemilihan Umum Presiden dan Legislatif 2024', 'General election 2024 (president and legislatures)',
 'PEMILU', '2024-02-14', 'Nasional: 38 provinsi, 514 kabupaten/kota', true, 'Semua wilayah',
 'Jadwal KPU sebagaimana diberitakan (DOMAIN.md §3.6)', '2024'),
('PILKADA-2024', 'Pemilihan Kepala Daerah Serentak 2024', 'Simultaneous regional head elections 2024',
 'PILKADA', '2024-11-27', '545 daerah: 37 provinsi, 415 kabupaten, 93 kota; 1.553 pasangan calon', true,
 'Semua provinsi kecuali DI Yogyakarta; semua kabupaten/kota kecuali enam wilayah administrasi DKI Jakarta',
 'PKPU 2/2024 sebagaimana diberitakan (DOMAIN.md §3.6)', '2024');

insert into reference.election_phase (election_code, phase, starts_on, ends_on, uncertain, note) values
('PEMILU-2019', 'PRE_CAMPAIGN', null, '2018-09-22', false, 'Pendaftaran capres 4-10 Agu 2018; penetapan DCT 20 Sep 2018'),
('PEMILU-2019', 'CAMPAIGN', '2018-09-23', '2019-04-13', false, null),
('PEMILU-2019', 'QUIET_PERIOD', '2019-04-14', '2019-04-16', false, null),
('PEMILU-2019', 'VOTING', '2019-04-17', '2019-04-17', false, null),
('PEMILU-2019', 'RECAPITULATION', '2019-04-21', '2019-05-22', false,
 'Kabupaten/kota 21 Apr-6 Mei, provinsi 23 Apr-9 Mei, nasional 25 Apr-22 Mei 2019'),
('PILKADA-2020', 'PRE_CAMPAIGN', null, '2020-09-25', false, 'Pendaftaran 4-6 Sep 2020; penetapan calon 23 Sep 2020'),
('PILKADA-2020', 'CAMPAIGN', '2020-09-26', '2020-12-05', false, '71 hari'),
('PILKADA-2020', 'QUIET_PERIOD', '2020-12-06', '2020-12-08', true, 'Disimpulkan dari akhir kampanye dan hari pemungutan suara'),
('PILKADA-2020', 'VOTING', '2020-12-09', '2020-12-09', false, 'Semula 23 Sep 2020, ditunda karena COVID-19'),
('PILKADA-2020', 'RECAPITULATION', '2020-12-09', '2020-12-26', false, null),
('PEMILU-2024', 'PRE_CAMPAIGN', null, '2023-11-27', false, 'Pendaftaran capres 19 Okt-25 Nov 2023'),
('PEMILU-2024', 'CAMPAIGN', '2023-11-28', '2024-02-10', false, '75 hari'),
('PEMILU-2024', 'QUIET_PERIOD', '2024-02-11', '2024-02-13', false, null),
('PEMILU-2024', 'VOTING', '2024-02-14', '2024-02-14', false, 'Penghitungan 14-15 Feb 2024'),
('PEMILU-2024', 'RECAPITULATION', '2024-02-15', '2024-03-20', false, null),
('PILKADA-2024', 'PRE_CAMPAIGN', null, '2024-09-24', false,
 'Pendaftaran 27-29 Agu 2024; penetapan calon 22 Sep 2024; larangan mutasi sejak 22 Mar 2024'),
('PILKADA-2024', 'CAMPAIGN', '2024-09-25', '2024-11-23', false, null),
('PILKADA-2024', 'QUIET_PERIOD', '2024-11-24', '2024-11-26', false, null),
('PILKADA-2024', 'VOTING', '2024-11-27', '2024-11-27', false, null),
('PILKADA-2024', 'RECAPITULATION', '2024-11-27', '2024-12-16', true, 'Satu sumber menyebut sampai 10 Des 2024');

insert into reference.election_region (election_code, region_code)
select e.code, r.code
  from reference.election e
  join reference.region r on r.superseded_on is null
 where e.code in ('PEMILU-2019', 'PEMILU-2024');

insert into reference.election_region (election_code, region_code)
select 'PILKADA-2024', r.code
  from reference.region r
 where r.superseded_on is null
   and ((r.level = 'PROVINCE' and r.code <> '34')
        or (r.level = 'REGENCY' and r.name not like '% Administrasi %'));
