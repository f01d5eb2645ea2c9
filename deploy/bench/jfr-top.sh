#!/usr/bin/env bash
# Summarises the CPU samples (jdk.ExecutionSample) of a Java Flight Recording: where the time goes.
#   deploy/bench/jfr-top.sh <recording.jfr> [thread-name regex, default: all threads]
# Prints the share per layer (first match down the stack wins), the hottest frames, the first
# nl.sekswerkregister frame on each stack, and the frames most often anywhere on the stack.
# Record one with deploy/bench/run.sh (BENCH_JFR=1), or on a running service:
#   jcmd <pid> JFR.start name=x settings=profile; ...load...; jcmd <pid> JFR.stop name=x filename=x.jfr
set -euo pipefail
opname=${1:?"usage: $0 <recording.jfr> [thread regex]"}
draden=${2:-.}
jfr print --stack-depth 96 --events jdk.ExecutionSample "$opname" | awk -v draden="$draden" '
/^jdk\.ExecutionSample/ { t = ""; n = 0; next }
/sampledThread = / { t = $0; next }
/stackTrace = \[/ { in_stack = 1; n = 0; next }
in_stack && /^[ \t]+\]/ {
  in_stack = 0
  if (t !~ draden || n == 0) next
  total++
  stack = ""
  for (i = 1; i <= n; i++) stack = stack "\n" st[i]
  c = "other"
  if (stack ~ /org\.jose4j|io\.smallrye\.jwt/) c = "JWT: parse and RS256 verify (smallrye-jwt, jose4j)"
  else if (stack ~ /Verzegelaar/) c = "processing-log sealer (Verzegelaar)"
  else if (stack ~ /nl\.sekswerkregister\.lappendeken\.(domain|controles)/) c = "patchwork engine (Analyse, checks)"
  else if (stack ~ /RegelsCodec/) c = "rule-set JSON parsing (RegelsCodec)"
  else if (stack ~ /org\.postgresql/) c = "PgJDBC (driver)"
  else if (stack ~ /org\.hibernate/) c = "Hibernate ORM"
  else if (stack ~ /com\.arjuna|io\.agroal/) c = "JTA and connection pool"
  else if (stack ~ /com\.fasterxml\.jackson/) c = "Jackson"
  else if (stack ~ /resteasy|io\.quarkus\.arc|io\.quarkus\.security|io\.smallrye\.context|io\.vertx\.ext\.web/) c = "Quarkus REST, CDI, security, routing"
  else if (stack ~ /io\.netty|io\.vertx/) c = "Vert.x and Netty I/O"
  laag[c]++
  boven[st[1]]++
  for (i = 1; i <= n; i++) if (st[i] ~ /^nl\.sekswerkregister\./) { app[st[i]]++; break }
  delete gezien
  for (i = 1; i <= n; i++) if (!(st[i] in gezien)) { gezien[st[i]] = 1; incl[st[i]]++ }
  next
}
in_stack { s = $0; sub(/^[ \t]+/, "", s); sub(/[ \t]+line:.*/, "", s); st[++n] = s; next }
END {
  if (total == 0) { print "no samples"; exit }
  printf "%d CPU samples (threads matching /%s/)\n\n-- by layer\n", total, draden
  for (k in laag) printf "%6d %5.1f%%  %s\n", laag[k], 100 * laag[k] / total, k | "sort -rn"
  close("sort -rn")
  printf "\n-- hottest frames (self)\n"
  for (k in boven) printf "%6d %5.1f%%  %s\n", boven[k], 100 * boven[k] / total, k | "sort -rn | head -n 20"
  close("sort -rn | head -n 20")
  printf "\n-- first nl.sekswerkregister frame on the stack\n"
  for (k in app) printf "%6d %5.1f%%  %s\n", app[k], 100 * app[k] / total, k | "sort -rn | head -n 20"
  close("sort -rn | head -n 20")
  printf "\n-- nl.sekswerkregister frames anywhere on the stack (inclusive)\n"
  for (k in incl) if (k ~ /^nl\.sekswerkregister\./) printf "%6d %5.1f%%  %s\n", incl[k], 100 * incl[k] / total, k | "sort -rn | head -n 25"
  close("sort -rn | head -n 25")
}'
