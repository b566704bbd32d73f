-- Position classes of UU 20/2023 (managerial Pasal 14, non-managerial Pasal 18), the "kepala wilayah" reporting
-- bucket used by KASN/BKN/Kemendagri statistics (camat, lurah: a flag on a position, not a UU class) and the
-- employment types. The Java enums PositionClass and EmploymentType use the same codes.
create table reference.position_class (
    code           varchar(16) primary key,
    name           text        not null,
    name_en        text        not null,
    category       varchar(14) not null check (category in ('MANAGERIAL', 'NON_MANAGERIAL')),
    rank           smallint    not null unique,
    legal_basis    text        not null,
    source         text        not null,
    source_version text        not null
);

insert into reference.position_class (code, name, name_en, category, rank, legal_basis, source, source_version) values
('JPT_UTAMA',     'Jabatan Pimpinan Tinggi Utama',   'Senior executive, top level',    'MANAGERIAL',     1, 'UU 20/2023 Pasal 14', 'UU 20/2023 tentang ASN', '2023-10-31'),
('JPT_MADYA',     'Jabatan Pimpinan Tinggi Madya',   'Senior executive, middle level', 'MANAGERIAL',     2, 'UU 20/2023 Pasal 14', 'UU 20/2023 tentang ASN', '2023-10-31'),
('JPT_PRATAMA',   'Jabatan Pimpinan Tinggi Pratama', 'Senior executive, entry level',  'MANAGERIAL',     3, 'UU 20/2023 Pasal 14', 'UU 20/2023 tentang ASN', '2023-10-31'),
('ADMINISTRATOR', 'Jabatan Administrator',           'Administrator',                  'MANAGERIAL',     4, 'UU 20/2023 Pasal 14', 'UU 20/2023 tentang ASN', '2023-10-31'),
('PENGAWAS',      'Jabatan Pengawas',                'Supervisor',                     'MANAGERIAL',     5, 'UU 20/2023 Pasal 14', 'UU 20/2023 tentang ASN', '2023-10-31'),
('FUNGSIONAL',    'Jabatan Fungsional',              'Functional (specialist) post',   'NON_MANAGERIAL', 6, 'UU 20/2023 Pasal 18', 'UU 20/2023 tentang ASN', '2023-10-31'),
('PELAKSANA',     'Jabatan Pelaksana',               'Executor (staff) post',          'NON_MANAGERIAL', 7, 'UU 20/2023 Pasal 18', 'UU 20/2023 tentang ASN', '2023-10-31');

create table reference.area_head_role (
    code           varchar(8) primary key,
    name           text       not null,
    name_en        text       not null,
    description    text       not null,
    source         text       not null,
    source_version text       not null
);

insert into reference.area_head_role (code, name, name_en, description, source, source_version) values
('CAMAT', 'Camat', 'District head',
 'Kepala kecamatan; dihitung sebagai "kepala wilayah" dalam statistik netralitas ASN, di samping kelas jabatannya',
 'Statistik KASN/BKN/Kemendagri (DOMAIN.md §3.2)', '2024'),
('LURAH', 'Lurah', 'Urban village head',
 'Kepala kelurahan (ASN; kepala desa bukan ASN); dihitung sebagai "kepala wilayah" dalam statistik netralitas ASN',
 'Statistik KASN/BKN/Kemendagri (DOMAIN.md §3.2)', '2024');

create table reference.employment_type (
    code                  varchar(4) primary key,
    name                  text       not null,
    name_en               text       not null,
    discipline_regulation text       not null,
    note                  text,
    source                text       not null,
    source_version        text       not null
);

insert into reference.employment_type (code, name, name_en, discipline_regulation, note, source, source_version) values
('PNS',  'Pegawai Negeri Sipil', 'Permanent civil servant', 'PP 94/2021', null,
 'UU 20/2023 tentang ASN', '2023-10-31'),
('CPNS', 'Calon Pegawai Negeri Sipil', 'Candidate civil servant', 'PP 94/2021',
 'PP 94/2021 berlaku mutatis mutandis bagi CPNS', 'UU 20/2023 tentang ASN; PP 94/2021', '2021-08-31'),
('PPPK', 'Pegawai Pemerintah dengan Perjanjian Kerja', 'Government employee on contract', 'PP 49/2018',
 'Disiplin ditetapkan PPK tiap instansi; tata cara mengikuti disiplin PNS (PP 49/2018 Pasal 52)',
 'UU 20/2023 tentang ASN; PP 49/2018', '2018-11-22');
