-- How a report's handling ended, for the reporter's status page: the kind of ending and, for a sanction, its level
-- only (never names of officials or decree numbers). Filled by the cases module once every case of the report ended.
alter table intake.report add column outcome varchar(40);
alter table intake.report add column outcome_level varchar(20);
