-- The duplicate search of report :id (DuplicateDetector), in one statement and so one round trip: one row per reason
-- and other report, at most :max per reason. bench/duplicates.sh times this very file.
--   SAME_NIP       a reported person with the same NIP
--   SAME_PERSON    the same normalised name and agency, in the same election
--   SAME_EVIDENCE  an evidence file with the same SHA-256 (as uploaded or as stored)
--   SIMILAR_TEXT   the nearest descriptions, trigram similarity >= :threshold, among reports of the same election
--                  and region received within :days days, and of those at most the :reports received closest
--                  before and as many after (w), so that neither the table nor a flood makes the search longer.
--                  The GiST index report_duplicate_neighbour_idx ranks them (order by <->) from its leaf entries.
select 'SAME_NIP' as reason, x.report_id as id, null::real as similarity from (
       select distinct o.report_id from intake.reported_person p
         join intake.reported_person o on o.nip = p.nip and o.report_id <> p.report_id
        where p.report_id = :id and p.nip is not null limit :max) x
union all
select 'SAME_PERSON', x.report_id, null from (
       select distinct o.report_id from intake.reported_person p
         join intake.report r on r.id = p.report_id
         join intake.reported_person o on o.normalised_name = p.normalised_name and o.report_id <> p.report_id
              and (o.agency_code = p.agency_code
                   or (o.agency_code is null and p.agency_code is null
                       and lower(o.agency_name) = lower(p.agency_name)))
         join intake.report other on other.id = o.report_id and other.election_code = r.election_code
        where p.report_id = :id and p.normalised_name <> '' limit :max) x
union all
select 'SAME_EVIDENCE', x.report_id, null from (
       select distinct o.report_id from intake.evidence_file e
         join intake.evidence_file o on o.report_id <> e.report_id
              and (o.sha256_original = e.sha256_original or o.sha256_stored = e.sha256_stored)
        where e.report_id = :id limit :max) x
union all
select 'SIMILAR_TEXT', n.id, n.similarity from intake.report r
 cross join lateral (
       select coalesce((select o.created_at from intake.report o
                         where o.election_code = r.election_code and o.region_code = r.region_code
                           and o.created_at < r.created_at
                           and o.created_at >= r.created_at - make_interval(days => :days)
                         order by o.created_at desc offset :reports - 1 limit 1),
                       r.created_at - make_interval(days => :days)) as earliest,
              coalesce((select o.created_at from intake.report o
                         where o.election_code = r.election_code and o.region_code = r.region_code
                           and o.created_at > r.created_at
                           and o.created_at <= r.created_at + make_interval(days => :days)
                         order by o.created_at offset :reports - 1 limit 1),
                       r.created_at + make_interval(days => :days)) as latest) w
 cross join lateral (
       select o.id, similarity(o.description, r.description) as similarity from intake.report o
        where o.election_code = r.election_code and o.region_code = r.region_code
          and o.created_at between w.earliest and w.latest and o.id <> r.id
        order by o.description <-> r.description limit :max) n
 where r.id = :id and n.similarity >= :threshold
