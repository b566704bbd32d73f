-- Synthetic cases for bench/dashboard.sh (issue 12): :n cases spread over three elections, every regency and
-- city, the SKB 2022 forms and the position classes, skewed roughly as the published shares are (most cases
-- functional or staff, social media first). SYNTHETIC: generated here, never real people. The placeholder __N__ is
-- replaced by the number of cases.
select setseed(0.20261207);

create temporary table bench_regency as
select row_number() over (order by code) as i, code,
       case when regency_kind = 'KOTA' then 'PEMKOT-' else 'PEMKAB-' end || code as agency
from reference.region where level = 'REGENCY';

create temporary table bench_form as
select row_number() over (order by sort_order) as i, code from reference.violation_form;

insert into cases.case_file (report_id, person_id, election_code, region_code, person_name, agency_code,
                             position_class, violation_code, occurred_on, channel, state, opened_at, updated_at,
                             recommended_on, decided_on, sanction_level, outcome_reason, employment_type, area_head)
select gen_random_uuid(), gen_random_uuid(), e.code, r.code, 'ASN Sintetis ' || g,
       case when random() < 0.9 then r.agency else (array['BKN', 'KEMENDAGRI', 'KEMENAG', 'KEMENDIKBUDRISTEK'])[1 + floor(random() * 4)::int] end,
       (array['FUNGSIONAL', 'FUNGSIONAL', 'FUNGSIONAL', 'PELAKSANA', 'PELAKSANA', 'ADMINISTRATOR', 'PENGAWAS',
              'JPT_PRATAMA', 'JPT_PRATAMA', 'JPT_MADYA'])[1 + floor(random() * 10)::int],
       f.code, (opened - (floor(random() * 7)::int)), 'BENCH', s.state,
       opened::timestamp at time zone 'Asia/Jakarta' + interval '10 hours', now(),
       case when s.step >= 2 then opened + 10 end,
       case when s.step >= 3 then opened + 10 + floor(random() * 40)::int end,
       case when s.step >= 3 then (array['MORAL', 'LIGHT', 'MEDIUM', 'MEDIUM', 'HEAVY'])[1 + floor(random() * 5)::int] end,
       case when s.state = 'STOPPED' then 'REPORTING_WINDOW_PASSED' end,
       (array['PNS', 'PNS', 'PNS', 'PNS', 'PNS', 'PNS', 'PNS', 'PPPK', 'CPNS', null])[1 + floor(random() * 10)::int],
       random() < 0.07
from generate_series(1, __N__) g
cross join lateral (select (array['PILKADA-2024', 'PILKADA-2024', 'PILKADA-2024', 'PEMILU-2024', 'PEMILU-2024', 'PILKADA-2020'])[1 + floor(random() * 6 + g * 0)::int] as code) e
cross join lateral (select voting_day from reference.election where code = e.code) v
cross join lateral (select v.voting_day - floor(random() * 180)::int as opened) d
cross join lateral (select code, agency from bench_regency where i = 1 + floor(random() * (select count(*) from bench_regency) + g * 0)::int) r
cross join lateral (select code from bench_form where i = 1 + floor(least(random(), random()) * (select count(*) from bench_form) + g * 0)::int) f
cross join lateral (select (array['RECEIVED', 'STOPPED', 'NOT_A_VIOLATION', 'FORWARDED', 'UNDER_VERIFICATION', 'NOT_PROVEN',
                                  'RECOMMENDED', 'RECOMMENDED', 'SANCTIONED', 'SANCTIONED'])[k] as state,
                           (array[0, 0, 0, 1, 1, 1, 2, 2, 3, 3])[k] as step
                    from (select 1 + floor(random() * 10 + g * 0)::int as k) pick) s;

-- the one category of each case (its form's default, as the migration of issue 9 chose them)
insert into cases.case_category (case_id, taxonomy, category_code, chosen_by, chosen_at)
select c.id, 'KASN-BKN-2019-2024', d.category_code, 'bench', now()
from cases.case_file c
join lateral (select m.category_code from reference.violation_category_form m
              join reference.violation_category vc on vc.code = m.category_code
              where m.form_code = c.violation_code order by m.uncertain, vc.sort_order limit 1) d on true
where c.channel = 'BENCH';

-- forwarded cases carry their FORWARD step, as the workflow writes it
insert into cases.case_transition (case_id, from_state, to_state, action, actor, at)
select id, 'RECEIVED', 'FORWARDED', 'FORWARD', 'bench', opened_at + interval '1 day'
from cases.case_file where channel = 'BENCH' and state not in ('RECEIVED', 'STOPPED', 'NOT_A_VIOLATION');

analyze cases.case_file;
analyze cases.case_category;
analyze cases.case_transition;
