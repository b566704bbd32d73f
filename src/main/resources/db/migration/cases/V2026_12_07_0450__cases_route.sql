-- The route of a case (issue 9 item 7): BAWASLU_FIRST (Bawaslu studies, then forwards to KASN or BKN) or
-- SATGAS_FIRST (a report entered through BKN's SBT in the BKN era: the Satgas verifies first, then Bawaslu studies).
-- Every case opened before this release took the Bawaslu-first route.
alter table cases.case_file
    add column route varchar(16) not null default 'BAWASLU_FIRST' check (route in ('BAWASLU_FIRST', 'SATGAS_FIRST'));
