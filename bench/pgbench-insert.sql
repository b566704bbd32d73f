-- pgbench custom script for bench/intake.sh: one single-row insert per transaction into a scratch table.
\set n random(1, 1000000)
insert into bench_scratch.insert_target (payload) values ('reference insert ' || :n);
