#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Intake benchmark (issues 3 and 8): how many public reports per second Netra takes in, compared with how many
# report transactions per second the same durable PostgreSQL server does in pgbench at the same concurrency (the
# anchor), plus single-row inserts for reference. See bench/README.md.
#
#   bash bench/intake.sh                     # 16 connections, 30 s each, throwaway Debian PostgreSQL on :55499
#   BENCH_DURATION=10 bash bench/intake.sh   # shorter
#
# Exit status: 0 when the run was valid (whatever the figures), 2 when it was invalid (an answer other than 201, a
# socket error, pgbench failures), 1 when something could not be set up.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

DURATION=${BENCH_DURATION:-30}            # seconds of each measurement
CONNECTIONS=${BENCH_CONNECTIONS:-16}      # wrk connections = pgbench clients
THREADS=${BENCH_THREADS:-2}               # wrk threads = pgbench -j
WARMUP=${BENCH_WARMUP:-60}                # seconds of unmeasured low-concurrency load first (see the warm-up below)
PG_PORT=${BENCH_PG_PORT:-55499}           # the throwaway cluster's port (ignored with NETRA_DB_URL)
APP_PORT=${BENCH_APP_PORT:-}              # empty: the first free port from 18500
STARTUP_TIMEOUT=${BENCH_STARTUP_TIMEOUT:-300}
KEEP=${BENCH_KEEP:-0}                     # 1: keep the temp dir (Netra and PostgreSQL logs) and print where it is
JAVA_OPTS=${BENCH_JAVA_OPTS:-}            # extra JVM options, e.g. -Xmx1g
# BENCH_JAR: run this jar instead of building target/netra-*.jar (e.g. an older build, for a before/after comparison)
APP_ARGS=${BENCH_APP_ARGS:-}              # extra Spring arguments, e.g. --spring.datasource.hikari.maximum-pool-size=20
PG_OPTS=${BENCH_PG_OPTS:-}                # extra server options for the throwaway cluster, e.g. "-c shared_buffers=512MB"
PROFILE=${BENCH_PROFILE:-0}               # 1: Java Flight Recorder over the measured wrk window, hottest methods printed
GOAL_RATIO=0.50          # reports/s ÷ the report transaction's own pgbench rate (issue 8)
GOAL_P99_MS=100          # at 16 connections (issue 8)
FOLLOW_UP_TIMEOUT=${BENCH_FOLLOW_UP_TIMEOUT:-600}  # seconds to wait for queued follow-up work after the window
# Durability is part of what is measured: Netra and pgbench pay the same commit (fsync of the WAL) per transaction.
# Set explicitly so that the figures never depend on a server's or a branch's defaults.
DURABLE_OPTS="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for n in "$DURATION" "$CONNECTIONS" "$THREADS" "$WARMUP" "$PG_PORT" "$STARTUP_TIMEOUT"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
[ "$DURATION" -gt 0 ] && [ "$CONNECTIONS" -ge "$THREADS" ] || die "need BENCH_DURATION > 0 and connections >= threads"

# One run at a time on this machine: a second one would fight for the cores and the port.
exec 9>/tmp/netra-bench.lock
flock -n 9 || die "another bench/intake.sh run holds /tmp/netra-bench.lock"

# --- Leftovers of an earlier run that was killed (only ours: the lock above says no run is active) -------------
runas_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
for old in /tmp/netra-bench.*; do
  [ -d "$old" ] || continue
  if [ -f "$old/netra.pid" ]; then
    pid=$(cat "$old/netra.pid")
    if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$old/evidence"; then
      log "stopping Netra left by an earlier run (pid $pid)"; kill "$pid" 2>/dev/null || true; sleep 3
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  if [ -f "$old/pg/postmaster.pid" ] && [ -n "$(pg_bin)" ]; then
    log "stopping the PostgreSQL cluster left in $old"
    runas_postgres "$(pg_bin)/pg_ctl -D $old/pg -m immediate -w -t 30 stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$old"
done

TMP=$(mktemp -d /tmp/netra-bench.XXXXXX)
chmod 755 "$TMP"
APP_PID=""
PG_STARTED=0
PG_BIN=""

cleanup() {
  local status=$?
  set +e
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null
  fi
  if [ "$PG_STARTED" = 1 ]; then
    runas_postgres "$PG_BIN/pg_ctl -D $TMP/pg -m fast -w -t 60 stop" >/dev/null 2>&1 \
      || runas_postgres "$PG_BIN/pg_ctl -D $TMP/pg -m immediate -w -t 30 stop" >/dev/null 2>&1
  fi
  if [ "$KEEP" = 1 ]; then
    log "logs kept in $TMP (netra.log, pg.log, wrk-*.txt, pgbench.txt); delete it when done"
  else
    rm -rf "$TMP"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Tools ------------------------------------------------------------------------------------------------------
install_debian() {
  [ "$(id -u)" = 0 ] || die "$* missing; install it (Debian: apt-get install $*)"
  log "installing $*"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null) || die "apt-get install $* failed"
}
command -v wrk >/dev/null || install_debian wrk
command -v curl >/dev/null || install_debian curl
command -v java >/dev/null || die "java missing"
if [ -z "${NETRA_DB_URL:-}" ] && [ -z "$(pg_bin)" ]; then install_debian postgresql; fi
command -v pgbench >/dev/null || install_debian postgresql-client

# --- 1. The jar, built once ------------------------------------------------------------------------------------
JAR=${BENCH_JAR:-$(ls target/netra-*.jar 2>/dev/null | grep -v -- '-plain\|\.original' | head -n 1 || true)}
if [ -n "${BENCH_JAR:-}" ]; then
  [ -f "$JAR" ] || die "BENCH_JAR is not a file: $JAR"
  log "jar given: $JAR"
elif [ -z "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  log "building the jar (./mvnw -B -q -DskipTests package)"
  timeout 1200 ./mvnw -B -q -DskipTests package || die "build failed"
  JAR=$(ls target/netra-*.jar | grep -v -- '-plain\|\.original' | head -n 1)
else
  log "jar is fresh: $JAR"
fi

# --- Machine --------------------------------------------------------------------------------------------------
CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
echo "== Netra intake benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "   machine: $(nproc) cores ($CPU_MODEL), $MEM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   load: $CONNECTIONS connections, $THREADS threads, ${DURATION}s measured (after a ${WARMUP}s + 5s warm-up)"

# --- 2. PostgreSQL ------------------------------------------------------------------------------------------------
port_in_use() { ss -Htln "sport = :$1" | grep -q .; }
if [ -n "${NETRA_DB_URL:-}" ]; then
  [[ "$NETRA_DB_URL" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] \
    || die "NETRA_DB_URL is not jdbc:postgresql://host[:port]/db: $NETRA_DB_URL"
  DB_HOST=${BASH_REMATCH[1]}; DB_PORT=${BASH_REMATCH[3]:-5432}; DB_NAME=${BASH_REMATCH[4]}
  DB_USER=${NETRA_DB_USER:-}; DB_PASSWORD=${NETRA_DB_PASSWORD:-}
  DB_URL=$NETRA_DB_URL
  ADMIN_USER=$DB_USER
  echo "   database: the caller's NETRA_DB_URL ($DB_HOST:$DB_PORT/$DB_NAME); the reports written stay there"
else
  PG_BIN=$(pg_bin)
  port_in_use "$PG_PORT" && die "port $PG_PORT is taken; set BENCH_PG_PORT to a free one"
  mkdir "$TMP/pg" "$TMP/sock"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$TMP/pg" "$TMP/sock"
  log "starting a throwaway PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT"
  runas_postgres "$PG_BIN/initdb -D $TMP/pg -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$TMP/initdb.log" 2>&1 \
    || { cat "$TMP/initdb.log" >&2; die "initdb failed"; }
  touch "$TMP/pg.log"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$TMP/pg.log"
  # Durability as shipped (fsync, synchronous_commit on): Netra and pgbench pay the same commit cost.
  runas_postgres "$PG_BIN/pg_ctl -D $TMP/pg -l $TMP/pg.log -w -t 60 start -o \"-p $PG_PORT -k $TMP/sock \
      -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_preload_libraries=pg_stat_statements \
      -c pg_stat_statements.track=all $PG_OPTS\"" >/dev/null || { tail -n 20 "$TMP/pg.log" >&2; die "PostgreSQL did not start"; }
  PG_STARTED=1
  DB_HOST=127.0.0.1; DB_PORT=$PG_PORT; DB_NAME=netra; DB_USER=netra; DB_PASSWORD=netra
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/netra"
  ADMIN_USER=postgres
  PGPASSWORD= psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "create user netra password 'netra'" -c "create database netra owner netra" >/dev/null
  PGPASSWORD= psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d netra -v ON_ERROR_STOP=1 \
    -c "create extension pg_stat_statements" >/dev/null
  echo "   database: throwaway PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
fi
psql_as() { local user=$1; shift; PGPASSWORD=$DB_PASSWORD psql -X -q -At -h "$DB_HOST" -p "$DB_PORT" -U "$user" -d "$DB_NAME" "$@"; }
sql() { psql_as "$DB_USER" -v ON_ERROR_STOP=1 -c "$1"; }
admin_sql() { psql_as "$ADMIN_USER" -c "$1" 2>/dev/null; }
sql "select 1" >/dev/null || die "cannot connect to $DB_HOST:$DB_PORT/$DB_NAME as $DB_USER"
DURABILITY=$(sql "select 'fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')
  || ', full_page_writes=' || current_setting('full_page_writes') || ', wal_sync_method=' || current_setting('wal_sync_method')")
echo "   durability: $DURABILITY (the same for Netra and pgbench)"
HAVE_PGSS=0
[ "$(admin_sql "select count(*) from pg_stat_statements limit 1" | head -n 1)" != "" ] && HAVE_PGSS=1

# --- 2b. Netra ------------------------------------------------------------------------------------------------
if [ -z "$APP_PORT" ]; then
  for p in $(seq 18500 18999); do port_in_use "$p" || { APP_PORT=$p; break; }; done
  [ -n "$APP_PORT" ] || die "no free port in 18500-18999"
fi
BASE="http://127.0.0.1:$APP_PORT"
log "starting Netra on $BASE (prod profile, demo data off, rate limits raised)"
# Fresh keys per run (the prod profile refuses to start without them); nothing outlives the run.
[ "$PROFILE" = 1 ] && JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=name=bench,settings=profile"
# shellcheck disable=SC2086
NETRA_DB_URL=$DB_URL NETRA_DB_USER=$DB_USER NETRA_DB_PASSWORD=$DB_PASSWORD \
NETRA_INTAKE_IDENTITY_KEY=$(head -c 32 /dev/urandom | base64) \
NETRA_INTAKE_RECEIPT_KEY=$(head -c 32 /dev/urandom | base64) \
NETRA_CASES_PSEUDONYM_KEY=$(head -c 32 /dev/urandom | base64) \
NETRA_AUDIT_CHAIN_KEY=$(head -c 32 /dev/urandom | base64) \
NETRA_AUDIT_ANCHOR_DIR="$TMP/audit-anchors" \
NETRA_INTAKE_EVIDENCE_DIR="$TMP/evidence" \
  java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --server.address=127.0.0.1 --spring.profiles.active=prod \
    --netra.demo.enabled=false --netra.intake.evidence-dir="$TMP/evidence" \
    --netra.intake.rate-limit.submissions=1000000000 --netra.intake.rate-limit.submissions-period=1m \
    $APP_ARGS >"$TMP/netra.log" 2>&1 &
APP_PID=$!
echo "$APP_PID" >"$TMP/netra.pid"
deadline=$((SECONDS + STARTUP_TIMEOUT))
until curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then tail -n 40 "$TMP/netra.log" >&2; die "Netra exited during start"; fi
  if [ "$SECONDS" -ge "$deadline" ]; then tail -n 40 "$TMP/netra.log" >&2; die "Netra not healthy after ${STARTUP_TIMEOUT}s"; fi
  sleep 1
done
log "Netra is up ($(grep -o 'Started NetraApplication in [0-9.]* seconds' "$TMP/netra.log" || echo started))"

# One request by hand first: a clear message beats 30 s of failures.
probe=$(curl -sS --max-time 30 -o "$TMP/probe.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"electionCode":"PILKADA-2024","regionCode":"36.01","reportedPersons":[{"name":"Budi Santoso","agencyName":"Dinas Pendidikan","positionClass":"FUNGSIONAL"}],"violationCode":"DS-2","occurredOn":"2024-10-01","description":"Pemeriksaan awal benchmark: satu laporan uji.","reporter":{"mode":"ANONYMOUS"}}' \
  "$BASE/api/v1/reports" || true)
[ "$probe" = 201 ] || { cat "$TMP/probe.json" >&2; echo >&2; die "the probe report got HTTP $probe, not 201"; }

# --- 3. wrk -------------------------------------------------------------------------------------------------------
WRK=(wrk -t "$THREADS" -c "$CONNECTIONS" --timeout 10s -s "$ROOT/bench/intake-report.lua")
# CPU seconds, load-independent: the figures that still mean something on a busy machine.
CLK_TCK=$(getconf CLK_TCK)
proc_ticks() { # utime+stime of one process (all its threads), plus reaped children when $2 = with-children
  local v  # a backend may exit between listing and reading: count it as 0 (its time goes to the postmaster's)
  v=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk -v c="${2:-}" '{ print $12 + $13 + (c == "with-children" ? $14 + $15 : 0) }')
  echo "${v:-0}"
}
pg_ticks() { # the throwaway cluster: postmaster with its reaped children plus every live backend and helper
  [ "$PG_STARTED" = 1 ] || { echo ""; return; }
  local pm total child
  pm=$(head -n 1 "$TMP/pg/postmaster.pid")
  total=$(proc_ticks "$pm" with-children)
  for child in $(ps -o pid= --ppid "$pm"); do total=$((total + $(proc_ticks "$child"))); done
  echo "$total"
}
# CPU of this shell's finished children (wrk, pgbench): `times` must run in this shell, not in a $(...) subshell.
children_ticks_to() {
  times >"$TMP/times.txt"
  printf -v "$1" '%s' "$(tail -n 1 "$TMP/times.txt" | awk -v hz="$CLK_TCK" '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * hz }')"
}
thread_ticks() { # one line per thread of a process: tid, thread name (first 15 characters), utime, stime
  local t
  for t in /proc/"$1"/task/*; do
    [ -r "$t/stat" ] && printf '%s\t%s\t%s\n' "${t##*/}" "$(cat "$t/comm" 2>/dev/null)" \
      "$(sed 's/^.*) //' "$t/stat" 2>/dev/null | awk '{ print $12 "\t" $13 }')"
  done
}
thread_breakdown() { # CPU ms per report by kind of thread, between two thread_ticks snapshots
  awk -F'\t' -v n="$3" -v hz="$CLK_TCK" '
    function kind(name) {
      if (name ~ /^http-nio/) return "request threads (Tomcat)"
      if (name ~ /^C[12] CompilerThre/) return "JIT compilers"
      if (name ~ /^(GC Thread|G1 |VM Thread|GC )/) return "GC and VM"
      if (name ~ /^HikariPool/) return "Hikari"
      return "other threads"
    }
    FNR == NR { user[$1] = $3; sys[$1] = $4; next }
    { k = kind($2); u[k] += $3 - ($1 in user ? user[$1] : 0); s[k] += $4 - ($1 in sys ? sys[$1] : 0) }
    END {
      for (k in u) if (u[k] + s[k] > 0)
        printf "      %8.3f ms  %s (%.0f%% in the kernel)\n", (u[k] + s[k]) * 1000 / hz / n, k, 100 * s[k] / (u[k] + s[k])
    }' "$1" "$2" | sort -rn
}
report_count() { admin_sql "select count(*) from intake.report" || echo 0; }
pending() { admin_sql "select count(*) from event_publication where completion_date is null" || echo 0; }
wait_follow_up() { # until the follow-up work (case opening, duplicate search) has caught up, at most $1 s
  local started=$SECONDS
  while [ "$(pending)" != 0 ] && [ $((SECONDS - started)) -lt "$1" ]; do sleep 1; done
}
drain() { # waits until Netra has finished the requests wrk left in flight (at most 60 s)
  local before after
  before=$(report_count)
  for _ in $(seq 1 60); do
    sleep 1; after=$(report_count)
    [ "$after" = "$before" ] && return 0
    before=$after
  done
  log "Netra was still writing reports 60 s after wrk stopped"
}
ms_per() { awk -v t="$1" -v n="$2" -v hz="$CLK_TCK" 'BEGIN { if (t == "" || n <= 0) print ""; else printf "%.3f", t * 1000 / hz / n }'; }

# Warm-up in two steps. At full concurrency from a cold start, 64 request threads hashing receipts in the interpreter
# starve HotSpot's compiler threads and the JVM stays slow for minutes (seen here: 25-38 ms CPU per report instead
# of 5). So first $WARMUP s at $THREADS connections lets the JIT compile the hot path, then 5 s at full concurrency
# fills the thread and connection pools. Neither is measured.
if [ "$WARMUP" -gt 0 ]; then
  log "warm-up: ${WARMUP}s at $THREADS connections, then 5s at $CONNECTIONS (not measured)"
  timeout $((WARMUP + 60)) wrk -t "$THREADS" -c "$THREADS" --timeout 10s -s "$ROOT/bench/intake-report.lua" \
    -d "${WARMUP}s" "$BASE" >"$TMP/wrk-warmup-1.txt" 2>&1 || true
  grep '^BENCH ' "$TMP/wrk-warmup-1.txt" | sed 's/^BENCH /   warm-up 1: /' || true
  drain
  timeout 65 "${WRK[@]}" -d 5s "$BASE" >"$TMP/wrk-warmup-2.txt" 2>&1 || true
  grep '^BENCH ' "$TMP/wrk-warmup-2.txt" | sed 's/^BENCH /   warm-up 2: /' || true
  drain
  # the measured window starts with no follow-up work of the warm-up left
  wait_follow_up "$FOLLOW_UP_TIMEOUT"
fi
admin_sql "checkpoint" >/dev/null || true
[ "$HAVE_PGSS" = 1 ] && admin_sql "select pg_stat_statements_reset()" >/dev/null
commits_before=$(admin_sql "select xact_commit from pg_stat_database where datname = current_database()")
reports_before=$(report_count)
LOAD_WRK=$(cut -d' ' -f1-3 /proc/loadavg)
thread_ticks "$APP_PID" >"$TMP/threads-before.txt"; app_t0=$(proc_ticks "$APP_PID"); pg_t0=$(pg_ticks); children_ticks_to wrk_t0
wrk_started=$SECONDS; wrk_clock=$(date +%H:%M:%S)
log "measuring: wrk ${DURATION}s, $CONNECTIONS connections, POST /api/v1/reports (load average $LOAD_WRK)"
timeout $((DURATION + 60)) "${WRK[@]}" -d "${DURATION}s" --latency "$BASE" >"$TMP/wrk.txt" 2>&1 \
  || { cat "$TMP/wrk.txt" >&2; die "wrk failed"; }
children_ticks_to wrk_t1
drain
reports_after=$(report_count)
# Work that follows a report asynchronously (case opening, duplicate search) and had not caught up when the window
# closed.
BACKLOG=$(admin_sql "select coalesce(string_agg(n || ' ' || listener, ', ' order by listener), 'none')
  from (select regexp_replace(listener_id, '^.*\\.([A-Za-z]+)\\.[a-z]+\\(.*$', '\\1') as listener, count(*) as n
          from event_publication where completion_date is null group by 1) pending" || echo "?")
# Then let it catch up, and time it: reports/s that leave a backlog behind are not sustainable, so the summary also
# prints the rate counting that catch-up time. The CPU figures below include the catch-up, i.e. all the work of a
# report, not only what the reporter waits for.
catchup_started=$SECONDS
wait_follow_up "$FOLLOW_UP_TIMEOUT"
CATCHUP=$((SECONDS - catchup_started)); LEFT=$(pending)
app_t1=$(proc_ticks "$APP_PID"); pg_t1=$(pg_ticks); thread_ticks "$APP_PID" >"$TMP/threads-after.txt"
commits_after=$(admin_sql "select xact_commit from pg_stat_database where datname = current_database()")
if [ "$PROFILE" = 1 ]; then
  # Only the measured window (plus the drain); the recording runs from the start because a JFR.start in mid-run
  # made HotSpot throw away compiled code and run the hot path interpreted for the whole window.
  jcmd "$APP_PID" JFR.dump name=bench begin="-$((SECONDS - wrk_started))s" filename="$TMP/netra.jfr" >/dev/null \
    || die "JFR.dump failed"
  bash "$ROOT/bench/jfr-top.sh" "$TMP/netra.jfr" "$wrk_clock" >"$TMP/profile.txt" || true
fi
sed -e '/^BENCH/d' "$TMP/wrk.txt"
line=$(grep '^BENCH ' "$TMP/wrk.txt") || die "wrk printed no BENCH line (bench/intake-report.lua done())"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
REQUESTS=$(field requests); RPS=$(field rps); NON201=$(field non201); SOCKET_ERRORS=$(field socket_errors)
P50=$(field p50_ms); P90=$(field p90_ms); P99=$(field p99_ms); PMAX=$(field max_ms)
grep '^BENCH_' "$TMP/wrk.txt" || true
CREATED=$((REQUESTS - NON201))
# Every report written in the window, including those wrk stopped waiting for: the denominator of the per-report costs.
WRITTEN=$((reports_after - reports_before))
APP_MS=$(ms_per "$((app_t1 - app_t0))" "$WRITTEN")
PG_MS=$([ -n "$pg_t0" ] && ms_per "$((pg_t1 - pg_t0))" "$WRITTEN" || true)
WRK_MS=$(ms_per "$((wrk_t1 - wrk_t0))" "$WRITTEN")
[ "$WRITTEN" -gt 0 ] && thread_breakdown "$TMP/threads-before.txt" "$TMP/threads-after.txt" "$WRITTEN" >"$TMP/threads.txt"

# Statements the database ran per report (pg_stat_statements, Netra's user only, the measured window only).
STATEMENTS_REPORT=""
if [ "$HAVE_PGSS" = 1 ] && [ "$WRITTEN" -gt 0 ]; then
  admin_sql "select round(sum(s.calls)::numeric / $WRITTEN, 2) from pg_stat_statements s join pg_roles r on r.oid = s.userid
             where r.rolname = '$DB_USER'" >"$TMP/pgss-total.txt" || true
  admin_sql "select lpad(round(s.calls::numeric / $WRITTEN, 2)::text, 7) || '  ' || lpad(round(s.mean_exec_time::numeric, 3)::text, 8)
             || ' ms  ' || left(regexp_replace(s.query, '\s+', ' ', 'g'), 110)
             from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = '$DB_USER'
             order by s.calls desc, s.total_exec_time desc limit 20" >"$TMP/pgss.txt" || true
  STATEMENTS_REPORT=$(cat "$TMP/pgss-total.txt")
fi

log "stopping Netra"
kill "$APP_PID" 2>/dev/null || true
for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
kill -9 "$APP_PID" 2>/dev/null || true
APP_PID=""

# --- 4. pgbench ---------------------------------------------------------------------------------------------------
# run_pgbench NAME SCRIPT: sets NAME_TPS, NAME_DONE (transactions), NAME_FAILED, NAME_PG_MS and NAME_CLIENT_MS
# (CPU per transaction of PostgreSQL and of pgbench itself).
run_pgbench() {
  local name=$1 script=$2 out="$TMP/pgbench-$1.txt" t0 t1 c0 c1 tps done failed
  admin_sql "checkpoint" >/dev/null || true
  log "measuring: pgbench ${DURATION}s, -c $CONNECTIONS -j $THREADS, $name (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  t0=$(pg_ticks); children_ticks_to c0
  PGPASSWORD=$DB_PASSWORD timeout $((DURATION + 60)) pgbench -n -M prepared -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" \
    -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -f "$script" "$DB_NAME" >"$out" 2>&1 \
    || { cat "$out" >&2; sql "drop schema if exists netra_bench cascade" >/dev/null 2>&1; die "pgbench ($name) failed"; }
  children_ticks_to c1; t1=$(pg_ticks)
  sed -n 's/^\(number of transactions actually processed\|number of failed transactions\|latency average\|tps\)/   \1/p' "$out"
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time).*/\1/p' "$out")
  [ -n "$tps" ] || die "pgbench ($name) printed no tps"
  done=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$out")
  printf -v "${name}_TPS" '%s' "$tps"
  printf -v "${name}_DONE" '%s' "$done"
  printf -v "${name}_FAILED" '%s' "${failed:-0}"
  printf -v "${name}_PG_MS" '%s' "$([ -n "$t0" ] && ms_per "$((t1 - t0))" "$done" || true)"
  printf -v "${name}_CLIENT_MS" '%s' "$(ms_per "$((c1 - c0))" "$done")"
}
sql "drop schema if exists netra_bench cascade" >/dev/null 2>&1 || true
sql "create schema netra_bench" >/dev/null
sql "create table netra_bench.insert_probe (id uuid primary key, election_code varchar(40) not null,
     region_code varchar(20) not null, name varchar(200) not null, description text not null,
     created_at timestamptz not null)" >/dev/null
LOAD_PGB=$(cut -d' ' -f1-3 /proc/loadavg)
echo "-- pgbench: single-row inserts"
run_pgbench insert "$ROOT/bench/pgbench-insert.sql"
INSERTS=$insert_TPS; PGB_FAILED=$insert_FAILED; PG_INSERT_MS=$insert_PG_MS; PGB_MS=$insert_CLIENT_MS

# The same transaction as a report, in SQL only: how much of the gap is the schema's, not the Java tier's.
REPORT_TX=${BENCH_REPORT_TX:-1}
if [ "$REPORT_TX" = 1 ] && [ "$(sql "select to_regclass('intake.receipt') is not null")" = t ]; then
  sql "create table netra_bench.report (like intake.report including all);
       create table netra_bench.reported_person (like intake.reported_person including all);
       create table netra_bench.receipt (like intake.receipt including all);
       alter table netra_bench.reported_person add foreign key (report_id) references netra_bench.report (id);
       alter table netra_bench.receipt add foreign key (report_id) references netra_bench.report (id)" >/dev/null
  echo "-- pgbench: the report transaction in SQL (bench/pgbench-report-tx.sql)"
  run_pgbench reporttx "$ROOT/bench/pgbench-report-tx.sql"
  [ "$reporttx_FAILED" = 0 ] || PGB_FAILED=$((PGB_FAILED + reporttx_FAILED))
else
  REPORT_TX=0
fi
sql "drop schema if exists netra_bench cascade" >/dev/null 2>&1 || true

# --- 5. Summary -------------------------------------------------------------------------------------------------
INSERT_RATIO=$(awk -v a="$RPS" -v b="$INSERTS" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
SUSTAINED=$(awk -v n="$WRITTEN" -v d="$DURATION" -v c="$CATCHUP" 'BEGIN { printf "%.1f", n / (d + c) }')
verdict() { if awk -v v="$1" -v g="$2" -v dir="$3" 'BEGIN { exit !(dir == "ge" ? v >= g : v < g) }'; then echo PASS; else echo "BELOW GOAL"; fi; }
INVALID=""
[ "$NON201" = 0 ] || INVALID="$NON201 answers were not 201"
[ "$SOCKET_ERRORS" = 0 ] || INVALID="${INVALID:+$INVALID; }$SOCKET_ERRORS socket errors"
[ "$CREATED" -gt 0 ] || INVALID="${INVALID:+$INVALID; }no report was created"
[ "${PGB_FAILED:-0}" = 0 ] || INVALID="${INVALID:+$INVALID; }$PGB_FAILED pgbench transactions failed"
TX_REPORT=""
if [ -n "$commits_before" ] && [ -n "$commits_after" ] && [ "$WRITTEN" -gt 0 ]; then
  TX_REPORT=$(awk -v a="$commits_before" -v b="$commits_after" -v n="$WRITTEN" 'BEGIN { printf "%.2f", (b - a) / n }')
fi

echo
echo "== Summary ($CONNECTIONS connections, ${DURATION}s each, $(nproc) cores)"
printf '   reports/s            %10.1f   (%d created, %s non-201, %s socket errors)\n' "$RPS" "$CREATED" "$NON201" "$SOCKET_ERRORS"
printf '   latency p50/p90/p99  %s / %s / %s ms (max %s ms)\n' "$P50" "$P90" "$P99" "$PMAX"
printf '   follow-up caught up  %10s s after the window (%s publications left); counting it: %s reports/s\n' \
  "$CATCHUP" "$LEFT" "$SUSTAINED"
if [ "$REPORT_TX" = 1 ]; then
  RATIO=$(awk -v a="$RPS" -v b="$reporttx_TPS" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
  printf '   pgbench report tx/s  %10.1f   (the anchor: the report transaction in SQL only, same server, same clients)\n' "$reporttx_TPS"
  printf '   ratio                %10s   goal >= %s   %s   (reports/s / report tx/s)\n' "$RATIO" "$GOAL_RATIO" "$(verdict "$RATIO" "$GOAL_RATIO" ge)"
  printf '   ratio with catch-up  %10s   (sustained reports/s / report tx/s)\n' \
    "$(awk -v a="$SUSTAINED" -v b="$reporttx_TPS" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
fi
printf '   p99                  %10s ms  goal < %s ms at 16 connections  %s\n' "$P99" "$GOAL_P99_MS" \
  "$([ "$CONNECTIONS" = 16 ] && verdict "$P99" "$GOAL_P99_MS" lt || echo "(not at 16 connections)")"
printf '   pgbench inserts/s    %10.1f   (single-row inserts, for reference; reports/s / this = %s)\n' "$INSERTS" "$INSERT_RATIO"
[ "$REPORT_TX" = 1 ] && printf "                                 (report tx/s / inserts/s = %s: the schema's own cost against one row)\n" \
  "$(awk -v a="$reporttx_TPS" -v b="$INSERTS" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
[ -n "$TX_REPORT" ] && printf '   commits per report   %10s   (pg_stat_database, whole database)\n' "$TX_REPORT"
printf '   follow-up queued     %s   (event publications not completed when the window closed)\n' "$BACKLOG"
if [ -n "$APP_MS" ]; then
  # What 2 otherwise idle cores could do if CPU is the limit: a load-independent estimate, not a measurement.
  printf '   CPU per report       Netra %s + PostgreSQL %s + wrk %s ms   (%d reports written in the window)\n' "$APP_MS" "${PG_MS:-?}" "$WRK_MS" "$WRITTEN"
  echo "   Netra's CPU per report by thread kind (live threads only):"; cat "$TMP/threads.txt" 2>/dev/null || true
  printf '   CPU per insert       PostgreSQL %s + pgbench %s ms\n' "${PG_INSERT_MS:-?}" "$PGB_MS"
  [ "$REPORT_TX" = 1 ] && printf '   CPU per report tx    PostgreSQL %s + pgbench %s ms   (SQL only)\n' "${reporttx_PG_MS:-?}" "$reporttx_CLIENT_MS"
  if [ -n "$PG_MS" ] && [ -n "$PG_INSERT_MS" ]; then
    cap_r=$(awk -v a="$APP_MS" -v b="$PG_MS" -v c="$WRK_MS" -v n="$(nproc)" 'BEGIN { printf "%.0f", n * 1000 / (a + b + c) }')
    cap_i=$(awk -v a="$PG_INSERT_MS" -v b="$PGB_MS" -v n="$(nproc)" 'BEGIN { printf "%.0f", n * 1000 / (a + b) }')
    printf '   CPU-bound ceiling    %s reports/s, %s inserts/s on %d idle cores: ratio %s (estimate, insensitive to other load)\n' \
      "$cap_r" "$cap_i" "$(nproc)" "$(awk -v a="$cap_r" -v b="$cap_i" 'BEGIN { printf "%.3f", a / b }')"
  fi
fi
if [ -n "$STATEMENTS_REPORT" ]; then
  printf '   SQL per report       %10s   (pg_stat_statements, user %s)\n' "$STATEMENTS_REPORT" "$DB_USER"
  echo "   calls/report  mean       statement"
  sed 's/^/   /' "$TMP/pgss.txt"
fi
if [ "$PROFILE" = 1 ] && [ -s "$TMP/profile.txt" ]; then
  echo "   CPU profile of Netra over the measured window (JFR execution samples):"
  sed 's/^/   /' "$TMP/profile.txt"
fi
echo "   load average: start of wrk $LOAD_WRK, start of pgbench $LOAD_PGB (2-core machine: > 2 means others were running)"
if [ -n "$INVALID" ]; then
  echo "   RUN INVALID: $INVALID"
  exit 2
fi
echo "   run valid"
