-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Loads reports :from..:to (of :reports in all) as synthetic reports (one reported person each) into the intake tables for bench/duplicates.sh, in one
-- INSERT ... SELECT from generate_series per table: 100,000 reports take seconds, not the minutes of the HTTP path.
-- The descriptions come from the same vocabulary as bench/intake-report.lua (templated, so that many really are
-- similar: the hard case for trigram search), the names from the same lists.
--   :shape 'spread'  80 % PILKADA-2024, 20 % PEMILU-2024; 40 regencies, skewed (the first holds about 30 %), arrivals
--                    over 120 days, each event 0-6 days before its report: a season of reports
--   :shape 'flood'   every report in PILKADA-2024, regency 36.01, within 14 days: the worst case for a search
--                    bounded by election, region and time
-- Report i has id md5('r' || i)::uuid, so bench/duplicates-*.sql can pick one with \set i random(1, :reports). Arrival
-- times grow with i over the whole season, so loading 1..10,000 first gives the first weeks of it.

create temporary table vocabulary as
select array['Agus','Budi','Citra','Dewi','Eko','Fitri','Gilang','Hendra','Indah','Joko','Kartika','Lukman','Maya',
             'Nur','Oki','Putri','Rahmat','Sari','Taufik','Umi','Wahyu','Yanti'] as first_names,
       array['Santoso','Wijaya','Lestari','Saputra','Hidayat','Kurniawan','Rahayu','Pratama','Nugroho','Siregar',
             'Simanjuntak','Harahap','Setiawan','Susanti','Permana','Gunawan','Utami','Firmansyah'] as last_names,
       array['Dinas Pendidikan','Dinas Kesehatan','Kecamatan Labuan','Kecamatan Carita','Sekretariat Daerah','BPBD',
             'Dinas Pekerjaan Umum','Puskesmas Menes','SDN 2 Cibaliung','SMPN 1 Panimbang'] as agencies,
       array['memasang foto bersama pasangan calon di status WhatsApp',
             'menghadiri kampanye pasangan calon nomor urut dua dengan seragam dinas',
             'membagikan stiker pasangan calon kepada warga di balai desa',
             'mengunggah ajakan memilih calon bupati di Facebook pribadinya',
             'memberi sambutan pada deklarasi relawan pasangan calon',
             'mengarahkan guru honorer untuk hadir di acara tim pemenangan',
             'memakai atribut partai saat apel pagi di kantor kecamatan',
             'mengumpulkan fotokopi KTP warga untuk dukungan calon perseorangan',
             'membuat grup WhatsApp pegawai untuk menyebarkan materi kampanye',
             'menjanjikan bantuan sosial bila warga memilih calon tertentu'] as acts,
       array['di Desa Sukajadi','di Pasar Labuan','di Alun-alun Pandeglang','di kantor kecamatan',
             'di lapangan Desa Cigeulis','di rumah makan dekat terminal','di aula sekolah','di masjid agung'] as places,
       array['pagi hari','siang hari','sore hari','malam hari','sekitar pukul sembilan','setelah salat Jumat'] as times,
       array['Beberapa warga melihat kejadian itu.','Saya menyimpan tangkapan layarnya.',
             'Kejadian ini juga direkam oleh warga lain.','Tetangga saya ikut menyaksikan.',
             'Unggahan itu sudah dibagikan puluhan kali.','Saya tidak mengenal orang itu secara pribadi.'] as witnesses,
       array['36.01','36.02','36.03','36.04','36.71','36.72','36.73','36.74','32.01','32.02','32.03','32.04','32.71',
             '32.73','33.01','33.02','33.03','33.74','35.01','35.02','35.07','35.73','31.71','31.72','31.73','31.74',
             '12.01','12.71','16.71','18.71','51.71','52.71','61.71','64.72','73.71','71.71','81.71','91.71','94.71',
             '11.71'] as regions;

create temporary table draw as
select i,
       (random() * 21)::int + 1 as f, (random() * 17)::int + 1 as l, (random() * 9)::int + 1 as ag,
       (random() * 9)::int + 1 as a, (random() * 7)::int + 1 as p, (random() * 5)::int + 1 as t,
       (random() * 5)::int + 1 as w,
       case when :'shape' = 'flood' then 1 else least(40, 1 + floor(40 * power(random(), 3))::int) end as region,
       case when :'shape' = 'flood' or random() < 0.8 then 'PILKADA-2024' else 'PEMILU-2024' end as election,
       timestamptz '2024-09-01 00:00+07'
           + (i::double precision / :reports) * (case when :'shape' = 'flood' then 14 else 120 end) * interval '1 day'
           as created_at,
       (random() * 6)::int as days_before
  from generate_series(:from, :to) as i;

insert into intake.report (id, channel, election_code, region_code, violation_code, occurred_on, place, description,
                           status, reporter_mode, created_at, created_by, updated_at, version)
select md5('r' || d.i)::uuid, 'PUBLIC_API', d.election, v.regions[d.region], 'DS-2',
       (d.created_at - d.days_before * interval '1 day')::date, null,
       'Seorang ASN bernama ' || v.first_names[d.f] || ' ' || v.last_names[d.l] || ' ' || v.acts[d.a] || ' '
           || v.places[d.p] || ' pada ' || v.times[d.t] || '. ' || v.witnesses[d.w] || ' Laporan ke-' || d.i || '.',
       'RECEIVED', 'ANONYMOUS', d.created_at, 'anonymous', d.created_at, 0
  from draw d cross join vocabulary v;

insert into intake.reported_person (id, report_id, position, name, normalised_name, nip, agency_code, agency_name,
                                    position_class)
select md5('p' || d.i)::uuid, md5('r' || d.i)::uuid, 0, v.first_names[d.f] || ' ' || v.last_names[d.l],
       lower(v.first_names[d.f] || ' ' || v.last_names[d.l]),
       -- one person in twenty with a NIP, drawn from a small pool so that some repeat
       case when d.i % 20 = 0 then '19800101' || lpad(((d.i * 7919) % 5000)::text, 10, '0') end,
       null, v.agencies[d.ag], 'FUNGSIONAL'
  from draw d cross join vocabulary v;

analyze intake.report;
analyze intake.reported_person;
