-- SPDX-License-Identifier: AGPL-3.0-or-later
-- pgbench script for bench/duplicates.sh: the start of the duplicate search for one report as DuplicateDetector does
-- it since issue 8. bench/duplicates.sh appends the search itself, read from the file the application reads
-- (src/main/resources/id/netra/intake/duplicates/duplicate-search.sql), so that the benchmark times the shipped query.
-- :size is the number of reports loaded; :max, :days, :reports and :threshold are the detector's parameters.
\set i random(1, :size)
begin;
select md5('r' || :i::text) as id \gset
-- DuplicateDetector.STEER: keep the planner on the GiST index for this transaction
select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
       set_config('enable_sort', 'off', true), set_config('jit', 'off', true);
