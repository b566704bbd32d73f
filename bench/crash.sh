#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Crash benchmark (issue 8): does an acknowledged report survive a crash, and does Netra start again by itself?
#
# Runs the default embedded setup (java -jar, embedded PostgreSQL, its own port and a temporary data directory),
# posts reports from a few curl clients on loopback, and:
#   1. BENCH_JVM_KILLS times (10) kill -9s the JVM at a random moment and starts it again, no manual step; every
#      second time the JVM's whole session goes (its PostgreSQL watchdog too), so that PostgreSQL is left running
#      and the next start must stop it; the other times the watchdog stops it;
#   2. BENCH_ALL_KILLS times (3) kill -9s the JVM and PostgreSQL (postmaster and every backend) at once, as a
#      container stop or a power cut would, and starts it again.
# Every 201 the clients got is logged with its reportId and receipt. At the end every logged report is looked up in
# the database (psql, with the password Netra generated in the data directory):
#   lost          acknowledged (201) but not in intake.report
#   half-written  in intake.report without its reported persons, its receipt, or (after the last start has drained
#                 the event publication registry) without a case per reported person
#   restarts      clean when /actuator/health answered UP within BENCH_STARTUP_TIMEOUT, no manual step
#
#   bash bench/crash.sh                      # 10 JVM kills + 3 JVM+PostgreSQL kills
#   BENCH_JVM_KILLS=2 BENCH_ALL_KILLS=1 bash bench/crash.sh
#
# Exit status: 0 when nothing was lost or half-written and every restart was clean, 2 otherwise, 1 on setup errors.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

JVM_KILLS=${BENCH_JVM_KILLS:-10}
ALL_KILLS=${BENCH_ALL_KILLS:-3}
CLIENTS=${BENCH_CLIENTS:-4}                 # concurrent curl loops
MIN_UP=${BENCH_MIN_UP:-4}                   # seconds of load before a kill: random in [MIN_UP, MAX_UP]
MAX_UP=${BENCH_MAX_UP:-15}
STARTUP_TIMEOUT=${BENCH_STARTUP_TIMEOUT:-300}
MAX_REQUESTS=${BENCH_MAX_REQUESTS:-200000}  # per client: the load is bounded even if something hangs
APP_PORT=${BENCH_APP_PORT:-}
KEEP=${BENCH_KEEP:-0}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}

log() { printf '[crash %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

exec 9>/tmp/netra-crash.lock
flock -n 9 || die "another bench/crash.sh run holds /tmp/netra-crash.lock"

command -v curl >/dev/null || die "curl missing (Debian: apt-get install curl)"
command -v psql >/dev/null || die "psql missing (Debian: apt-get install postgresql-client)"
command -v java >/dev/null || die "java missing"

TMP=$(mktemp -d /tmp/netra-crash.XXXXXX)
DATA="$TMP/data"
PGDATA_DIR="$DATA/postgres"
APP_PID=""
CLIENT_PIDS=()

pg_pid() { head -n 1 "$PGDATA_DIR/postmaster.pid" 2>/dev/null || true; }
pg_port() { sed -n 4p "$PGDATA_DIR/postmaster.pid" 2>/dev/null || true; }

stop_clients() {
  touch "$TMP/stop-clients"
  for pid in "${CLIENT_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  CLIENT_PIDS=()
}

cleanup() {
  local status=$?
  set +e
  stop_clients
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null
  fi
  # a PostgreSQL still running on our directory (only ours: the pid file and the command line must name it)
  local pg; pg=$(pg_pid)
  if [ -n "$pg" ] && tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null | grep -q -- "-D $PGDATA_DIR"; then
    kill -INT "$pg"; for _ in $(seq 1 60); do kill -0 "$pg" 2>/dev/null || break; sleep 1; done
  fi
  if [ "$KEEP" = 1 ]; then log "kept $TMP (netra-*.log, client-*.log)"; else rm -rf "$TMP"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the jar -----------------------------------------------------------------------------------------------------
JAR=$(ls target/netra-*.jar 2>/dev/null | grep -v -- '-plain\|\.original' | head -n 1 || true)
if [ -z "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  log "building the jar (./mvnw -B -q -DskipTests package)"
  timeout 1200 ./mvnw -B -q -DskipTests package || die "build failed"
  JAR=$(ls target/netra-*.jar | grep -v -- '-plain\|\.original' | head -n 1)
fi

port_in_use() { ss -Htln "sport = :$1" | grep -q .; }
if [ -z "$APP_PORT" ]; then
  for p in $(seq 18600 18999); do port_in_use "$p" || { APP_PORT=$p; break; }; done
fi
[ -n "$APP_PORT" ] || die "no free port"
BASE="http://127.0.0.1:$APP_PORT"

echo "== Netra crash benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "   machine: $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   $JVM_KILLS x kill -9 of the JVM, $ALL_KILLS x kill -9 of the JVM and PostgreSQL; $CLIENTS curl clients"
echo "   jar: $JAR; data: $DATA; port $APP_PORT"

# --- the app -----------------------------------------------------------------------------------------------------
START_COUNT=0
start_app() {
  START_COUNT=$((START_COUNT + 1))
  # the default embedded run: only the port, the data directory and the per-address rate limit (one client
  # address here) differ from ./mvnw spring-boot:run
  # shellcheck disable=SC2086
  setsid java -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" \
    --netra.embedded-db.data-dir="$PGDATA_DIR" --netra.intake.evidence-dir="$DATA/evidence" \
    --netra.intake.rate-limit.submissions=10000000 \
    </dev/null >"$TMP/netra-$START_COUNT.log" 2>&1 &
  APP_PID=$!
}

# wait_up: seconds until UP, or fails after STARTUP_TIMEOUT
wait_up() {
  local t0=$SECONDS
  while [ $((SECONDS - t0)) -lt "$STARTUP_TIMEOUT" ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then return 1; fi
    if curl -fsS -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo $((SECONDS - t0)); return 0
    fi
    sleep 1
  done
  return 1
}

# --- the clients: bounded curl loops, every answer logged -----------------------------------------------------
client() {
  local id=$1 n=0 out body code
  local names=(Agus Budi Citra Dewi Eko Fitri Gilang Hendra Indah Joko Kartika Lukman Maya Nur)
  while [ ! -e "$TMP/stop-clients" ] && [ "$n" -lt "$MAX_REQUESTS" ]; do
    n=$((n + 1))
    body="{\"electionCode\":\"PILKADA-2024\",\"regionCode\":\"36.01\",\"reportedPersons\":[{\"name\":\"${names[RANDOM % 14]} Crash $id-$n\",\"agencyName\":\"Kecamatan Labuan\",\"positionClass\":\"FUNGSIONAL\"}],\"violationCode\":\"DS-2\",\"occurredOn\":\"2024-10-01\",\"description\":\"Uji ketahanan: ASN memasang foto pasangan calon di status WhatsApp, laporan $id-$n-$RANDOM.\",\"reporter\":{\"mode\":\"ANONYMOUS\"}}"
    out=$(curl -sS -m 30 -o - -w '\n%{http_code}' -H 'Content-Type: application/json' -H 'Accept: application/json' \
      --data "$body" "$BASE/api/v1/reports" 2>/dev/null) || out=$'\n000'
    code=${out##*$'\n'}
    if [ "$code" = 201 ]; then
      # one line per acknowledged report: reportId and receipt, as the client was given them
      printf '201 %s %s\n' "$(sed -n 's/.*"reportId" *: *"\([^"]*\)".*/\1/p' <<<"${out%$'\n'*}")" \
        "$(sed -n 's/.*"receipt" *: *"\([^"]*\)".*/\1/p' <<<"${out%$'\n'*}")" >>"$TMP/client-$id.log"
    else
      echo "$code" >>"$TMP/client-$id.log"
      [ "$code" = 000 ] && sleep 0.2   # the app is down: do not spin
    fi
  done
}
start_clients() {
  rm -f "$TMP/stop-clients"
  for c in $(seq 1 "$CLIENTS"); do client "$c" & CLIENT_PIDS+=($!); done
}

# --- the kills -----------------------------------------------------------------------------------------------------
RESTARTS_CLEAN=0; RESTARTS=0; STARTUP_TIMES=()
kill_jvm() { kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }
# the JVM with everything in its session (the watchdog): PostgreSQL, which pg_ctl put in a session of its own, lives on
kill_jvm_session() {
  # shellcheck disable=SC2046
  kill -9 $(ps -o pid= --sid "$APP_PID" 2>/dev/null | tr '\n' ' ') "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}
kill_jvm_and_postgres() {
  local pg; pg=$(pg_pid)
  # all at once, in one kill: the JVM, its process group (the watchdog), the postmaster and every backend
  local pids="$APP_PID $(ps -o pid= --sid "$APP_PID" 2>/dev/null | tr '\n' ' ')"
  [ -n "$pg" ] && pids="$pids $pg $(ps -o pid= --ppid "$pg" | tr '\n' ' ')"
  # shellcheck disable=SC2086
  kill -9 $pids 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}

log "first start (creates the cluster, its password and the demo data)"
start_app
up=$(wait_up) || { tail -n 40 "$TMP/netra-1.log" >&2; die "Netra did not start"; }
log "up in ${up}s"
start_clients

round=0
for kind in $(printf 'jvm %.0s' $(seq 1 "$JVM_KILLS")) $(printf 'all %.0s' $(seq 1 "$ALL_KILLS")); do
  round=$((round + 1))
  wait_s=$((MIN_UP + RANDOM % (MAX_UP - MIN_UP + 1)))
  sleep "$wait_s"
  acked=$(cat "$TMP"/client-*.log 2>/dev/null | grep -c '^201' || true)
  if [ "$kind" = jvm ] && [ $((round % 2)) = 0 ]; then
    kill_jvm_session; what="JVM and its watchdog (PostgreSQL left running)"
  elif [ "$kind" = jvm ]; then
    kill_jvm; what="JVM"
  else
    kill_jvm_and_postgres; what="JVM + PostgreSQL"
  fi
  log "round $round: kill -9 of the $what after ${wait_s}s of load ($acked acknowledged so far)"
  sleep 2
  left=$(pg_pid); if [ -n "$left" ] && kill -0 "$left" 2>/dev/null; then log "round $round: PostgreSQL (pid $left) still running"; fi
  RESTARTS=$((RESTARTS + 1))
  start_app
  if up=$(wait_up); then
    RESTARTS_CLEAN=$((RESTARTS_CLEAN + 1)); STARTUP_TIMES+=("$up")
    log "round $round: restarted by itself, UP after ${up}s"
  else
    log "round $round: NOT restarted within ${STARTUP_TIMEOUT}s; log tail:"; tail -n 30 "$TMP/netra-$START_COUNT.log" >&2
    start_app  # one more try, so the remaining rounds and the check can go on; the round stays counted as failed
    wait_up >/dev/null || die "Netra does not start any more"
  fi
done
sleep 5
stop_clients

# --- the check -----------------------------------------------------------------------------------------------------
PGPORT=$(pg_port)
export PGPASSWORD; PGPASSWORD=$(cat "$PGDATA_DIR/netra-db-password")
q() { psql -X -q -At -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "$1"; }
q "select 1" >/dev/null || die "psql cannot connect with the generated password"
PGPASSWORD= psql -X -q -At -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c "select 1" >/dev/null 2>&1 \
  && NO_PASSWORD="ACCEPTED (bad)" || NO_PASSWORD="refused"

# the outstanding event publications (cases to open) are republished at start; give them a minute to drain
for _ in $(seq 1 60); do
  [ "$(q "select count(*) from event_publication where completion_date is null")" = 0 ] && break; sleep 1
done
PENDING=$(q "select count(*) from event_publication where completion_date is null")

cat "$TMP"/client-*.log | awk '$1 == 201 {print $2}' | sort -u >"$TMP/acked.txt"
ACKED=$(wc -l <"$TMP/acked.txt")
REQUESTS=$(cat "$TMP"/client-*.log | wc -l)
REFUSED=$(cat "$TMP"/client-*.log | grep -c '^000' || true)
OTHER=$(cat "$TMP"/client-*.log | grep -v '^201\|^000' | sort | uniq -c | tr '\n' ';' || true)
q "create table if not exists public.netra_crash_acked (id uuid primary key); truncate public.netra_crash_acked" >/dev/null
psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "\\copy public.netra_crash_acked from '$TMP/acked.txt'" >/dev/null
LOST=$(q "select count(*) from netra_crash_acked a where not exists (select 1 from intake.report r where r.id = a.id)")
NO_PERSON=$(q "select count(*) from intake.report r where r.channel = 'PUBLIC_API'
  and not exists (select 1 from intake.reported_person p where p.report_id = r.id)")
NO_RECEIPT=$(q "select count(*) from intake.report r where r.channel = 'PUBLIC_API'
  and not exists (select 1 from intake.receipt c where c.report_id = r.id)")
NO_CASE=$(q "select count(*) from intake.reported_person p join intake.report r on r.id = p.report_id
  where r.channel = 'PUBLIC_API' and not exists (select 1 from cases.case_file f where f.report_id = p.report_id and f.person_id = p.id)")
STORED=$(q "select count(*) from intake.report where channel = 'PUBLIC_API'")
UNACKED_STORED=$(q "select count(*) from intake.report r where r.channel = 'PUBLIC_API'
  and not exists (select 1 from netra_crash_acked a where a.id = r.id)")
q "drop table public.netra_crash_acked" >/dev/null
HALF=$((NO_PERSON + NO_RECEIPT + NO_CASE))

echo
echo "== Summary"
echo "   requests sent         $REQUESTS ($REFUSED refused while Netra was down; other answers: ${OTHER:-none})"
echo "   acknowledged (201)    $ACKED"
echo "   lost                  $LOST   (acknowledged, not in the database)"
echo "   half-written          $HALF   (without reported person: $NO_PERSON, without receipt: $NO_RECEIPT, reported person without case: $NO_CASE)"
echo "   stored, not acked     $UNACKED_STORED   (committed, the client never heard: the kill came between commit and answer)"
echo "   stored in all         $STORED"
echo "   events pending        $PENDING   (event publications not completed after the last start)"
echo "   clean restarts        $RESTARTS_CLEAN / $RESTARTS   (startup seconds: ${STARTUP_TIMES[*]})"
echo "   password              psql with the generated password: accepted; without: $NO_PASSWORD"
echo "   load average at end   $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$LOST" = 0 ] && [ "$HALF" = 0 ] && [ "$RESTARTS_CLEAN" = "$RESTARTS" ] && [ "$NO_PASSWORD" = refused ]; then
  echo "   PASS"
else
  echo "   FAIL"; exit 2
fi
