-- The same-person duplicate check (issue 8) looks up every earlier report naming a person of the same normalised name
-- and compares agencies. With only (normalised_name, agency_code) in the index, every match meant reading its table
-- row for the agency name and the report id: at 100,000 reports a common name cost hundreds of random reads. With
-- both carried in the index the check is answered from the index alone (an index-only scan).
create index reported_person_name_lookup_idx on intake.reported_person (normalised_name, agency_code)
    include (report_id, agency_name);

drop index intake.reported_person_name_agency_idx;
