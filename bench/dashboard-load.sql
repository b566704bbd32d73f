-- Steps of bench/dashboard.sh (issue 12) after the synthetic cases were copied into cases.case_file (COPY, written by
-- id.netra.analytics.bench.DashboardBenchmark with a fixed seed, channel 'BENCH'). SYNTHETIC: never real people.

-- the one category of each case (its form's default, as the migration of issue 9 chose them): worked out once per
-- form, then joined, rather than looked up once per case
create temporary table bench_form_category as
select f.code as form_code,
       (select m.category_code from reference.violation_category_form m
          join reference.violation_category vc on vc.code = m.category_code
         where m.form_code = f.code order by m.uncertain, vc.sort_order limit 1) as category_code
from reference.violation_form f;

insert into cases.case_category (case_id, taxonomy, category_code, chosen_by, chosen_at)
select c.id, 'KASN-BKN-2019-2024', d.category_code, 'bench', now()
from cases.case_file c
join bench_form_category d on d.form_code = c.violation_code and d.category_code is not null
where c.channel = 'BENCH';

-- forwarded cases carry their FORWARD step, as the workflow writes it
insert into cases.case_transition (case_id, from_state, to_state, action, actor, at)
select id, 'RECEIVED', 'FORWARDED', 'FORWARD', 'bench', opened_at + interval '1 day'
from cases.case_file where channel = 'BENCH' and state not in ('RECEIVED', 'STOPPED', 'NOT_A_VIOLATION');

analyze cases.case_file;
analyze cases.case_category;
analyze cases.case_transition;
