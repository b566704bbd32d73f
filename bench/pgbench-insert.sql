-- pgbench script for bench/intake.sh: one single-row insert per transaction into a scratch table about as wide as
-- an intake report row (uuid key, a few short and one longer text column, timestamptz), no secondary index.
\set n random(1, 1000000000)
insert into netra_bench.insert_probe (id, election_code, region_code, name, description, created_at)
values (gen_random_uuid(), 'PILKADA-2024', '36.01', 'Nama Pegawai ' || :n,
        'Seorang ASN memasang foto bersama pasangan calon di status WhatsApp di Desa Sukajadi pada pagi hari. '
        || 'Beberapa warga melihat kejadian itu. Laporan ke-' || :n || '.', now());
