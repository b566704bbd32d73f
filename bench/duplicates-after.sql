-- SPDX-License-Identifier: AGPL-3.0-or-later
-- pgbench script for bench/duplicates.sh: the duplicate search for one report as DuplicateDetector does it since
-- issue 8: the same NIP, person and evidence look-ups, then the nearest descriptions among reports of the same
-- election and region received within :days days, narrowed to the :window_reports received closest before and after
-- (DuplicateDetector.SIMILAR_TEXT), answered by the GiST index report_duplicate_neighbour_idx (bitmap and sequential
-- scans, sorts and JIT off, as in the detector).
\set i random(1, :reports)
begin;
select distinct o.report_id from intake.reported_person p
  join intake.reported_person o on o.nip = p.nip and o.report_id <> p.report_id
 where p.report_id = md5('r' || :i::text)::uuid and p.nip is not null limit 20;
select distinct o.report_id from intake.reported_person p
  join intake.report r on r.id = p.report_id
  join intake.reported_person o on o.normalised_name = p.normalised_name and o.report_id <> p.report_id
       and (o.agency_code = p.agency_code
            or (o.agency_code is null and p.agency_code is null and lower(o.agency_name) = lower(p.agency_name)))
  join intake.report other on other.id = o.report_id and other.election_code = r.election_code
 where p.report_id = md5('r' || :i::text)::uuid and p.normalised_name <> '' limit 20;
select distinct o.report_id from intake.evidence_file e
  join intake.evidence_file o on o.report_id <> e.report_id
       and (o.sha256_original = e.sha256_original or o.sha256_stored = e.sha256_stored)
 where e.report_id = md5('r' || :i::text)::uuid limit 20;
select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
       set_config('enable_sort', 'off', true), set_config('jit', 'off', true);
select n.id, n.similarity from intake.report r
 cross join lateral (
       select coalesce((select o.created_at from intake.report o
                         where o.election_code = r.election_code and o.region_code = r.region_code
                           and o.created_at < r.created_at
                           and o.created_at >= r.created_at - make_interval(days => :days::int)
                         order by o.created_at desc offset :window_reports::int - 1 limit 1),
                       r.created_at - make_interval(days => :days::int)) as earliest,
              coalesce((select o.created_at from intake.report o
                         where o.election_code = r.election_code and o.region_code = r.region_code
                           and o.created_at > r.created_at
                           and o.created_at <= r.created_at + make_interval(days => :days::int)
                         order by o.created_at offset :window_reports::int - 1 limit 1),
                       r.created_at + make_interval(days => :days::int)) as latest) w
 cross join lateral (
       select o.id, similarity(o.description, r.description) as similarity from intake.report o
        where o.election_code = r.election_code and o.region_code = r.region_code
          and o.created_at between w.earliest and w.latest and o.id <> r.id
        order by o.description <-> r.description limit 20) n
 where r.id = md5('r' || :i::text)::uuid and n.similarity >= :threshold::real;
commit;
