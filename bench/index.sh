#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Vulnerability-index benchmark (issue 14): 514 regions x 30 indicators, Bawaslu preset, 10,000 Monte Carlo runs,
# end to end through POST /api/v1/index/compute on the embedded run (java -jar, its own port and data directory),
# against base R (scripts/vulnerability-index.R) on the same data in the same run. Checks that both give the same
# deterministic scores (1e-9) and prints R seconds / Netra seconds. Goals: Netra < 1 s on 2 cores, ratio >= 20.
# Both sides do the same computation twice: the full request (8 survey indicators drawn from N(p, SE^2) in every run;
# R gets their SEs in se.csv) and the same without survey draws. The two Monte Carlos use different generators, so
# their intervals cannot agree to the digit; the script checks that they agree within Monte Carlo error (P(high)
# within 0.05 for every region), which shows R's script computes the same thing. Netra is timed cold (the first
# request after start), then warm. Netra is called as an integration calls it, with a personal API token
# (Authorization: Bearer, created once through the API with Basic): a SHA-256 lookup per request. The full request is
# also timed with HTTP Basic, whose bcrypt check per request is what a password costs. Besides wall times it prints
# CPU seconds (JVM user+sys per request from /proc, R's proc.time), which a loaded machine inflates much less than
# wall times.
#
#   bash bench/index.sh                 # BENCH_RUNS=10000 BENCH_REPEATS=5 BENCH_PORT=18914
# Exit status: 0 when the scores agree (whatever the times), 1 otherwise or on setup errors.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${BENCH_RUNS:-10000}
REPEATS=${BENCH_REPEATS:-5}
PORT=${BENCH_PORT:-18914}
SEED=20261207
TMP=$(mktemp -d /tmp/netra-index-bench.XXXXXX)
APP_PID=""
cleanup() { local status=$?; if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; fi; rm -rf "$TMP"; exit "$status"; }
trap cleanup EXIT
command -v Rscript >/dev/null || { echo "bench: needs Rscript (apt-get install r-base-core)" >&2; exit 1; }

./mvnw -q -B -o -DskipTests package
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/index-bench.classpath -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/index-bench.classpath)" \
  id.netra.vulnerability.engine.IndexBenchmark generate "$TMP" 514 30 "$RUNS" "$SEED"
JAR=$(ls target/netra-*.jar | grep -v plain | head -n 1)
java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --netra.embedded-db.data-dir="$TMP/pg" \
  --netra.intake.evidence-dir="$TMP/evidence" --netra.audit.chain-key-file="$TMP/audit/chain.key" \
  --netra.audit.anchor.dir="$TMP/audit/anchors" --netra.demo.synthetic-cases=0 >"$TMP/app.log" 2>&1 &
APP_PID=$!
# health is UP before the demo users exist (they are created by a start-up runner): wait for a signed-in answer
up=""
for _ in $(seq 1 900); do
  curl -fsS --max-time 2 -u analyst:netra-demo -o /dev/null "http://127.0.0.1:$PORT/api/v1/me" 2>/dev/null && { up=1; break; }
  sleep 1
done
[ -n "$up" ] || { echo "bench: Netra did not answer signed-in requests within 900 s"; tail -n 20 "$TMP/app.log"; exit 1; }
ticks=$(getconf CLK_TCK)
app_cpu() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$APP_PID/stat"; }
# the demo data (reports, cases walked through the workflow, the demo survey) is written in the background after the
# first signed-in answer: wait until the JVM is quiet (under 0.3 s of CPU in 3 s), or it is timed with the requests
settle=$SECONDS
for _ in $(seq 1 100); do
  c0=$(app_cpu); sleep 3
  [ "$(echo "$(app_cpu) - $c0 < 0.3" | bc)" = 1 ] && break
done
echo "Netra quiet after its start-up work: $((SECONDS - settle)) s after the first signed-in answer"
# one personal API token, created once with Basic through the API (POST /api/v1/me/tokens)
TOKEN=$(curl -fsS -u analyst:netra-demo -H 'Content-Type: application/json' \
  --data '{"name":"bench index.sh","expiresInDays":1}' "http://127.0.0.1:$PORT/api/v1/me/tokens" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["secret"])')
[ -n "$TOKEN" ] || { echo "bench: could not create an API token"; exit 1; }
# how post() authenticates: the bearer token, or HTTP Basic (a bcrypt check per request) where AUTH says so
AUTH=(-H "Authorization: Bearer $TOKEN")
post() { curl -sS -o "$TMP/netra.json" -w '%{http_code} %{time_total}\n' "${AUTH[@]}" \
  -H 'Content-Type: application/json' --data-binary @"${1:-$TMP/request.json}" "http://127.0.0.1:$PORT/api/v1/index/compute"; }
# the same request without survey draws, timed against R without them
sed 's/"surveyDraws":true/"surveyDraws":false/' "$TMP/request.json" >"$TMP/request-nosurvey.json"
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "load before: $(uptime)"
cpu0=$(app_cpu)
read -r code cold < <(post)
[ "$code" = 200 ] || { echo "bench: API answered $code"; head -c 500 "$TMP/netra.json"; exit 1; }
echo "Netra cold (first request after start, JIT not warm): ${cold} s wall, $(echo "$(app_cpu) - $cpu0" | bc) s JVM CPU"
for _ in 1 2 3; do post >/dev/null; done   # warm-up (JIT)
timed() {   # timed <request file> <label>: REPEATS requests, median wall and JVM CPU (user+sys) per request
  local times=() t code c0 c1
  c0=$(app_cpu)
  for _ in $(seq 1 "$REPEATS"); do
    read -r code t < <(post "$1")
    [ "$code" = 200 ] || { echo "bench: API answered $code"; head -c 500 "$TMP/netra.json"; exit 1; }
    times+=("$t")
  done
  c1=$(app_cpu)
  echo "$(median "${times[@]}") $(echo "scale=3; ($c1 - $c0) / $REPEATS" | bc) ${times[*]}"
}
read -r nosurvey nosurvey_cpu rest < <(post "$TMP/request-nosurvey.json" >/dev/null; timed "$TMP/request-nosurvey.json")
echo "Netra warm (bearer token), no survey draws, median of $REPEATS: ${nosurvey} s wall, ${nosurvey_cpu} s JVM CPU per request   [${rest}]"
read -r netra netra_cpu rest < <(timed "$TMP/request.json")
echo "Netra warm (bearer token), full request (with survey draws), median of $REPEATS: ${netra} s wall, ${netra_cpu} s JVM CPU per request   [${rest}]"
AUTH=(-u analyst:netra-demo)
read -r basic basic_cpu rest < <(post >/dev/null; timed "$TMP/request.json")
echo "Netra warm, full request with HTTP Basic instead of the token, median of $REPEATS: ${basic} s wall, ${basic_cpu} s JVM CPU per request   [${rest}]"
AUTH=(-H "Authorization: Bearer $TOKEN")
echo "load after Netra: $(uptime)"
Rscript scripts/vulnerability-index.R "$TMP/data.csv" "$RUNS" "$TMP/r.csv" "$TMP/se.csv"
r=$(grep '^time|' "$TMP/r.csv" | cut -d'|' -f2)
r_cpu=$(grep '^cpu|' "$TMP/r.csv" | cut -d'|' -f2)
echo "R, full (with survey draws; computation only, file reading excluded): ${r} s wall, ${r_cpu} s CPU"
Rscript scripts/vulnerability-index.R "$TMP/data.csv" "$RUNS" "$TMP/r-nosurvey.csv"
r_like=$(grep '^time|' "$TMP/r-nosurvey.csv" | cut -d'|' -f2)
r_like_cpu=$(grep '^cpu|' "$TMP/r-nosurvey.csv" | cut -d'|' -f2)
echo "R, without survey draws: ${r_like} s wall, ${r_like_cpu} s CPU"
echo "load after: $(uptime)"
python3 - "$TMP/netra.json" "$TMP/r.csv" "$netra" "$r" "$nosurvey" "$r_like" "$netra_cpu" "$r_cpu" "$nosurvey_cpu" \
  "$r_like_cpu" "$basic" "$basic_cpu" <<'PY'
import csv, json, sys
netra = {x["code"]: x for x in json.load(open(sys.argv[1]))["regions"]}
rows = [r for r in csv.DictReader(l for l in open(sys.argv[2]) if "|" not in l)]
worst = max(abs(netra[r["code"]]["score"] - float(r["score"])) for r in rows)
cats = sum(netra[r["code"]]["category"] != r["category"] for r in rows)
ranks = sum(netra[r["code"]]["rank"] != int(r["rank"]) for r in rows)
print(f"deterministic scores: max |Netra - R| = {worst:.2e}; categories differing: {cats}; ranks differing: {ranks}")
# the Monte Carlo outputs: different generators, so equal only within Monte Carlo error
dp = [abs(netra[r["code"]]["pHigh"] - float(r["p_high"])) for r in rows]
dm = [abs(netra[r["code"]]["medianRank"] - int(r["rank_median"])) for r in rows]
dw = [abs((netra[r["code"]]["rankHigh"] - netra[r["code"]]["rankLow"]) - (int(r["rank_high"]) - int(r["rank_low"])))
      for r in rows]
print(f"Monte Carlo, full request vs R with draws: P(high) max |diff| = {max(dp):.3f}, mean {sum(dp) / len(dp):.4f}; "
      f"median rank mean |diff| = {sum(dm) / len(dm):.2f}; 5-95% interval width mean |diff| = {sum(dw) / len(dw):.2f}")
full, r, like, r_like, full_cpu, r_cpu, like_cpu, r_like_cpu, basic, basic_cpu = map(float, sys.argv[3:13])
print(f"ratio R / Netra (wall) = {r / full:.1f} full request, {r_like / like:.1f} without survey draws; "
      f"{r / basic:.1f} full request with HTTP Basic")
print(f"ratio R / Netra (CPU)  = {r_cpu / full_cpu:.1f} full request, {r_like_cpu / like_cpu:.1f} without survey draws; "
      f"{r_cpu / basic_cpu:.1f} full request with HTTP Basic")
sys.exit(0 if worst < 1e-9 and cats == 0 and ranks == 0 and max(dp) < 0.05 else 1)
PY
