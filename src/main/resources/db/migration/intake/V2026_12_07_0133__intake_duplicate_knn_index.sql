-- Duplicate search by nearest neighbours (issue 8). The trigram GIN index answered "which reports are at least this
-- similar?" over the whole table: with templated descriptions thousands of reports qualify, and every one was
-- rechecked, so each search cost more as the table grew (2.3 s at 100,000 reports, bench/RESULTS.md).
-- This GiST index answers "the nearest descriptions among reports of the same election and region received around
-- the same time" (ORDER BY description <-> ... LIMIT n): the scalar columns bound the part of the tree visited, and
-- the leaf entries hold each description's trigrams, so no table row is read or split into trigrams to rank it.
-- btree_gist lets a GiST index hold the scalar columns; like pg_trgm it is a trusted extension of PostgreSQL.
create extension if not exists btree_gist;

create index report_duplicate_neighbour_idx on intake.report
    using gist (election_code, region_code, created_at, description gist_trgm_ops);

-- Finds the edges of the time window when a flood of reports would make it too large (DuplicateDetector), and
-- serves the handlers' election and region filters as the (election_code, region_code) index did.
create index report_election_region_received_idx on intake.report (election_code, region_code, created_at);
drop index intake.report_election_region_idx;

-- Only the duplicate search used the GIN index; keeping it would cost every report insert for nothing.
drop index intake.report_description_trgm_idx;
