#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Duplicate-search benchmark (issue 8): how long the duplicate search of one report takes at 10,000 and at 100,000
# stored reports, the search before issue 8 (trigram GIN index over the whole table) against the one since (nearest
# neighbours in the same election, region and time window, GiST index), in the same run on the same data. The real
# intake migrations build the tables; the reports are loaded by SQL (bench/duplicates-load.sql). See bench/README.md.
#
#   bash bench/duplicates.sh                                # spread and flood shapes, 20 s per measurement
#   BENCH_DUP_SHAPES=spread BENCH_DUP_DURATION=10 bash bench/duplicates.sh
#
# Exit status: 0 when the run was valid (whatever the figures), 1 when something could not be set up.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

REPORTS=${BENCH_DUP_REPORTS:-100000}      # the final table size
SMALL=${BENCH_DUP_SMALL:-10000}           # the first size measured, to show how each search grows
SHAPES=${BENCH_DUP_SHAPES:-spread flood}  # see bench/duplicates-load.sql
DURATION=${BENCH_DUP_DURATION:-20}        # seconds of each pgbench measurement
SAMPLES=${BENCH_DUP_SAMPLES:-20}          # reports whose results are compared with a brute-force search
CPU_BEFORE=${BENCH_DUP_CPU_BEFORE:-10}    # searches run to measure PostgreSQL's CPU per search, before and after
CPU_AFTER=${BENCH_DUP_CPU_AFTER:-200}
DAYS=${BENCH_DUP_DAYS:-30}                # netra.intake.duplicate-window-days
WINDOW_REPORTS=${BENCH_DUP_WINDOW_REPORTS:-500}  # netra.intake.duplicate-window-reports
THRESHOLD=${BENCH_DUP_THRESHOLD:-0.6}     # netra.intake.duplicate-similarity
PG_PORT=${BENCH_DUP_PG_PORT:-55496}
GOAL_MS=20

log() { printf '[duplicates %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for n in "$REPORTS" "$SMALL" "$DURATION" "$SAMPLES" "$DAYS" "$WINDOW_REPORTS" "$PG_PORT"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
[ "$SMALL" -lt "$REPORTS" ] || die "BENCH_DUP_SMALL must be below BENCH_DUP_REPORTS"

exec 9>/tmp/netra-bench-duplicates.lock
flock -n 9 || die "another bench/duplicates.sh run holds /tmp/netra-bench-duplicates.lock"

runas_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PG_BIN=$(pg_bin)
[ -n "$PG_BIN" ] || die "no PostgreSQL server found (Debian: apt-get install postgresql)"
command -v pgbench >/dev/null || die "pgbench missing (Debian: apt-get install postgresql-client)"
for old in /tmp/netra-bench-dup.*; do   # leftovers of a killed run (the lock says none is active)
  [ -d "$old" ] || continue
  [ -f "$old/pg/postmaster.pid" ] && runas_postgres "$PG_BIN/pg_ctl -D $old/pg -m immediate -w -t 30 stop" >/dev/null 2>&1
  rm -rf "$old"
done

TMP=$(mktemp -d /tmp/netra-bench-dup.XXXXXX)
chmod 755 "$TMP"
PG_STARTED=0
cleanup() {
  local status=$?
  set +e
  [ "$PG_STARTED" = 1 ] && runas_postgres "$PG_BIN/pg_ctl -D $TMP/pg -m fast -w -t 60 stop" >/dev/null 2>&1
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ss -Htln "sport = :$PG_PORT" | grep -q . && die "port $PG_PORT is taken; set BENCH_DUP_PG_PORT"
mkdir "$TMP/pg" "$TMP/sock"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$TMP/pg" "$TMP/sock"
runas_postgres "$PG_BIN/initdb -D $TMP/pg -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$TMP/initdb.log" 2>&1 \
  || { cat "$TMP/initdb.log" >&2; die "initdb failed"; }
touch "$TMP/pg.log"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$TMP/pg.log"
# The same durable settings as bench/intake.sh (the search itself only reads).
runas_postgres "$PG_BIN/pg_ctl -D $TMP/pg -l $TMP/pg.log -w -t 60 start -o \"-p $PG_PORT -k $TMP/sock \
    -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on\"" >/dev/null \
  || { tail -n 20 "$TMP/pg.log" >&2; die "PostgreSQL did not start"; }
PG_STARTED=1
psql_db() { local db=$1; shift; psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }

echo "== Netra duplicate-search benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "   machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), throwaway on 127.0.0.1:$PG_PORT; window: received +/- $DAYS days, at most $WINDOW_REPORTS before and after; similarity >= $THRESHOLD"
echo "   pgbench -M prepared -c 1 -T $DURATION per search, a random stored report each time"

# The intake schema as Flyway builds it: module schemas and extensions, then intake's migrations in version order.
MIGRATIONS=(src/main/resources/db/migration/V1_0__module_schemas.sql)
while IFS= read -r f; do MIGRATIONS+=("$f"); done < <(ls src/main/resources/db/migration/intake/V*.sql | sort -V)

# The search since issue 8: the detector's own SQL file, after the steering statement.
SEARCH_SQL=src/main/resources/id/netra/intake/duplicates/duplicate-search.sql
{ cat bench/duplicates-after.sql; grep -v '^--' "$SEARCH_SQL"; echo ';'; echo 'commit;'; } >"$TMP/duplicates-after.sql"

declare -A RESULT CPU
measure() { # measure SHAPE SIZE NAME SCRIPT: one pgbench run; prints and records the mean latency of one search
  local shape=$1 size=$2 name=$3 script=$4 out="$TMP/pgbench-$1-$2-$3.txt" mean
  pgbench -n -M prepared -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 1 -j 1 -T "$DURATION" -r \
    -D size="$size" -D max=20 -D days="$DAYS" -D reports="$WINDOW_REPORTS" -D threshold="$THRESHOLD" -f "$script" "dup_$shape" >"$out" 2>&1 \
    || { cat "$out" >&2; die "pgbench $name failed"; }
  mean=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$out")
  RESULT[$shape,$size,$name]=$mean
  printf '   %-7s %7d reports  %-7s %9.2f ms per report (%s searches, load %s)\n' "$shape" "$size" "$name" "$mean" \
    "$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out")" "$(cut -d' ' -f1 /proc/loadavg)"
  # pgbench's per-statement report: which look-up costs what
  sed -n '/statement latencies/,$p' "$out" | awk '
    $1 !~ /^[0-9.]+$/ { next }
    /select distinct o.report_id from intake.reported_person p$/ { n++; k = (n == 1 ? "same NIP" : "same person") }
    /select distinct o.report_id from intake.evidence_file/ { k = "same evidence" }
    /select o.id, similarity/ { k = "similar text" }
    /select .SAME_NIP./ { k = "all four in one statement" }
    k != "" { line = line sprintf("%s %.2f, ", k, $1); k = "" }
    END { if (line != "") printf "                                     of which %s ms\n", substr(line, 1, length(line) - 2) }'
}

# CPU of the database per search, from /proc: the backend's own CPU time over a series of searches run in one psql
# session. Unlike the latencies above it does not count the time the backend waited for a core, so it stays
# meaningful on a machine that other work keeps busy.
pg_ticks() { # CPU ticks of the cluster: the postmaster with its ended children plus every live process under it
  local pm total child
  pm=$(head -n 1 "$TMP/pg/postmaster.pid")
  total=$(sed 's/^.*) //' "/proc/$pm/stat" | awk '{ print $12 + $13 + $14 + $15 }')
  for child in $(ps -o pid= --ppid "$pm"); do
    total=$((total + $(sed 's/^.*) //' "/proc/$child/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)))
  done
  echo "$total"
}
cpu_per_search() { # cpu_per_search SHAPE SIZE NAME SCRIPT COUNT
  local shape=$1 size=$2 name=$3 script=$4 count=$5 psql_script="$TMP/cpu-$1-$2-$3.sql" k t0 t1
  for k in $(seq 1 "$count"); do
    echo "\\set i $(( (RANDOM * 32768 + RANDOM) % size + 1 ))"
    grep -v '^\\set i random' "$script" \
      | sed "s/^select md5('r' || :i::text) as id \\\\gset/select quote_literal(md5('r' || :i::text)) as id \\\\gset/"
  done >"$psql_script"
  t0=$(pg_ticks)
  psql_db "dup_$shape" -o /dev/null -v size="$size" -v max=20 -v days="$DAYS" -v reports="$WINDOW_REPORTS" \
    -v threshold="$THRESHOLD" -f "$psql_script" || die "psql $name failed"
  sleep 1; t1=$(pg_ticks)
  CPU[$shape,$size,$name]=$(awk -v t="$((t1 - t0))" -v n="$count" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')
  printf '   %-7s %7d reports  %-7s %9s ms of PostgreSQL CPU per search (%d searches)\n' "$shape" "$size" "$name" \
    "${CPU[$shape,$size,$name]}" "$count"
}

compare() { # compare SHAPE SIZE: the new search's results against a brute-force search over the same bound
  local shape=$1 size=$2
  psql_db "dup_$shape" >"$TMP/compare-$shape-$size.txt" <<SQL
create temporary table sample as
  select distinct md5('r' || (1 + floor(random() * $size))::int)::uuid as id from generate_series(1, $SAMPLES);
-- each sampled report's window, computed as DuplicateDetector.SIMILAR_TEXT does
create temporary table win as
  select r.id as sid, r.election_code, r.region_code, r.description, r.created_at,
    coalesce((select o.created_at from intake.report o where o.election_code = r.election_code
               and o.region_code = r.region_code and o.created_at < r.created_at
               and o.created_at >= r.created_at - interval '$DAYS days'
             order by o.created_at desc offset $WINDOW_REPORTS - 1 limit 1), r.created_at - interval '$DAYS days') as earliest,
    coalesce((select o.created_at from intake.report o where o.election_code = r.election_code
               and o.region_code = r.region_code and o.created_at > r.created_at
               and o.created_at <= r.created_at + interval '$DAYS days'
             order by o.created_at offset $WINDOW_REPORTS - 1 limit 1), r.created_at + interval '$DAYS days') as latest
  from sample s join intake.report r on r.id = s.id;
-- exact: every report in the window, similarity computed row by row
create temporary table exact as
  select w.sid, b.id, b.similarity from win w
  cross join lateral (select o.id, similarity(o.description, w.description) as similarity from intake.report o
         where o.election_code = w.election_code and o.region_code = w.region_code and o.id <> w.sid
           and o.created_at between w.earliest and w.latest
           and similarity(o.description, w.description) >= $THRESHOLD
         order by 2 desc limit 20) b;
-- the old search across the whole table: what the window leaves out
begin;
select set_config('pg_trgm.similarity_threshold', '$THRESHOLD', true), set_config('enable_seqscan', 'off', true);
create temporary table global as
  select w.sid, b.id, b.in_window from win w
  cross join lateral (select o.id, (o.election_code = w.election_code and o.region_code = w.region_code
           and o.created_at between w.earliest and w.latest) as in_window
         from intake.report o where o.description % w.description and o.id <> w.sid) b;
commit;
begin;
select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
       set_config('enable_sort', 'off', true), set_config('jit', 'off', true);
create temporary table found as
  select w.sid, n.id, n.similarity from win w
  cross join lateral (select o.id, similarity(o.description, w.description) as similarity from intake.report o
         where o.election_code = w.election_code and o.region_code = w.region_code
           and o.created_at between w.earliest and w.latest and o.id <> w.sid
         order by o.description <-> w.description limit 20) n
  where n.similarity >= $THRESHOLD;
commit;
select (select count(*) from sample), (select count(*) from exact), (select count(*) from found),
       (select count(*) from exact e join found f using (sid, id)),
       -- ties at the 20th place may pick other reports of the same similarity: count those as found too
       (select count(*) from exact e where exists (select 1 from found f where f.sid = e.sid and f.id = e.id)
           or (select count(*) from found f where f.sid = e.sid and f.similarity >= e.similarity) >= 20),
       (select count(*) from global), (select count(*) from global where in_window);
SQL
  IFS='|' read -r samples exact found same same_or_tie global in_bound < <(tail -n 1 "$TMP/compare-$shape-$size.txt")
  printf '   %-7s %7d reports  results: %s reports sampled; brute force within the window finds %s pairs (top 20 each),\n' \
    "$shape" "$size" "$samples" "$exact"
  printf '                                     the index search %s, of them the same %s (%s counting ties at the 20th place);\n' \
    "$found" "$same" "$same_or_tie"
  printf '                                     across the whole table %s pairs reach the threshold, %s within the window\n' \
    "$global" "$in_bound"
}

for shape in $SHAPES; do
  [[ "$shape" =~ ^(spread|flood)$ ]] || die "unknown shape: $shape (spread or flood)"
  log "shape $shape: building the intake schema from the migrations"
  psql_db postgres -c "create database dup_$shape"
  for f in "${MIGRATIONS[@]}"; do psql_db "dup_$shape" -f "$f" >/dev/null; done
  # the index the search before issue 8 used, for the comparison (the migrations drop it)
  psql_db "dup_$shape" -c "create index if not exists report_description_trgm_idx on intake.report
                           using gin (description gin_trgm_ops)"
  from=1
  for size in "$SMALL" "$REPORTS"; do
    log "shape $shape: loading reports $from..$size"
    psql_db "dup_$shape" -v from="$from" -v to="$size" -v reports="$REPORTS" -v shape="$shape" \
      -f bench/duplicates-load.sql >/dev/null
    psql_db "dup_$shape" -c "vacuum analyze intake.report" -c "vacuum analyze intake.reported_person" -c checkpoint
    from=$((size + 1))
    echo "-- $shape, $size reports: $(psql_db "dup_$shape" -c "select count(distinct election_code || region_code) || ' election-regions, the largest holding '
          || max(n) || ' reports; on average ' || round(avg(w)) || ' reports received within $DAYS days of a report in its election-region'
          from (select election_code, region_code, count(*) over (partition by election_code, region_code) as n,
                       count(*) over (partition by election_code, region_code order by created_at
                                      range between '$DAYS days' preceding and '$DAYS days' following) as w
                  from intake.report) x")"
    measure "$shape" "$size" before bench/duplicates-before.sql
    measure "$shape" "$size" after "$TMP/duplicates-after.sql"
    cpu_per_search "$shape" "$size" before bench/duplicates-before.sql "$CPU_BEFORE"
    cpu_per_search "$shape" "$size" after "$TMP/duplicates-after.sql" "$CPU_AFTER"
    compare "$shape" "$size"
  done
done

echo
echo "== Summary (one client; goal < $GOAL_MS ms per report's duplicate search at $REPORTS reports)"
for shape in $SHAPES; do
  b1=${RESULT[$shape,$SMALL,before]}; b2=${RESULT[$shape,$REPORTS,before]}
  a1=${RESULT[$shape,$SMALL,after]}; a2=${RESULT[$shape,$REPORTS,after]}
  cb1=${CPU[$shape,$SMALL,before]}; cb2=${CPU[$shape,$REPORTS,before]}
  ca1=${CPU[$shape,$SMALL,after]}; ca2=${CPU[$shape,$REPORTS,after]}
  printf '   %-7s latency  before %8.2f -> %8.2f ms (x%s for x%s reports)   after %6.2f -> %6.2f ms (x%s)   %s\n' \
    "$shape" "$b1" "$b2" "$(awk -v a="$b1" -v b="$b2" 'BEGIN { printf "%.1f", b / a }')" "$((REPORTS / SMALL))" \
    "$a1" "$a2" "$(awk -v a="$a1" -v b="$a2" 'BEGIN { printf "%.1f", b / a }')" \
    "$(awk -v v="$a2" -v g="$GOAL_MS" 'BEGIN { print (v < g ? "PASS" : "BELOW GOAL") }')"
  printf '   %-7s CPU      before %8.2f -> %8.2f ms                          after %6.2f -> %6.2f ms (x%s)   %s   before/after at %d: x%s\n' \
    "$shape" "$cb1" "$cb2" "$ca1" "$ca2" "$(awk -v a="$ca1" -v b="$ca2" 'BEGIN { printf "%.1f", (a > 0 ? b / a : 0) }')" \
    "$(awk -v v="$ca2" -v g="$GOAL_MS" 'BEGIN { print (v < g ? "PASS" : "BELOW GOAL") }')" "$REPORTS" \
    "$(awk -v a="$ca2" -v b="$cb2" 'BEGIN { printf "%.0f", (a > 0 ? b / a : 0) }')"
done
echo "   (latency: wall time per search as pgbench saw it, waits for a core included; CPU: the database cluster's CPU time per search)"
echo "   load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores: > 2 means others were running)"
