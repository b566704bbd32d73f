-- Duplicate search by nearest neighbours (issue 8). The trigram GIN index answered "which reports are at least this
-- similar?" over the whole table: with templated descriptions thousands of reports qualify, and every one was
-- rechecked, so each search cost more as the table grew (2.3 s at 100,000 reports, bench/RESULTS.md).
-- This GiST index answers "the nearest descriptions among reports of the same election and region that happened
-- around the same day" (ORDER BY description <-> ... LIMIT n): the scalar columns bound the part of the tree visited,
-- and the leaf entries hold each description's trigrams, so no heap row is read or re-split into trigrams to rank it.
-- btree_gist lets a GiST index hold the scalar columns; like pg_trgm it is a trusted extension of PostgreSQL.
create extension if not exists btree_gist;

create index report_duplicate_neighbour_idx on intake.report
    using gist (election_code, region_code, occurred_on, description gist_trgm_ops);

-- Only the duplicate search used the GIN index; keeping it would cost every report insert for nothing.
drop index intake.report_description_trgm_idx;
