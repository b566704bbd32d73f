-- The design a survey's results page uses: the columns of weights, strata, clusters and fpc, as the estimate API
-- takes them ({"weights":"w","strata":"prov","clusters":"region","nest":true,"lonelyPsu":"fail"}); null = each
-- respondent its own PSU with equal weights.
alter table survey.survey add column design jsonb;
