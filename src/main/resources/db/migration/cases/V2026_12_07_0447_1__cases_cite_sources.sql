-- Version 1 of the deadline policy ended each source with a pointer to the project's research notes
-- (a section number of a note); the sources before it already name the regulation or publication. Only that pointer is
-- removed: amounts, units and dates stay, so the append-only rule is paused for this one correction of a citation.
alter table cases.deadline_policy disable trigger deadline_policy_append_only;

update cases.deadline_policy
   set source = regexp_replace(source, '\s*DOMAIN\.md( §[0-9.]+,?)*', '', 'g')
 where source like '%DOMAIN_md%';

alter table cases.deadline_policy enable trigger deadline_policy_append_only;
