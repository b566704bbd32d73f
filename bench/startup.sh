#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Start to healthy, and the JVM's resident memory once healthy, for Netra and for an anchor in the same run: the
# smallest Spring Boot app with the same web, JPA, Flyway and actuator starters and the same embedded PostgreSQL
# (bench/startup-anchor). Each is measured on a first start (empty data directory: initdb, every migration, Netra's
# demo data) and on a restart on the data the first start left. Netra is measured as `java -jar` and with a
# class-data-sharing archive (AppCDS, made once by a training start that exits after the context refresh).
# Prints the ratios against the anchor and the goals of issue 10 (restart <= 2x the anchor, RSS <= 400 MB).
#
#   bash bench/startup.sh              # builds what is missing, 3 restarts each, about 5 minutes on 2 idle cores
#   BENCH_RESTARTS=1 bash bench/startup.sh
#   BENCH_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bash bench/startup.sh
set -euo pipefail
shopt -s inherit_errexit # a failed start inside $(...) ends the run instead of measuring on
cd "$(dirname "$0")/.."

java=${BENCH_JAVA:-java}
restarts=${BENCH_RESTARTS:-3}
port=${BENCH_PORT:-18190}
work=${BENCH_WORK:-target/bench-startup}
heap_flags=${BENCH_NETRA_FLAGS:--XX:+UseSerialGC -Xms64m -Xmx512m -Xss512k -XX:ReservedCodeCacheSize=64m}
rm -rf "$work"; mkdir -p "$work"

netra_jar=${BENCH_JAR:-$(ls target/netra-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$netra_jar" ]; then ./mvnw -q -o package -DskipTests; netra_jar=$(ls target/netra-*.jar | head -1); fi
anchor_jar=bench/startup-anchor/target/startup-anchor-1.jar
[ -f "$anchor_jar" ] || ./mvnw -q -o -f bench/startup-anchor/pom.xml package -DskipTests

pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# start <label> <command...>: runs the command, prints "<seconds to healthy> <JVM RSS MB>", stops the app
start() {
  local label=$1; shift
  local t0 t1 pid rss
  t0=$(date +%s.%N)
  "$@" >"$work/$label.log" 2>&1 &
  pid=$!; pids+=("$pid")
  for _ in $(seq 1 1200); do
    if curl -sf "http://localhost:$port/actuator/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label died, see $work/$label.log" >&2; exit 2; fi
    sleep 0.1
  done
  t1=$(date +%s.%N)
  sleep 2 # let the start's last allocations settle before reading RSS
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(echo "$t1 - $t0" | bc -l | xargs printf '%.2f') $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # <name> <command prefix...>; the data directory is $work/<name>-data
  local name=$1; shift
  local first times=() rsss=() r
  first=$(start "$name-first" "$@")
  for i in $(seq 1 "$restarts"); do
    r=$(start "$name-restart-$i" "$@"); times+=("${r% *}"); rsss+=("${r#* }")
  done
  echo "$name first=${first% *}s rss_first=${first#* }MB restart=$(printf '%s\n' "${times[@]}" | median)s rss_restart=$(printf '%s\n' "${rsss[@]}" | median)MB"
}

echo "# $(date -u +%FT%TZ) $($java -version 2>&1 | head -1); uptime: $(uptime)"

anchor=$(measure anchor "$java" -Danchor.data-dir="$work/anchor-data" -jar "$anchor_jar" --server.port=$port)
echo "$anchor"

netra_args=(--server.port=$port --netra.embedded-db.data-dir="$work/netra-data/postgres"
            --netra.audit.chain-key-file="$work/netra-data/audit/chain.key" --netra.audit.anchor.dir="$work/netra-data/audit/anchors"
            --netra.intake.evidence-dir="$work/netra-data/evidence")
netra=$(measure netra "$java" -jar "$netra_jar" "${netra_args[@]}")
echo "$netra"

# AppCDS: a training run on the extracted jar that exits after the refresh writes the archive (Spring Boot's
# documented recipe); later starts map the classes from it instead of parsing and verifying them again.
rm -rf "$work/extracted"
"$java" -Djarmode=tools -jar "$netra_jar" extract --destination "$work/extracted" >/dev/null
rm -rf "$work/netra-data" "$work/cds-data"
"$java" -XX:ArchiveClassesAtExit="$work/netra.jsa" -Dspring.context.exit=onRefresh \
  -jar "$work/extracted/$(basename "$netra_jar")" "${netra_args[@]/netra-data/cds-train-data}" >"$work/cds-train.log" 2>&1 || true
netra_cds=$(measure netra-cds "$java" -XX:SharedArchiveFile="$work/netra.jsa" $heap_flags \
  -jar "$work/extracted/$(basename "$netra_jar")" "${netra_args[@]/netra-data/cds-data}")
echo "$netra_cds (flags: CDS $heap_flags)"

ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }
field() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1==k {gsub(/[sMB]/,"",$2); print $2}'; }
a_restart=$(field "$anchor" restart)
for line in "$netra" "$netra_cds"; do
  name=${line%% *}; restart=$(field "$line" restart); rss=$(field "$line" rss_restart)
  r=$(ratio "$restart" "$a_restart")
  echo "$name: restart ${restart}s = ${r}x anchor ($( [ "$(echo "$r <= 2" | bc)" = 1 ] && echo PASS || echo 'BELOW GOAL') <= 2x);" \
       "RSS ${rss} MB ($( [ "$rss" -le 400 ] && echo PASS || echo 'BELOW GOAL') <= 400 MB)"
done
echo "# uptime after: $(uptime)"
