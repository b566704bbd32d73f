#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Summarises the CPU samples of a Java Flight Recorder file: the methods where the samples were taken (self) and the
# share of samples under each of a few methods that matter for intake (inclusive). Used by intake.sh BENCH_PROFILE=1.
#   bash bench/jfr-top.sh recording.jfr [HH:MM:SS]   (only samples from that time of day on; JFR prints local time)
set -euo pipefail
file=${1:?usage: jfr-top.sh recording.jfr [HH:MM:SS]}
from=${2:-00:00:00}
jfr print --events jdk.ExecutionSample --stack-depth 300 "$file" | awk -v from="$from" '
  function flush(   m, seen) {
    if (n == 0) return
    total++
    self[frames[1]]++
    split("", seen)
    for (i = 1; i <= n; i++) {
      m = frames[i]
      if (!(m in seen)) { seen[m] = 1; incl[m]++ }
    }
    n = 0
  }
  /^[[:space:]]*startTime = / { t = $3; keep = (substr(t, 1, 8) >= from); next }
  /stackTrace = \[/ { inside = keep; n = 0; next }
  inside && /^[[:space:]]*\]/ { inside = 0; flush(); next }
  inside {
    line = $0
    sub(/^[[:space:]]+/, "", line)
    sub(/[[:space:]]+line:.*$/, "", line)
    sub(/\(.*$/, "", line)
    if (line != "...") frames[++n] = line
  }
  END {
    if (total == 0) { print "no execution samples"; exit }
    printf "%d samples\n", total
    print "self (where the CPU was):"
    for (m in self) printf "  %5.1f%%  %s\n", 100 * self[m] / total, m | "sort -rn | head -n 15"
    close("sort -rn | head -n 15")
    print "inclusive (samples with this method on the stack), selected:"
    for (m in incl)
      if (m ~ /^id\.netra\.|Pbkdf2PasswordEncoder\.encode|SecretKeyFactory\.generateSecret|org\.postgresql\.jdbc\.PgPreparedStatement\.execute|SessionImpl\.flush|ObjectMapper\.readValue|AbstractJackson.*\.read|ValidatorImpl\.validate$|FilterChainProxy\.doFilter$|HttpServlet\.service$|SecureRandom\.next|MessageSource|TransactionTemplate\.execute/)
        printf "  %5.1f%%  %s\n", 100 * incl[m] / total, m | "sort -rn | head -n 30"
  }'
