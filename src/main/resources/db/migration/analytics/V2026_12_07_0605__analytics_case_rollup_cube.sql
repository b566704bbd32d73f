-- Small rollups for the dashboard panels (issue 12). The fine rollup (analytics.case_rollup) keeps about one case per
-- cell on evenly spread cases, so summing it costs as much as counting the cases. Each grain here keeps only the
-- election, at most a province, position class and category, and the one or two columns a panel groups by; the
-- columns a grain does not keep are null. A panel reads the smallest grain that has every column its filter and
-- grouping need, and the fine rollup only when none has (a filter on agency, regency, dates, employment).
-- Kept in the same transaction as the fine rollup, from the same deltas; repaired by the same recount.
create table analytics.case_rollup_cube (
    grain           smallint    not null,  -- which grain (id.netra.analytics.rollup.RollupCube)
    election_code   varchar(40),
    province_code   varchar(20),
    position_class  varchar(40),
    category_code   varchar(32),
    week            date,
    phase           varchar(20),
    region_code     varchar(20),
    agency_code     varchar(60),
    violation_code  varchar(10),
    area_head       boolean,
    employment_type varchar(10),
    funnel          smallint,
    sanction_level  varchar(20),
    outcome         varchar(40),
    decision_days   integer,
    cases           integer     not null,
    -- its index serves the reads too: grain first, then the filters the dashboard uses most
    constraint case_rollup_cube_uk unique nulls not distinct (grain, election_code, province_code, position_class,
        category_code, week, phase, region_code, agency_code, violation_code, area_head, employment_type, funnel,
        sanction_level, outcome, decision_days)
);
