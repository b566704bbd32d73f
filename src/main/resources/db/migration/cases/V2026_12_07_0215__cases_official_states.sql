-- States of the official vocabularies (issue 9): NEEDS_INFO remembers where it was asked from; stop, reject and
-- cancel carry a coded reason beside the free text, so that outcomes can be counted.
alter table cases.case_file
    add column needs_info_from varchar(30),
    add column outcome_reason  varchar(40);
