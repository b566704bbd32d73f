-- Every case change adds to a few cube rows: an update of the "cases" column only. With room left on each page the
-- new row version stays on the same page and the 16-column unique index is not touched (a heap-only update); full
-- pages made every such update write a new index entry too. Applies to pages written from now on.
alter table analytics.case_rollup_cube set (fillfactor = 70);
