-- Who reprimanded the PPK (issue 9): BKN, Kemendagri (regional-head PPKs, PP 12/2017) or KemenPANRB (central agencies).
alter table cases.case_file add column reprimanded_by varchar(12);
