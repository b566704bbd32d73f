#!/usr/bin/env bash
# Benchmark of the public report intake (issue 3); not a timed test.
#
#   bench/intake.sh                  # builds the jar, runs Netra on a fresh embedded PostgreSQL
#   NETRA_DB_URL=jdbc:postgresql://host:5432/db NETRA_DB_USER=u NETRA_DB_PASSWORD=p bench/intake.sh
#   SKIP_BUILD=1 DURATION=30 CONNECTIONS=64 bench/intake.sh
#
# 1. starts Netra (rate limits raised far above the load), waits for health;
# 2. warms up, then POSTs reports with wrk for DURATION s at CONNECTIONS connections (bench/intake-post.lua);
# 3. on the same PostgreSQL server, runs pgbench single-row inserts (bench/pgbench-insert.sql), same concurrency;
# 4. prints reports/s, p99 latency, inserts/s and the ratio. Needs wrk and pgbench (Debian: wrk, postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-15}
PORT=${PORT:-18490}
PG_PORT=${PG_PORT:-55490}
WORK=$(mktemp -d /tmp/netra-bench.XXXXXX)
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench not found (apt-get install postgresql-client)" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q package -DskipTests
fi
JAR=$(ls target/netra-*.jar | grep -v original | head -n 1)

ARGS=(--server.port="$PORT" --netra.demo.enabled=false
      --netra.intake.rate-limit.submissions=1000000000 --netra.intake.rate-limit.receipt-lookups=1000000000
      --netra.intake.evidence-dir="$WORK/evidence" --logging.level.root=WARN)
if [ -n "${NETRA_DB_URL:-}" ]; then
  # jdbc:postgresql://host:port/db -> pgbench connection
  rest=${NETRA_DB_URL#jdbc:postgresql://}
  hostport=${rest%%/*}
  PG_DB=${rest#*/}; PG_DB=${PG_DB%%\?*}
  PG_HOST=${hostport%%:*}
  PG_PORT=${hostport##*:}; [ "$PG_PORT" = "$hostport" ] && PG_PORT=5432
  PG_USER=${NETRA_DB_USER:-postgres}
  export PGPASSWORD=${NETRA_DB_PASSWORD:-}
  DB_KIND="external PostgreSQL $PG_HOST:$PG_PORT/$PG_DB"
else
  ARGS+=(--netra.embedded-db.data-dir="$WORK/pg" --netra.embedded-db.port="$PG_PORT")
  PG_HOST=localhost PG_DB=postgres PG_USER=postgres
  DB_KIND="embedded PostgreSQL (port $PG_PORT, data in $WORK/pg)"
fi

echo "== starting Netra on :$PORT with $DB_KIND"
java ${JAVA_OPTS:-} -jar "$JAR" "${ARGS[@]}" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "Netra did not start:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
curl -sf "http://localhost:$PORT/actuator/health" >/dev/null \
  || { echo "Netra not healthy after 300 s:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; }

echo "== warm-up ${WARMUP}s"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/intake-post.lua "http://localhost:$PORT" >/dev/null

echo "== wrk: ${CONNECTIONS} connections, ${DURATION}s, POST /api/v1/reports"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/intake-post.lua "http://localhost:$PORT" \
  | tee "$WORK/wrk.txt"
line=$(grep '^BENCH ' "$WORK/wrk.txt")
requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
duration_us=$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<<"$line")
bad=$(sed -E 's/.*errors_status=([0-9]+).*/\1/' <<<"$line")
p99_us=$(sed -E 's/.*p99_us=([0-9]+).*/\1/' <<<"$line")
reports=$(awk -v r="$requests" -v b="$bad" -v d="$duration_us" 'BEGIN { printf "%.1f", (r - b) / (d / 1e6) }')

echo "== pgbench: ${CONNECTIONS} clients, ${DURATION}s, single-row inserts on the same server"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -v ON_ERROR_STOP=1 <<'SQL'
create schema if not exists bench_scratch;
drop table if exists bench_scratch.insert_target;
create table bench_scratch.insert_target (id bigserial primary key, payload text not null,
                                          created_at timestamptz not null default now());
SQL
pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
  -f bench/pgbench-insert.sql "$PG_DB" | tee "$WORK/pgbench.txt"
inserts=$(grep -E '^tps' "$WORK/pgbench.txt" | head -n 1 | sed -E 's/tps = ([0-9.]+).*/\1/')
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -c 'drop schema bench_scratch cascade'

stored=$(psql -tA -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -c 'select count(*) from intake.report')
echo
echo "== result ($(nproc) cores, $DB_KIND)"
awk -v rep="$reports" -v p99="$p99_us" -v ins="$inserts" -v bad="$bad" -v stored="$stored" 'BEGIN {
  printf "reports/s        %10.1f   (non-2xx answers: %d; reports stored incl. warm-up: %d)\n", rep, bad, stored
  printf "p99 latency      %10.1f ms\n", p99 / 1000
  printf "pgbench inserts/s%10.1f\n", ins
  printf "ratio            %10.3f   (goal >= 0.30, p99 < 100 ms)\n", rep / ins
}'
