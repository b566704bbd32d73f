#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Survey benchmark (issue 13): 1M respondents, 20 binary indicators, 38 strata (provinces), 10,000 PSUs. Times R's
# survey package and Netra's engine on the same data in the same run (svydesign timed apart): svymean of the 20
# indicators, svyby of them over the 38 provinces, svyciprop(logit). Prints R/Netra per step and checks every figure
# is equal at 1e-9 relative (exit 1 otherwise). Goal: each ratio >= 100.
#
#   bash bench/survey.sh            # seed 20261207; R's svyby alone takes minutes
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-20261207}"
work="$(mktemp -d /tmp/netra-survey-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

command -v Rscript >/dev/null && Rscript -e 'library(survey)' >/dev/null 2>&1 \
  || { echo "bench: needs Rscript with the survey package (apt-get install r-base-core r-cran-survey)" >&2; exit 1; }
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/survey-bench.classpath -Dmdep.includeScope=test
# a snapshot of the compiled classes, so that a build in the same worktree during R's minutes cannot pull them away
mkdir -p "$work/classes"
cp -r target/classes/. target/test-classes/. "$work/classes/"
cp="$work/classes:$(cat target/survey-bench.classpath)"

echo "load before: $(uptime)"
java -cp "$cp" id.netra.survey.estimation.SurveyBenchmark generate "$work/data.csv" "$seed"
Rscript bench/survey.R "$work/data.csv" "$work/r.csv"
grep '"time|' "$work/r.csv" | sed 's/^/R seconds: /'
echo "load after R: $(uptime)"
java -Xmx3g -cp "$cp" id.netra.survey.estimation.SurveyBenchmark run "$work/data.csv" "$work/r.csv"
echo "load after: $(uptime)"
