#!/usr/bin/env bash
# Cross-checks the survey engine against R's survey package on random designs generated from a seed.
# Each design has strata, PSUs (one stratum with a lonely PSU, under a different lonely-PSU policy per design),
# unequal weights, 0/1 multi-select answers, a single-choice question, a numeric one, a domain (sex), an fpc,
# post-stratification and raking. Fails when any figure differs by more than 1e-9 relative.
#
# Usage: scripts/cross-check-r.sh [designs] [seed]      (defaults: 4 designs, seed 20261207)
# Needs Rscript with the survey package; installs Debian's r-base-core and r-cran-survey with apt when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
designs="${1:-4}"
seed="${2:-20261207}"

if ! command -v Rscript >/dev/null 2>&1 || ! Rscript -e 'library(survey)' >/dev/null 2>&1; then
  echo "cross-check: installing r-base-core and r-cran-survey with apt" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends r-base-core r-cran-survey >/dev/null
fi

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/survey-cross-check.classpath -Dmdep.includeScope=test
work="$(mktemp -d target/survey-cross-check.XXXXXX)"
java -cp "target/test-classes:target/classes:$(cat target/survey-cross-check.classpath)" \
  id.netra.survey.estimation.RCrossCheck "$designs" "$seed" "$work" scripts/cross-check.R
