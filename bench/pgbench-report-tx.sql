-- pgbench script for bench/intake.sh: the database work of one anonymous report as Netra does it today (see the
-- pg_stat_statements listing the benchmark prints): BEGIN, report, reported person, receipt, COMMIT, into copies of
-- the intake tables (same columns, indexes incl. the trigram index, and the two foreign keys) in schema netra_bench.
-- It tells how far the schema itself, not the Java tier, limits reports/s.
\set n random(1, 4611686018427387903)
\set a random(1, 10)
\set p random(1, 8)
\set f random(1, 22)
begin;
insert into netra_bench.report (channel, created_at, created_by, description, election_code, external_id, merged_into,
    occurred_on, place, region_code, reporter_mode, source_system, status, updated_at, version, violation_code, id)
values ('PUBLIC_API', now(), 'anonymous',
    'Seorang ASN bernama ' || (array['Agus','Budi','Citra','Dewi','Eko','Fitri','Gilang','Hendra','Indah','Joko','Kartika',
        'Lukman','Maya','Nur','Oki','Putri','Rahmat','Sari','Taufik','Umi','Wahyu','Yanti'])[:f] || ' '
    || (array['memasang foto bersama pasangan calon di status WhatsApp',
        'menghadiri kampanye pasangan calon nomor urut dua dengan seragam dinas',
        'membagikan stiker pasangan calon kepada warga di balai desa',
        'mengunggah ajakan memilih calon bupati di Facebook pribadinya',
        'memberi sambutan pada deklarasi relawan pasangan calon',
        'mengarahkan guru honorer untuk hadir di acara tim pemenangan',
        'memakai atribut partai saat apel pagi di kantor kecamatan',
        'mengumpulkan fotokopi KTP warga untuk dukungan calon perseorangan',
        'membuat grup WhatsApp pegawai untuk menyebarkan materi kampanye',
        'menjanjikan bantuan sosial bila warga memilih calon tertentu'])[:a] || ' '
    || (array['di Desa Sukajadi','di Pasar Labuan','di Alun-alun Pandeglang','di kantor kecamatan',
        'di lapangan Desa Cigeulis','di rumah makan dekat terminal','di aula sekolah','di masjid agung'])[:p]
    || ' pada pagi hari. Beberapa warga melihat kejadian itu. Laporan ke-' || :client_id || '-' || :n || '.',
    'PILKADA-2024', null, null, date '2024-10-01', null, '36.01', 'ANONYMOUS', null, 'RECEIVED', now(), 0, 'DS-2',
    md5(:n || '-' || :client_id)::uuid);
insert into netra_bench.reported_person (agency_code, agency_name, name, nip, normalised_name, position,
    position_class, position_title, report_id, id)
values (null, 'Dinas Pendidikan Kabupaten Pandeglang', 'Budi Santoso ' || :f, null, 'budi santoso ' || :f, 0,
    'FUNGSIONAL', null, md5(:n || '-' || :client_id)::uuid, md5('p' || :n || '-' || :client_id)::uuid);
insert into netra_bench.receipt (report_id, lookup_tag, tag_key_id, hash, created_at)
values (md5(:n || '-' || :client_id)::uuid, md5('t' || :n || '-' || :client_id) || md5('u' || :n || '-' || :client_id),
    '1', '{pbkdf2}' || md5('h' || :n) || md5('i' || :n) || md5('j' || :n), now());
commit;
