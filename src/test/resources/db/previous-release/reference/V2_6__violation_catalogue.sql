-- The violation catalogue of the joint decree (SKB) of 22 Sep 2022 on ASN neutrality: 7 code-of-ethics forms (moral
-- sanction, PP 42/2004 Pasal 15) and 12 discipline forms (PP 94/2021 level, or statutory dismissal). Descriptions
-- are our summaries. Several acts appear in both lists: the ethics list speaks of a "bakal calon" (prospective
-- candidate), the discipline list of a "calon"; verify against the SKB annex before encoding rules on that split.
create table reference.violation_form (
    code           varchar(5)  primary key check (code ~ '^(KE-[1-7]|DS-([1-9]|1[0-2]))$'),
    kind           varchar(10) not null check (kind in ('ETHICS', 'DISCIPLINE')),
    sort_order     smallint    not null unique,
    description    text        not null,
    description_en text        not null,
    mapped_level   varchar(9)  not null check (mapped_level in ('MORAL', 'LIGHT', 'MEDIUM', 'HEAVY', 'DISMISSAL')),
    sanction_basis text        not null,
    level_uncertain boolean    not null default false,
    level_note     text,
    source         text        not null,
    source_version text        not null,
    constraint violation_form_kind_matches_code check ((kind = 'ETHICS') = (code like 'KE-%')),
    constraint violation_form_ethics_is_moral check ((kind = 'ETHICS') = (mapped_level = 'MORAL'))
);

insert into reference.violation_form
    (code, kind, sort_order, description, description_en, mapped_level, sanction_basis, level_uncertain, level_note,
     source, source_version)
select v.code, v.kind, v.sort_order, v.description, v.description_en, v.mapped_level, v.sanction_basis,
       v.level_uncertain, v.level_note,
       'SKB MenPANRB 2/2022, Mendagri 800-5474/2022, Kepala BKN 246/2022, Ketua KASN 30/2022, '
           || 'Ketua Bawaslu 1447.1/PM.01/K.1/09/2022',
       '2022-09-22'
from (values
('KE-1', 'ETHICS', 1, 'Memasang spanduk, baliho, atau alat peraga lain yang terkait bakal calon',
 'Putting up banners, billboards or other props for a prospective candidate', 'MORAL', 'PP 42/2004 Pasal 15', false, null),
('KE-2', 'ETHICS', 2, 'Melakukan sosialisasi atau kampanye bakal calon melalui media sosial atau daring',
 'Socialising or campaigning for a prospective candidate on social media or online', 'MORAL', 'PP 42/2004 Pasal 15', false, null),
('KE-3', 'ETHICS', 3, 'Menghadiri deklarasi atau kampanye bakal pasangan calon dan secara aktif mendukungnya',
 'Attending a declaration or campaign of a prospective pair and actively supporting it', 'MORAL', 'PP 42/2004 Pasal 15', false, null),
('KE-4', 'ETHICS', 4, 'Mengunggah, mengomentari, membagikan, menyukai, atau bergabung/mengikuti grup atau akun pemenangan bakal calon',
 'Posting, commenting, sharing, liking, joining or following a winning-team group or account of a prospective candidate', 'MORAL', 'PP 42/2004 Pasal 15', false, null),
('KE-5', 'ETHICS', 5, 'Mengunggah foto bersama bakal calon, tim pemenangan, atau alat peraga partai politik ke ruang publik',
 'Publicly posting a photo with a prospective candidate, campaign team or party props', 'MORAL', 'PP 42/2004 Pasal 15', false, null),
('KE-6', 'ETHICS', 6, 'Ikut dalam kegiatan kampanye, sosialisasi, atau pengenalan bakal calon',
 'Taking part in campaign, socialisation or introduction events of a prospective candidate', 'MORAL', 'PP 42/2004 Pasal 15', false, null),
('KE-7', 'ETHICS', 7, 'Mengikuti deklarasi atau kampanye suami/istri yang menjadi calon',
 'Joining the declaration or campaign of a spouse who is a candidate', 'MORAL', 'PP 42/2004 Pasal 15', false, null),
('DS-1', 'DISCIPLINE', 8, 'Memasang spanduk, baliho, atau alat peraga lain yang terkait calon',
 'Putting up banners, billboards or other props for a candidate', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', false, null),
('DS-2', 'DISCIPLINE', 9, 'Melakukan sosialisasi atau kampanye calon melalui media sosial atau daring',
 'Socialising or campaigning for a candidate on social media or online', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', false, null),
('DS-3', 'DISCIPLINE', 10, 'Melakukan pendekatan ke partai politik (atau ke masyarakat, bagi calon perseorangan) sebagai bakal calon',
 'Approaching a party (or the public, for an independent) as a prospective candidate', 'MEDIUM', 'PP 94/2021 (hukuman disiplin sedang)', false, null),
('DS-4', 'DISCIPLINE', 11, 'Menghadiri deklarasi atau kampanye calon dan secara aktif mendukungnya',
 'Attending a declaration or campaign of a candidate and actively supporting it', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', false, null),
('DS-5', 'DISCIPLINE', 12, 'Menjadi anggota dan/atau pengurus partai politik',
 'Being a member or officer of a political party', 'DISMISSAL', 'UU 5/2014 Pasal 87 ayat (4) huruf c (PTDH)', false, null),
('DS-6', 'DISCIPLINE', 13, 'Mengunggah, mengomentari, membagikan, menyukai, atau mengikuti akun/grup pemenangan calon',
 'Posting, commenting, sharing, liking or following a winning-team account or group of a candidate', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', false, null),
('DS-7', 'DISCIPLINE', 14, 'Mengunggah foto bersama calon atau tim pemenangan dengan simbol keberpihakan atau atribut partai ke ruang publik',
 'Publicly posting a photo with a candidate or team showing partisan symbols or party attributes', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', false, null),
('DS-8', 'DISCIPLINE', 15, 'Mengadakan kegiatan yang mengarah pada keberpihakan kepada partai politik atau calon',
 'Holding activities that show partiality towards a party or candidate', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', true,
 'Sumber berbeda: berat menurut Kompas dan NTBSatu, sedang menurut Infosemarang; periksa lampiran SKB'),
('DS-9', 'DISCIPLINE', 16, 'Menjadi tim ahli, tim pemenangan, atau konsultan bakal calon sebelum penetapan peserta',
 'Acting as expert, winning team or consultant of a prospective candidate before the participants are set', 'MEDIUM', 'PP 94/2021 (hukuman disiplin sedang)', false, null),
('DS-10', 'DISCIPLINE', 17, 'Menjadi tim ahli, tim pemenangan, atau konsultan calon setelah penetapan peserta',
 'Acting as expert, winning team or consultant of a candidate after the participants are set', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', false, null),
('DS-11', 'DISCIPLINE', 18, 'Mendukung calon perseorangan dengan surat dukungan atau mengumpulkan fotokopi KTP/Suket',
 'Supporting an independent candidate with a support letter or by collecting ID-card (KTP/Suket) copies', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', false, null),
('DS-12', 'DISCIPLINE', 19, 'Membuat keputusan atau tindakan yang menguntungkan atau merugikan partai politik, calon, atau pasangan calon',
 'Making decisions or taking actions that benefit or harm a party, candidate or candidate pair', 'HEAVY', 'PP 94/2021 (hukuman disiplin berat)', false, null)
) as v (code, kind, sort_order, description, description_en, mapped_level, sanction_basis, level_uncertain, level_note);

-- Buckets used in published statistics (KASN, BKN, Kemendagri), each mapped to the catalogue forms it counts.
-- The mapping is ours; where no SKB form fits exactly the link is flagged uncertain with a note.
create table reference.violation_category (
    code           varchar(32) primary key,
    name           text        not null,
    name_en        text        not null,
    sort_order     smallint    not null unique,
    source         text        not null,
    source_version text        not null
);

create table reference.violation_category_form (
    category_code varchar(32) not null references reference.violation_category (code),
    form_code     varchar(5)  not null references reference.violation_form (code),
    uncertain     boolean     not null default false,
    note          text,
    primary key (category_code, form_code)
);

insert into reference.violation_category (code, name, name_en, sort_order, source, source_version)
select c.code, c.name, c.name_en, c.sort_order, 'Statistik KASN/BKN/Kemendagri 2019-2024 (DOMAIN.md §3.4, §4)', '2024'
from (values
('KAMPANYE_MEDSOS', 'Kampanye atau sosialisasi di media sosial', 'Campaigning or socialising on social media', 1),
('PENDEKATAN_PARPOL', 'Melakukan pendekatan ke partai politik', 'Approaching a political party', 2),
('ALAT_PERAGA', 'Memasang spanduk atau baliho', 'Banners and billboards', 3),
('DEKLARASI_DIRI', 'Mendeklarasikan diri sebagai bakal calon', 'Declaring own candidacy', 4),
('HADIR_DEKLARASI', 'Menghadiri deklarasi atau kampanye calon', 'Attending declarations or campaign events', 5),
('FOTO_SIMBOL_TANGAN', 'Berfoto bersama calon atau dengan simbol tangan', 'Photos with candidates or partisan hand signs', 6),
('FASILITAS_NEGARA', 'Menggunakan fasilitas negara', 'Use of state facilities', 7),
('GRUP_PERCAKAPAN', 'Bergabung dalam grup percakapan pemenangan', 'Partisan chat groups', 8),
('KEPUTUSAN_MENGUNTUNGKAN', 'Membuat keputusan yang menguntungkan atau merugikan calon', 'Decisions favouring or harming a candidate', 9),
('KEGIATAN_KEBERPIHAKAN', 'Mengadakan kegiatan yang mengarah pada keberpihakan', 'Activities showing partiality', 10),
('IKUT_KAMPANYE', 'Ikut serta dalam kampanye', 'Taking part in a campaign', 11),
('ANGGOTA_PARPOL', 'Menjadi anggota atau pengurus partai politik', 'Membership of a political party', 12),
('TIM_PEMENANGAN', 'Menjadi tim pemenangan atau konsultan calon', 'Winning team or consultant of a candidate', 13),
('DUKUNGAN_KTP', 'Memberi surat dukungan atau mengumpulkan KTP untuk calon perseorangan', 'Support letters or ID copies for an independent candidate', 14)
) as c (code, name, name_en, sort_order);

insert into reference.violation_category_form (category_code, form_code, uncertain, note) values
('KAMPANYE_MEDSOS', 'KE-2', false, null),
('KAMPANYE_MEDSOS', 'KE-4', false, null),
('KAMPANYE_MEDSOS', 'DS-2', false, null),
('KAMPANYE_MEDSOS', 'DS-6', false, null),
('PENDEKATAN_PARPOL', 'DS-3', false, null),
('ALAT_PERAGA', 'KE-1', false, null),
('ALAT_PERAGA', 'DS-1', false, null),
('DEKLARASI_DIRI', 'DS-3', true, 'Tidak ada bentuk SKB khusus; yang terdekat adalah DS-3 (pendekatan sebagai bakal calon)'),
('HADIR_DEKLARASI', 'KE-3', false, null),
('HADIR_DEKLARASI', 'KE-7', false, null),
('HADIR_DEKLARASI', 'DS-4', false, null),
('FOTO_SIMBOL_TANGAN', 'KE-5', false, null),
('FOTO_SIMBOL_TANGAN', 'DS-7', false, null),
('FASILITAS_NEGARA', 'DS-8', true, 'Tidak ada bentuk SKB khusus; dasar larangannya PP 94/2021 Pasal 5 huruf n angka 4'),
('FASILITAS_NEGARA', 'DS-12', true, 'Tidak ada bentuk SKB khusus; dasar larangannya PP 94/2021 Pasal 5 huruf n angka 4'),
('GRUP_PERCAKAPAN', 'KE-4', false, null),
('GRUP_PERCAKAPAN', 'DS-6', false, null),
('KEPUTUSAN_MENGUNTUNGKAN', 'DS-12', false, null),
('KEGIATAN_KEBERPIHAKAN', 'DS-8', false, null),
('IKUT_KAMPANYE', 'KE-6', false, null),
('IKUT_KAMPANYE', 'DS-4', false, null),
('ANGGOTA_PARPOL', 'DS-5', false, null),
('TIM_PEMENANGAN', 'DS-9', false, null),
('TIM_PEMENANGAN', 'DS-10', false, null),
('DUKUNGAN_KTP', 'DS-11', false, null);
