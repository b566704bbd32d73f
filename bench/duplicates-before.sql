-- SPDX-License-Identifier: AGPL-3.0-or-later
-- pgbench script for bench/duplicates.sh: the duplicate search for one report as DuplicateDetector did it before
-- issue 8 (same NIP, same person, same evidence, then similar text through the trigram GIN index over the whole
-- table, sequential scans off). :size is the number of reports loaded, :threshold the similarity threshold.
\set i random(1, :size)
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
select set_config('pg_trgm.similarity_threshold', :threshold::text, true), set_config('enable_seqscan', 'off', true);
select o.id, similarity(o.description, r.description) as similarity
  from intake.report r join intake.report o on o.description % r.description and o.id <> r.id
 where r.id = md5('r' || :i::text)::uuid order by similarity desc limit 20;
commit;
