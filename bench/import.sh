#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Import benchmark (issue 12): historical cases through Netra's importer against PostgreSQL COPY of the same file.
#
# Generates BENCH_ROWS (1,000,000) case rows in the documented import format (deterministic: awk with a fixed seed),
# starts the default embedded setup (java -jar, embedded PostgreSQL, its own port and a temporary data directory,
# the synthetic demo dataset off so that nothing else writes), then in the same run:
#   (a) Netra: POST /api/v1/import/cases with the file as the request body, and polls the job until it is done. Full
#       validation against the reference data, every case replayed on the aggregate with its dated history (opened,
#       forwarded to KASN or BKN by date, verified, recommended, decided), written with its timeline, custody and
#       category. Timed from the first byte of the upload to the job's end;
#   (b) PostgreSQL: \copy of the same file into an unindexed staging table of text columns in the same database
#       (run first, before the import, so that the import never runs beside it).
#   (c) after the import, the fairer anchor: \copy of the very rows the import wrote (cases, timeline, custody,
#       category, rollups) into empty copies of the real tables with their indexes and constraints (BENCH_ANCHOR_TABLES=0
#       skips it).
# Prints rows/s of each and the ratios (a)/(b) and (a)/(c). Goal: (a)/(b) at least 0.3.
#
#   bash bench/import.sh
#   BENCH_ROWS=100000 bash bench/import.sh       # a quick run (default: 100,000 then 1,000,000 rows)
#   BENCH_JAR=target/netra-0.1.0-SNAPSHOT.jar bash bench/import.sh
#   BENCH_MAX_SECONDS=1800 bash bench/import.sh  # stop waiting after 30 min: rows/s from the rows committed by then
#
# After each import it prints where the job's time went (the importer logs its phases: parse, check, replay, waiting;
# writing the cases, their history, the rollups, the job's bookkeeping) and the rows written per table.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

SIZES=${BENCH_ROWS:-"100000 1000000"}   # one import and one COPY per size, in the same running Netra
APP_PORT=${BENCH_APP_PORT:-18612}
STARTUP_TIMEOUT=${BENCH_STARTUP_TIMEOUT:-300}
KEEP=${BENCH_KEEP:-0}
MAX_SECONDS=${BENCH_MAX_SECONDS:-0}   # 0: wait for the job to end
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
JAR=${BENCH_JAR:-}

log() { printf '[import %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }

command -v curl >/dev/null || die "curl missing (Debian: apt-get install curl)"
command -v psql >/dev/null || die "psql missing (Debian: apt-get install postgresql-client)"
command -v java >/dev/null || die "java missing"

TMP=$(mktemp -d /tmp/netra-import.XXXXXX)
DATA="$TMP/data"
PGDATA_DIR="$DATA/postgres"
APP_PID=""
BASE="http://127.0.0.1:$APP_PORT"

cleanup() {
  local status=$?
  set +e
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null
  fi
  if [ "$KEEP" = 1 ]; then log "kept $TMP"; else rm -rf "$TMP"; fi
  exit "$status"
}
trap cleanup EXIT INT TERM

if [ -z "$JAR" ]; then
  JAR=$(ls target/netra-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  if [ -z "$JAR" ]; then
    log "building the jar (./mvnw -B -q -DskipTests package)"
    timeout 1800 ./mvnw -B -q -DskipTests package || die "build failed"
    JAR=$(ls target/netra-*.jar | grep -v original | head -n 1)
  fi
fi

echo "== bench/import.sh, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   machine: $(nproc) cores; uptime at start: $(uptime)"
echo "   sizes: $SIZES; jar: $JAR; data: $DATA; port $APP_PORT"

# --- the file --------------------------------------------------------------------------------------------------------
# Pilkada 2020 and 2024 cases in 24 regencies, every importable state that has dates: received, forwarded, under
# verification, not proven, stopped, recommended, sanctioned; 2024 cases cross the KASN-to-BKN handover.
generate() { # generate N FILE
  local ROWS=$1 out=$2
log "generating $ROWS rows"
t0=$(now)
awk -v n="$ROWS" -v prefix="B$ROWS" 'BEGIN {
  srand(12);
  split("33.11 33.03 74.07 52.04 63.72 74.03 72.01 52.05 52.06 82.04 35.06 16.13 36.01 36.04 36.72 36.74 73.71 73.06 35.78 32.12 32.02 33.22 33.10 52.71", regions, " ");
  split("JPT_PRATAMA FUNGSIONAL ADMINISTRATOR PELAKSANA PENGAWAS JPT_PRATAMA FUNGSIONAL", positions, " ");
  split("DS-2 DS-3 DS-1 DS-4 DS-7 DS-8 KE-6 DS-2", forms, " ");
  split("SANCTIONED SANCTIONED SANCTIONED RECOMMENDED NOT_PROVEN FORWARDED UNDER_VERIFICATION STOPPED RECEIVED SANCTIONED", states, " ");
  print "external_id,election_code,reported_on,region_code,agency_code,position_class,area_head,employment_type,violation_code,category_code,state,outcome_reason,recommended_on,recommended_sanction,decided_on,decided_sanction,decree_number";
  for (i = 1; i <= n; i++) {
    r = regions[1 + int(rand() * 24)];
    agency = (substr(r, 4, 1) == "7" ? "PEMKOT-" : "PEMKAB-") r;
    s = states[1 + int(rand() * 10)];
    y = (rand() < 0.7) ? 2020 : 2024;
    base = (y == 2020) ? 1577923200 : 1717200000;     # 2020-01-02, 2024-06-01 (UTC)
    rep = base + int(rand() * 150) * 86400;
    reported = strftime("%Y-%m-%d", rep, 1);
    rec = ""; dec = ""; sanction = ""; decree = ""; reason = "";
    if (s == "RECOMMENDED" || s == "SANCTIONED") rec = strftime("%Y-%m-%d", rep + (5 + int(rand() * 20)) * 86400, 1);
    if (s == "SANCTIONED") {
      dec = strftime("%Y-%m-%d", rep + (30 + int(rand() * 40)) * 86400, 1);
      sanction = (y == 2020) ? "PP53-2010/SEDANG-1" : "PP94-2021/SEDANG-1";
      decree = "800/" i "/" y;
    }
    if (s == "NOT_PROVEN") dec = strftime("%Y-%m-%d", rep + (10 + int(rand() * 20)) * 86400, 1);
    if (s == "STOPPED") { dec = reported; reason = "REPORTING_WINDOW_PASSED"; }
    printf "%s-%d,PILKADA-%d,%s,%s,%s,%s,%s,PNS,%s,,%s,%s,%s,,%s,%s,%s\n", prefix, i, y, reported, r, agency,
      positions[1 + int(rand() * 7)], (rand() < 0.07 ? "true" : "false"), forms[1 + int(rand() * 8)], s, reason,
      rec, dec, sanction, decree;
  }
}' >"$out"
log "file: $(du -h "$out" | cut -f1), $(( $(wc -l <"$out") - 1 )) rows, in $(printf '%.1f' "$(echo "$(now) - $t0" | bc)") s"
}

# --- the app ---------------------------------------------------------------------------------------------------------
log "starting Netra (default embedded run, synthetic demo dataset off)"
# shellcheck disable=SC2086
setsid java -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" \
  --netra.embedded-db.data-dir="$PGDATA_DIR" --netra.intake.evidence-dir="$DATA/evidence" \
  --netra.audit.chain-key-file="$DATA/audit/chain.key" --netra.audit.anchor.dir="$DATA/audit/anchors" \
  --netra.demo.synthetic-cases=0 </dev/null >"$TMP/netra.log" 2>&1 &
APP_PID=$!
t0=$SECONDS
until curl -fsS -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$TMP/netra.log" >&2; die "Netra stopped"; }
  [ $((SECONDS - t0)) -lt "$STARTUP_TIMEOUT" ] || die "Netra did not start within ${STARTUP_TIMEOUT}s"
  sleep 1
done
log "up in $((SECONDS - t0))s"
sleep 5 # let the demo data settle

PGPORT=$(sed -n 4p "$PGDATA_DIR/postmaster.pid")
export PGPASSWORD; PGPASSWORD=$(cat "$PGDATA_DIR/netra-db-password")
q() { psql -X -q -At -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "$1"; }
q "select 1" >/dev/null || die "psql cannot connect with the generated password"

# --- (a) Netra ---------------------------------------------------------------------------------------------------------
log "(a) Netra: importing through the API"
pg_cpu() { awk '{s += $14 + $15} END {print s}' $(for p in $(pgrep -f -- "-D $PGDATA_DIR"; pgrep -P "$(pgrep -f -- "-D $PGDATA_DIR" | head -n 1)"); do echo "/proc/$p/stat"; done) 2>/dev/null || echo 0; }
app_cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
measure() { # measure N
local ROWS=$1 SRC="BENCH$1"
generate "$ROWS" "$TMP/cases.csv"
echo
echo "-- $ROWS rows; uptime before: $(uptime)"
# --- (b) COPY first, while nothing else runs in the database -----------------------------------------------------------
log "(b) PostgreSQL: \\copy of the same file into a staging table"
q "drop table if exists public.bench_import_staging"
q "create unlogged table if not exists public.bench_import_probe (x int)" && q "drop table public.bench_import_probe"
q "create table public.bench_import_staging (external_id text, election_code text, reported_on text, region_code text,
   agency_code text, position_class text, area_head text, employment_type text, violation_code text,
   category_code text, state text, outcome_reason text, recommended_on text, recommended_sanction text,
   decided_on text, decided_sanction text, decree_number text)"
t0=$(now)
psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "\\copy public.bench_import_staging from '$TMP/cases.csv' with (format csv, header true)"
t1=$(now)
copy_s=$(echo "$t1 - $t0" | bc)
copied=$(q "select count(*) from public.bench_import_staging")
q "drop table public.bench_import_staging"

# --- (a) Netra ------------------------------------------------------------------------------------------------------
echo "   uptime before the import: $(uptime)"
cpu_app0=$(app_cpu)
t0=$(now)
answer=$(curl -fsS -u admin:netra-demo -H 'Content-Type: text/csv' --data-binary @"$TMP/cases.csv" \
  "$BASE/api/v1/import/cases?source=$SRC&fileName=cases.csv")
job=$(sed -n 's/.*"jobId" *: *"\([^"]*\)".*/\1/p' <<<"$answer")
[ -n "$job" ] || die "no job id in: $answer"
upload_s=$(echo "$(now) - $t0" | bc)
partial=""
while :; do
  status=$(curl -fsS -u admin:netra-demo "$BASE/api/v1/import/cases/$job")
  grep -q '"status":"RUNNING"' <<<"$status" || break
  if [ "$MAX_SECONDS" -gt 0 ] && [ "$(echo "$(now) - $t0 > $MAX_SECONDS" | bc)" = 1 ]; then partial=1; break; fi
  sleep 0.5
done
t1=$(now)
cpu_app1=$(app_cpu)
netra_s=$(echo "$t1 - $t0" | bc)
summary=$(sed -e 's/"errors":\[.*\]/"errors":[…]/' <<<"$status")
echo "   Netra job: $summary"
created=$(sed -n 's/.*"createdCases":\([0-9]*\).*/\1/p' <<<"$status")
refused=$(sed -n 's/.*"refused":\([0-9]*\).*/\1/p' <<<"$status")
processed=$(sed -n 's/.*"processed":\([0-9]*\).*/\1/p' <<<"$status")
if [ -n "$partial" ]; then
  echo "   STOPPED WAITING after ${MAX_SECONDS}s (BENCH_MAX_SECONDS): $processed of $ROWS rows committed; rows/s below"
  echo "   are over the rows committed by then (the job keeps running)"
else
  grep -q '"status":"DONE"' <<<"$status" || die "the import did not finish: $status"
  processed=$ROWS
  echo "   $(grep -o 'phases (s):.*' "$TMP/netra.log" | tail -n 1)"
fi
echo "   rows written (pg_stat_user_tables, inserts + updates, whole database):"
q "select relname, n_tup_ins + n_tup_upd from pg_stat_user_tables where schemaname in ('cases', 'analytics')
   and n_tup_ins + n_tup_upd > 1000 order by 2 desc" | sed 's/^/     /' 
echo "   rows in the database: $(q "select count(*) from cases.case_file where import_source = '$SRC'") cases, $(q "select count(*) from cases.case_transition t join cases.case_file f on f.id = t.case_id where f.import_source = '$SRC'") timeline entries"

# --- (c) the fairer anchor: COPY of the rows the import wrote, into copies of the real tables -------------------------
# The same rows Netra wrote for this import (its cases with their timeline, custody, category and rollup membership;
# the whole fine and small rollups), exported to files (not timed), then \copy'd into empty tables created LIKE the
# real ones, with their indexes, unique and check constraints (foreign keys and triggers are not copied). Timed: the
# \copy's alone. Rows/s of (c) are case rows/s, i.e. the import's rows divided by the time COPY needs to write what
# the import writes for them.
anchor_s=""; anchor_rows=0
if [ -z "$partial" ] && [ "${BENCH_ANCHOR_TABLES:-1}" = 1 ]; then
  log "(c) PostgreSQL: \\copy of the written rows into indexed copies of the real tables"
  export PGOPTIONS="-c client_min_messages=warning"   # no notices about the schema dropped
  q "drop schema if exists bench_anchor cascade" && q "create schema bench_anchor"
  mine="select id from cases.case_file where import_source = '$SRC'"
  anchor_s=0
  for spec in "cases.case_file|import_source = '$SRC'" "cases.case_transition|case_id in ($mine)" \
      "cases.case_custody|case_id in ($mine)" "cases.case_category|case_id in ($mine)" \
      "analytics.case_rollup|true" "analytics.case_rollup_member|case_id in ($mine)" \
      "analytics.case_rollup_cube|true"; do
    table=${spec%%|*}; where=${spec#*|}; copy_of="bench_anchor.${table//./_}"
    q "create table $copy_of (like $table including all)"
    psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "\\copy (select * from $table where $where) to '$TMP/anchor.tsv'"
    t0=$(now)
    psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "\\copy $copy_of from '$TMP/anchor.tsv'"
    took=$(echo "$(now) - $t0" | bc)
    anchor_s=$(echo "$anchor_s + $took" | bc)
    n=$(q "select count(*) from $copy_of"); anchor_rows=$((anchor_rows + n))
    printf '     %-30s %9d rows in %6.1f s\n' "$table" "$n" "$took"
    rm -f "$TMP/anchor.tsv"
  done
  q "drop schema bench_anchor cascade"
  unset PGOPTIONS
fi

netra_rate=$(echo "$processed / $netra_s" | bc -l)
copy_rate=$(echo "$copied / $copy_s" | bc -l)
ratio=$(echo "$netra_rate / $copy_rate" | bc -l)
echo
printf '   %-44s %10.1f s  %10.0f rows/s  (%s created, %s refused; upload %.1f s; JVM CPU %.1f s)\n' \
  "(a) Netra import, full validation + history" "$netra_s" "$netra_rate" "$created" "$refused" \
  "$upload_s" "$(echo "($cpu_app1 - $cpu_app0) / $(getconf CLK_TCK)" | bc -l)"
printf '   %-44s %10.1f s  %10.0f rows/s  (%s rows)\n' "(b) PostgreSQL \\copy into a staging table" "$copy_s" \
  "$copy_rate" "$copied"
printf '   ratio (a)/(b): %.3f   goal >= 0.3: %s\n' "$ratio" "$(echo "$ratio >= 0.3" | bc -l | sed 's/1/met/;s/0/missed/')"
if [ -n "$anchor_s" ]; then
  anchor_rate=$(echo "$processed / $anchor_s" | bc -l)
  printf '   %-44s %10.1f s  %10.0f case rows/s  (%s rows into %s tables with their indexes)\n' \
    "(c) \\copy of the rows (a) wrote, real indexes" "$anchor_s" "$anchor_rate" "$anchor_rows" 7
  printf '   ratio (a)/(c): %.3f   (COPY writes %.1f rows a case row; (b) writes 1)\n' \
    "$(echo "$netra_rate / $anchor_rate" | bc -l)" "$(echo "$anchor_rows / $processed" | bc -l)"
fi
echo "   uptime after: $(uptime)"
rm -f "$TMP/cases.csv"
}

for n in $SIZES; do measure "$n"; done
