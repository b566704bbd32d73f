#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Dashboard benchmark (issue 12): generates BENCH_CASES (1,000,000) synthetic cases with a fixed seed and loads them
# with COPY into the real case tables of an embedded PostgreSQL of its own (categories and transitions then by SQL,
# bench/dashboard-load.sql), counts them into the rollups with the nightly recount, and in the same run times one full
# dashboard (every panel of /analitik) three ways:
#   (a) Netra: CaseStatistics.dashboard over the rollups (one statement; what the page and the API call, labels
#       included), the same panels as 13 calls, GET /api/v1/stats/dashboard over HTTP with Basic auth (JSON; what an
#       external API client pays, a bcrypt check per request), the same API with a personal API token (created once
#       with Basic through POST /api/v1/me/tokens, then "Authorization: Bearer": a hash lookup instead of bcrypt),
#       and the page /analitik over HTTP with a signed-in
#       session (what a browser pays; the page's charts call no API, and the API refuses a session cookie);
#   (b) plain PostgreSQL GROUP BY over a table with one row per case and the same columns (its own connection, with
#       PostgreSQL's default parallel query; the application's pool has it off);
#   (c) DuckDB in process over the same rows (org.duckdb:duckdb_jdbc, test scope only, never in the app jar);
# without a filter, with election + province, and with election + position class. Prints p50/p95 and the ratios,
# with the floor of an API request (GET /api/v1/me, Basic and bearer), of its password check and of a session
# request, and the ratio Basic / bearer for the dashboard API.
#
#   bash bench/dashboard.sh
#   BENCH_CASES=100000 BENCH_ROUNDS=10 bash bench/dashboard.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CASES=${BENCH_CASES:-1000000}
ROUNDS=${BENCH_ROUNDS:-20}
echo "[dashboard] machine load before: $(uptime)"
./mvnw -q -o test-compile
CP=$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -Xmx4g ${BENCH_JAVA_OPTS:-} -Dbench.cases="$CASES" -Dbench.rounds="$ROUNDS" -cp "target/test-classes:target/classes:$CP" \
  id.netra.analytics.bench.DashboardBenchmark
echo "[dashboard] machine load after: $(uptime)"
