#!/usr/bin/env bash
# Benchmark of the packaged service at national scale, against the database's own ceiling.
#   deploy/bench/run.sh            (about 7 minutes; writes target/bench/, table in target/bench/resultaat.md)
#
# 1. Starts target/quarkus-app/quarkus-run.jar (prod profile, the production JVM options of
#    deploy/java-opties or BENCH_JAVA_OPTS, configuration from the
#    environment only, throwaway JWT and pseudonym keys, empty working directory: start_service of
#    deploy/lib.sh, which also mints the tokens) on a free
#    127.0.0.1 port against the dedicated database sekswerkregister_bench, whose schema it resets
#    first, so that Flyway migrates it. Builds the jar first if it is missing
#    (./mvnw -B -q package -DskipTests; that build is not part of the time budget below).
# 2. After Flyway has migrated, seeds national scale (seed.sql): 342 municipalities with published
#    rule sets, 20,000 licences in every status with their decisions, 30,000 registrations with
#    pseudonyms computed as the service does. Checks a sample through the API (rule sets as seeded,
#    every licence status, registration hit/no-hit, the pseudonyms by _zoek and a refused second
#    registration, a simulation). Then restarts the service: the measured start is process start
#    to the first /q/health/ready 200 on a migrated, seeded schema (the first start is reported too).
# 3. Warms up (BENCH_WARMUP_S=120 s of mixed status checks with wrk -t2 -c32, the analyses in a loop
#    alongside), then measures with wrk (-t2, 16 and 64 connections, BENCH_WRK_S=20 s each, numbers
#    picked at random by status.lua) the licence status check and the registration status check as
#    verificateur (80% valid, 20% unknown but well-formed numbers). Then, sequentially with curl,
#    the national and one municipality's conflict analysis and a simulation, each both uncached
#    (every request right after a "change": an UPDATE of no rows, whose statement trigger moves the
#    analyseversie counter; BENCH_ANALYSE_UNCACHED_N=20) and cached (the same request repeated;
#    BENCH_ANALYSE_N=50), each series at most BENCH_ANALYSE_MAX_S=30 s. Then the RSS of the java
#    process and its heap.
# 4. Right after each wrk run, with the service idle, the database's own ceiling for the same work
#    with pgbench (-j 2 -M prepared, BENCH_PGBENCH_S=15 s, same client count), so that both see
#    the same machine: the status checks' own SQL in sekswerkregister_bench (pgbench-vergunning.sql;
#    for registrations the lookup plus the processing-log INSERT, pgbench-registratie-*.sql
#    @80/@20, while the run holds the sealer's advisory lock so that the service does not seal
#    pgbench's rows meanwhile), and pgbench -S in a database of its own, sekswerkregister_pgbench
#    (scale 1, so that pgbench's tables never enter the service's schema). When PostgreSQL lacks
#    the connection slots for the service's pool plus the clients, that ceiling is measured after
#    the service has stopped instead, and marked.
# 5. Prints one table with the targets (also target/bench/resultaat.md).
#
# Sends traffic to 127.0.0.1 only. Stops by itself: a watchdog ends the run after
# BENCH_DEADLINE_S=570 s, and every step has its own bound. Stops everything it started.
# Needs: java 17, wrk, pgbench, psql, curl, jq, openssl (sudo apt-get install -y wrk
# postgresql-client jq openssl curl). Database login: QUARKUS_DATASOURCE_USERNAME/_PASSWORD
# (default postgres/postgres) on 127.0.0.1:${BENCH_DB_PORT:-5432}; the databases are BENCH_DB and
# BENCH_PGBENCH_DB (default sekswerkregister_bench and sekswerkregister_pgbench). The service's two
# ports are the first free ones in BENCH_PORTS (default 19080-19280).
# BENCH_JFR=1 adds a Java Flight Recording of the measured service (target/bench/service.jfr) and
# a summary of where its CPU time went (target/bench/jfr-top.txt, by deploy/bench/jfr-top.sh);
# BENCH_JAVA_OPTS replaces the JVM options of deploy/java-opties (e.g. BENCH_JAVA_OPTS=" " for the
# JVM defaults).
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
cd "$root"
bench=$root/deploy/bench
out=$root/target/bench
[ -z "${BENCH_JAVA_OPTS:-}" ] || read -ra java_opties <<<"$BENCH_JAVA_OPTS"

warmup_s=${BENCH_WARMUP_S:-120}
wrk_s=${BENCH_WRK_S:-20}
pgbench_s=${BENCH_PGBENCH_S:-15}
analyse_n=${BENCH_ANALYSE_N:-50}
analyse_cold_n=${BENCH_ANALYSE_UNCACHED_N:-20}
analyse_max_s=${BENCH_ANALYSE_MAX_S:-30}
deadline_s=${BENCH_DEADLINE_S:-570}
jfr=${BENCH_JFR:-0}

db=${BENCH_DB:-sekswerkregister_bench}
pgdb=${BENCH_PGBENCH_DB:-sekswerkregister_pgbench}
ports=${BENCH_PORTS:-19080-19280}
use_database "jdbc:postgresql://127.0.0.1:${BENCH_DB_PORT:-5432}/$db"
export PGPASSWORD=$db_password
export PGCONNECT_TIMEOUT=10
# No statement of ours waits longer than this (a lock held elsewhere, say); the service is not affected.
export PGOPTIONS="-c statement_timeout=180000"
issuer=https://idp.bench.invalid/

say() { printf '[bench %s] %s\n' "$(date +%T)" "$*" >&2; }

need_tools "sudo apt-get install -y wrk postgresql-client jq openssl curl" java wrk pgbench psql curl jq openssl awk

if [ ! -f "$jar" ]; then
  say "no $jar: building it with ./mvnw -B -q package -DskipTests"
  ./mvnw -B -q package -DskipTests
fi

rm -rf "$out"
mkdir -p "$out"
begin_run   # $tmp; at exit, the service and the background jobs (the watchdog too) are stopped
mkdir -p "$tmp/work"
pid=        # the service, while it runs
trap 'say "stopped (watchdog after ${deadline_s} s, or TERM)"; exit 124' TERM

# The watchdog: the whole run stops by itself, whatever hangs. At the deadline it ends this
# script's own children (bash runs the TERM trap only once the foreground child is gone), then
# the script, whose EXIT trap stops the rest.
main_pid=$$
(
  trap 'kill "$s" 2>/dev/null; exit 0' TERM
  sleep "$deadline_s" &
  s=$!
  wait "$s"
  for c in $(ps -o pid= --ppid "$main_pid"); do
    [ "$c" = "$BASHPID" ] || kill -TERM "$c" 2>/dev/null || true
  done
  kill -TERM "$main_pid" 2>/dev/null
) &
background+=($!)
start_run=$(date +%s)

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# --- machine -------------------------------------------------------------------------------
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem_gb=$(awk '/^MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
machine="$(nproc) CPUs ($cpu_model), ${mem_gb} GB RAM, $(uname -sr), $(java -version 2>&1 | head -n 1), $(psql --version | awk '{ print "PostgreSQL " $3 }')"
load_start=$(loadavg)
say "machine: $machine; load average $load_start"

# --- 1. database and service ---------------------------------------------------------------
ensure_database
ensure_database "$pgdb"
say "resetting the schema of $db"
empty_database bench

throwaway_keys "$tmp" "$issuer"

vrij=$(free_ports "$ports" 2) || die "fewer than 2 free ports in $ports"
read -r port beheerpoort <<<"$vrij"
base=http://127.0.0.1:$port
beheer=http://127.0.0.1:$beheerpoort   # health and metrics: the management interface
api=$base/api/v1

# start <log> [java options...]: starts the jar (start_service, deploy/lib.sh) and waits for ready.
# Sets pid, ready_ms (process start to the first /q/health/ready 200) and quarkus_start.
start() {
  local log=$1 t0 rc=0
  shift
  say "starting the service on $base"
  t0=$(date +%s%N)
  start_service "$tmp/work" "$log" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$beheerpoort" "${keys_env[@]}" -- "$@"
  pid=$svc_pid
  wait_ready "$pid" "$beheerpoort" 120 0.05 || rc=$?
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  [ "$rc" != 1 ] || { tail -n 30 "$log" >&2; die "the service exited while starting"; }
  [ "$rc" = 0 ] || { tail -n 30 "$log" >&2; die "not ready after 120 s"; }
  quarkus_start=$(grep -o 'started in [0-9.]*s' "$log" | head -n 1 | awk '{ print $3 }')
  say "ready after ${ready_ms} ms (Quarkus says: ${quarkus_start:-?})"
}
# stop: the service (stop_service, deploy/lib.sh); pid is empty while none runs.
stop() {
  stop_service "$pid"
  pid=
}
# First start: Flyway migrates the empty schema.
start "$out/service-first-start.log"
ready_first_ms=$ready_ms
quarkus_first=$quarkus_start

# --- tokens (RS256, signed with the throwaway key) -----------------------------------------
token() { mint_token --key "$jwt_private" --issuer "$issuer" --sub "bench-$1${2:+-$2}" --hours 2 "$@"; }
tok_handhaver=$(token handhaver GM0599)
tok_verificateur=$(token verificateur)
tok_beheerder=$(token landelijk-beheerder)
tok_beleid=$(token beleidsmedewerker GM0363)
processing=(-H 'X-Doelbinding: Verificatie registratie sekswerker' -H 'X-Verwerkingsactiviteit: Controle bij boeking')

# --- 2. seed ------------------------------------------------------------------------------
today=$(TZ=Europe/Amsterdam date +%F)
say "seeding (seed.sql, as of $today)"
seed_start=$(date +%s)
psql_db -v sleutel="$pseudoniemsleutel" -v vandaag="$today" -f "$bench/seed.sql" -P footer=off -F ' ' >"$out/seed.txt"
seed_s=$(( $(date +%s) - seed_start ))
say "seeded in ${seed_s} s:"
sed 's/^/    /' "$out/seed.txt" >&2

psql_db -c "SELECT vergunningnummer FROM bench.lic ORDER BY i" >"$out/vergunningen.txt"
psql_db -c "SELECT nr FROM bench.registratie_nr ORDER BY i" >"$out/registraties-geldig.txt"
psql_db -c "SELECT nr FROM bench.onbekend_nr ORDER BY i" >"$out/registraties-onbekend.txt"
n_known=$(wc -l <"$out/registraties-geldig.txt")
n_unknown=$(wc -l <"$out/registraties-onbekend.txt")
codes=$(psql_db -c "SELECT string_agg(code, '' ORDER BY g) FROM bench.gem")
sed "s/@GEMEENTECODES@/$codes/" "$bench/pgbench-vergunning.sql" >"$out/pgbench-vergunning.sql"

# --- verification through the API -----------------------------------------------------------
failures=0
check() { # check <what> <expected> <actual>
  if [ "$2" = "$3" ]; then
    say "  ok    $1: $3"
  else
    say "  FAIL  $1: expected $2, got $3"
    failures=$((failures + 1))
  fi
}
get() { curl -s --max-time 30 -H "Authorization: Bearer $1" "${@:3}" "$api$2"; }
say "checking the data through the API"
for code in GM0363 $(psql_db -c "SELECT code FROM bench.gem_regels WHERE heeft_v2 ORDER BY g LIMIT 1") \
            $(psql_db -c "SELECT code FROM bench.gem_regels WHERE NOT heeft_v2 ORDER BY g DESC LIMIT 1"); do
  get "$tok_handhaver" "/gemeenten/$code/regelsets" >"$tmp/rs.json"
  check "rule sets of $code: number of versions" "$(psql_db -c "SELECT count(*) FROM regelset WHERE gemeente_code = '$code'")" \
    "$(jq -r '.resultaten | length' "$tmp/rs.json")"
  check "rule sets of $code: rules of the latest version as seeded" \
    "$(psql_db -c "SELECT regels FROM regelset WHERE gemeente_code = '$code' ORDER BY versie DESC LIMIT 1" | jq -cS . | md5sum | cut -c1-12)" \
    "$(jq -cS '.resultaten | max_by(.versie) | .regels' "$tmp/rs.json" | md5sum | cut -c1-12)"
done
check "national analysis reads all 342 rule sets (HTTP)" 200 \
  "$(get "$tok_beleid" "/conflicten?reikwijdte=LANDELIJK&pageSize=1" -o /dev/null -w '%{http_code}')"
check "patchwork index (HTTP)" 200 "$(get "$tok_beleid" "/lappendeken-index" -o /dev/null -w '%{http_code}')"
while read -r number expected; do
  check "licence status $number" "$expected" "$(get "$tok_handhaver" "/vergunningen/$number/status" | jq -r .status)"
done < <(psql_db -F ' ' -c "
  SELECT DISTINCT ON (kind) vergunningnummer, expected FROM (
    SELECT vergunningnummer, i,
           CASE WHEN status IN ('VERLEEND', 'GESCHORST') AND geldig_tot < '$today' THEN 'verlopen' ELSE status END
             || CASE WHEN status = 'VERLEEND' AND geldig_vanaf > '$today' THEN '-future' ELSE '' END AS kind,
           CASE WHEN status IN ('VERLEEND', 'GESCHORST') AND geldig_tot < '$today' THEN 'VERLOPEN'
                WHEN status = 'VERLEEND' AND geldig_vanaf <= '$today' THEN 'GELDIG'
                WHEN status IN ('GESCHORST', 'INGETROKKEN') THEN status ELSE 'NIET_VERLEEND' END AS expected
      FROM bench.lic) x ORDER BY kind, i")
valid_nr=$(head -n 1 "$out/registraties-geldig.txt")
unknown_nr=$(head -n 1 "$out/registraties-onbekend.txt")
check "registration $valid_nr as verificateur: geldig" true "$(get "$tok_verificateur" "/registraties/$valid_nr/status" "${processing[@]}" | jq -r .geldig)"
check "unknown registration $unknown_nr as verificateur" "200 false" \
  "$(get "$tok_verificateur" "/registraties/$unknown_nr/status" "${processing[@]}" -o "$tmp/o.json" -w '%{http_code}') $(jq -r .geldig "$tmp/o.json")"
while read -r number expected; do
  check "registration $number as handhaver" "$expected" "$(get "$tok_handhaver" "/registraties/$number/status" "${processing[@]}" | jq -r .status)"
done < <(psql_db -F ' ' -c "
  SELECT DISTINCT ON (soort) registratienummer, CASE soort WHEN 'ACTIEF_VERLOPEN' THEN 'VERLOPEN' ELSE soort END
    FROM bench.reg ORDER BY soort, n")
# The pseudonyms: the municipality finds the person by BSN (municipal pseudonym), and a second
# registration of the same person is refused (national pseudonym).
read -r p_nr p_code p_bsn < <(psql_db -F ' ' -c "SELECT registratienummer, code, bsn FROM bench.reg WHERE soort = 'ACTIEF' ORDER BY n LIMIT 1")
tok_vv=$(token vergunningverlener "$p_code")
check "_zoek by BSN in $p_code finds $p_nr (municipal pseudonym)" "$p_nr" \
  "$(curl -s --max-time 30 -X POST "$api/registraties/_zoek" -H "Authorization: Bearer $tok_vv" "${processing[@]}" \
      -H 'Content-Type: application/json' -d "{\"identificatie\":{\"bsn\":\"$p_bsn\"}}" | jq -r '[.resultaten[].registratienummer] | join(",")')"
check "second registration of the same person refused (national pseudonym)" 409 \
  "$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -X POST "$api/registraties" -H "Authorization: Bearer $tok_vv" "${processing[@]}" \
      -H 'Content-Type: application/json' -d "{\"gemeenteCode\":\"$p_code\",\"identificatie\":{\"bsn\":\"$p_bsn\"},\"geboortedatum\":\"1990-01-01\",\"intakedatum\":\"$today\"}")"
simulation='{"gemeenteCode":"GM0363","regels":{"minimumleeftijd":21,"registratieplicht":true,"intakeplicht":true,"erkenning":{"soort":"ALLE"},"bedrijfstypen":{"RAAMPROSTITUTIE":{"toegestaan":true,"vergunningplicht":true,"maximumAantal":1,"nachtopeningToegestaan":true},"CLUB":{"toegestaan":true,"vergunningplicht":true,"maximumAantal":2},"ESCORT":{"toegestaan":true},"MASSAGESALON":{"toegestaan":false}},"maximaleWerkurenPerDag":11,"vergunningtermijnJaren":5}}'
printf '%s' "$simulation" >"$tmp/simulation.json"
check "simulation GM0363 (HTTP)" 200 \
  "$(curl -s --max-time 30 -o "$out/simulation-response.json" -w '%{http_code}' -X POST "$api/regelset-simulaties" \
      -H "Authorization: Bearer $tok_beheerder" -H 'Content-Type: application/json' --data-binary "@$tmp/simulation.json")"
# The registry holds no BSN; the bench database need not either, now that they are checked.
psql_db -c "ALTER TABLE bench.reg DROP COLUMN bsn" -c "DROP TABLE bench.bsn"
[ "$failures" -eq 0 ] || die "$failures check(s) through the API failed; see above"

# --- restart: the measured start, on an up-to-date schema with national data ----------------------
stop
jvm_options=()
if [ "$jfr" = 1 ]; then
  jvm_options+=("-XX:StartFlightRecording=filename=$out/service.jfr,settings=profile,dumponexit=true")
fi
start "$out/service.log" "${jvm_options[@]}"

# --- 3. measurements of the service ------------------------------------------------------------
export BENCH_VERGUNNINGEN=$out/vergunningen.txt BENCH_REGISTRATIES=$out/registraties-geldig.txt \
  BENCH_ONBEKEND=$out/registraties-onbekend.txt BENCH_TOKEN_VERGUNNING=$tok_handhaver \
  BENCH_TOKEN_REGISTRATIE=$tok_verificateur BENCH_ONBEKEND_AANDEEL=0.2

say "pgbench schema (scale 1) in $pgdb"
pgbench -h 127.0.0.1 -p "$db_port" -U "$db_user" -i -s 1 -q "$pgdb" >"$out/pgbench-init.log" 2>&1

unsealed() { psql_db -c "SELECT count(*) FROM dataverwerking WHERE volgnummer IS NULL"; }
# Waits (at most $1 s) until the sealer has chained the processing log; prints the seconds it took.
wait_sealed() {
  local begin=$SECONDS
  while [ "$(unsealed)" != 0 ] && [ $((SECONDS - begin)) -lt "$1" ]; do sleep 0.5; done
  echo $((SECONDS - begin))
}

say "warm-up: ${warmup_s} s of mixed load (wrk -t2 -c32), analyses alongside"
# "Something changed": the statement trigger of migration V7 bumps the analyseversie counter even
# when no row is touched, so the service's analysis cache starts afresh; the data stays as it is.
change() { psql_db -c "UPDATE vergunning SET versie = versie WHERE false" >/dev/null; }
analysis_loop() {
  while true; do
    change || true
    for _ in 1 2; do # uncached, then cached
      get "$tok_beleid" "/conflicten?reikwijdte=LANDELIJK&pageSize=100" -o /dev/null || true
      get "$tok_beleid" "/conflicten?gemeenteCode=GM0363" -o /dev/null || true
      curl -s --max-time 30 -o /dev/null -X POST "$api/regelset-simulaties" -H "Authorization: Bearer $tok_beheerder" \
        -H 'Content-Type: application/json' --data-binary "@$tmp/simulation.json" || true
    done
  done
}
analysis_loop &
background+=($!)
loop_pid=$!
BENCH_SOORT=gemengd wrk -t2 -c32 -d"${warmup_s}s" --timeout 10s -s "$bench/status.lua" "$base" >"$out/wrk-warmup.txt" 2>&1 || true
kill -TERM "$loop_pid" 2>/dev/null || true
wait "$loop_pid" 2>/dev/null || true
grep BENCHRESULT "$out/wrk-warmup.txt" | sed 's/^/    warm-up: /' >&2 || true
say "sealer caught up after $(wait_sealed 30) s (unsealed: $(unsealed))"

# key=value fields of the BENCHRESULT line in file $1; field $2
field() { grep -o "BENCHRESULT.*" "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'; }

declare -A r
measure_wrk() { # measure_wrk <kind: vergunning|registratie> <connections>
  local f="$out/wrk-$1-$2.txt"
  say "wrk $1, $2 connections, ${wrk_s} s (load $(loadavg))"
  BENCH_SOORT=$1 wrk -t2 -c"$2" -d"${wrk_s}s" --timeout 10s --latency -s "$bench/status.lua" "$base" >"$f" 2>&1 || true
  r[$1.$2.rps]=$(field "$f" rps); r[$1.$2.p50]=$(field "$f" p50_ms); r[$1.$2.p99]=$(field "$f" p99_ms)
  r[$1.$2.non2xx]=$(field "$f" non2xx); r[$1.$2.sock]=$(field "$f" socket_errors); r[$1.$2.load]=$(loadavg)
  say "    $(grep BENCHRESULT "$f" || echo 'no result')"
}
# Percentiles (ms) of pgbench's per-transaction log (3rd field: latency in us) in files $1.*
pct() { cat "$1".* 2>/dev/null | awk '{ print $3 }' | sort -n | awk -v p="$2" '{ a[NR] = $1 } END { if (NR == 0) { print "?"; exit } i = int(NR * p / 100 + 0.5); if (i < 1) i = 1; printf "%.3f", a[i] / 1000 }'; }
measure_pgbench() { # measure_pgbench <key> <clients> <database> <pgbench arguments...>
  local key=$1 c=$2 d=$3 f="$out/pgbench-$1-$2.txt"
  shift 3
  say "pgbench $key, $c clients, ${pgbench_s} s"
  rm -f "$tmp/log-$key-$c".*
  (cd "$tmp" && pgbench -h 127.0.0.1 -p "$db_port" -U "$db_user" -n -M prepared -c "$c" -j 2 -T "$pgbench_s" \
      -l --sampling-rate=0.1 --log-prefix="$tmp/log-$key-$c" "$@" "$d") >"$f" 2>&1 || true
  r[$key.$c.load]=$(loadavg)
  r[$key.$c.tps]=$(awk '/^tps = / { printf "%.1f", $3 }' "$f")
  r[$key.$c.p50]=$(pct "$tmp/log-$key-$c" 50); r[$key.$c.p99]=$(pct "$tmp/log-$key-$c" 99)
  r[$key.$c.failed]=$(awk -F': ' '/number of failed transactions/ { split($2, a, " "); print a[1]; exit }' "$f")
  say "    tps ${r[$key.$c.tps]:-?}, p50 ${r[$key.$c.p50]} ms, p99 ${r[$key.$c.p99]} ms, failed ${r[$key.$c.failed]:-?}"
}

# The ceiling of each kind of check is measured right after the service's run it is compared with,
# with the service idle, so that both see the same machine (others may be loading it). PostgreSQL
# must have room for the service's pool (up to 30) plus the clients; when it has not, that
# ceiling is measured after the service has stopped (marked in the table).
sealer_slot=1397050195 # Verzegelaar.SLOT (0x5345_4B53): while we hold it, the service's sealer skips its turns
slots_free() { psql_db -c "SELECT current_setting('max_connections')::int - count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"; }
hold_sealer() {
  PGAPPNAME=bench-sealer-lock psql -X -q -h 127.0.0.1 -p "$db_port" -U "$db_user" -d "$db" \
    -c "SELECT pg_advisory_lock($sealer_slot)" -c "SELECT pg_sleep($((pgbench_s + 30)))" >/dev/null 2>&1 &
  background+=($!)
  for _ in $(seq 1 100); do
    [ "$(psql_db -c "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = $sealer_slot AND objsubid = 1")" = 1 ] && return 0
    sleep 0.1
  done
  say "could not take the sealer's lock; the sealer may run during the ceiling"
}
release_sealer() {
  psql_db -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'bench-sealer-lock'" >/dev/null
}
run_ceiling() { # run_ceiling <pgs|pgv|pgr> <clients>
  case $1 in
    pgs) measure_pgbench pgs "$2" "$pgdb" -S ;;
    pgv) measure_pgbench pgv "$2" "$db" -f "$out/pgbench-vergunning.sql" ;;
    pgr)
      # The ceiling is the status check's own SQL; the sealing of its log records is extra work of the service.
      if [ -n "$pid" ]; then hold_sealer; fi
      measure_pgbench pgr "$2" "$db" -D aantal_bekend="$n_known" -D aantal_onbekend="$n_unknown" \
        -f "$bench/pgbench-registratie-bekend.sql@80" -f "$bench/pgbench-registratie-onbekend.sql@20"
      if [ -n "$pid" ]; then release_sealer; fi
      ;;
  esac
}
deferred=()
ceiling() { # ceiling <pgs|pgv|pgr> <clients>
  local free
  free=$(slots_free) # counts this query's own connection, which is gone again when pgbench starts
  if [ "$free" -lt $(($2 + 1)) ]; then
    say "only $free PostgreSQL connection slots free: pgbench $1 with $2 clients comes after the service has stopped"
  else
    run_ceiling "$1" "$2"
    [ -z "${r[$1.$2.tps]:-}" ] || return 0
    say "pgbench $1 with $2 clients failed (see $out/pgbench-$1-$2.txt); again after the service has stopped"
  fi
  deferred+=("$1 $2")
  r[$1.$2.mark]=" †"
}

for c in 16 64; do
  measure_wrk vergunning "$c"
  ceiling pgv "$c"
  ceiling pgs "$c"
done
for c in 16 64; do
  say "sealer caught up after $(wait_sealed 20) s"
  measure_wrk registratie "$c"
  r[registratie.$c.backlog]=$(unsealed)
  r[registratie.$c.drain]=$(wait_sealed 25)
  ceiling pgr "$c"
done

# Sequential latency of the analyses (ms): p50, p95, n. Uncached: each request follows a change();
# cached: the same request again and again (after one that fills the cache, not counted).
measure_series() { # measure_series <key> <uncached|cached> <max n> <curl arguments...>
  local key=$1 mode=$2 max_n=$3 f="$out/analyse-$1.txt" begin=$SECONDS i
  shift 3
  : >"$f"
  [ "$mode" = cached ] && curl -s --max-time 30 -o /dev/null "$@"
  for i in $(seq 1 "$max_n"); do
    [ "$mode" = uncached ] && change
    curl -s --max-time 30 -o /dev/null -w '%{http_code} %{time_total}\n' "$@" >>"$f" || echo "000 30" >>"$f"
    [ $((SECONDS - begin)) -ge "$analyse_max_s" ] && break
  done
  r[$key.n]=$(wc -l <"$f")
  r[$key.bad]=$(awk '$1 != 200' "$f" | wc -l)
  r[$key.p50]=$(awk '{ print $2 * 1000 }' "$f" | sort -n | awk '{ a[NR] = $1 } END { i = int(NR * 0.50 + 0.5); if (i < 1) i = 1; printf "%.1f", a[i] }')
  r[$key.p95]=$(awk '{ print $2 * 1000 }' "$f" | sort -n | awk '{ a[NR] = $1 } END { i = int(NR * 0.95 + 0.5); if (i < 1) i = 1; printf "%.1f", a[i] }')
  say "    $key: n ${r[$key.n]}, p50 ${r[$key.p50]} ms, p95 ${r[$key.p95]} ms, not 200 ${r[$key.bad]}"
}
say "analyses, sequential (load $(loadavg))"
landelijk=(-H "Authorization: Bearer $tok_beleid" "$api/conflicten?reikwijdte=LANDELIJK&pageSize=100")
gemeente=(-H "Authorization: Bearer $tok_beleid" "$api/conflicten?gemeenteCode=GM0363")
simulatie=(-X POST -H "Authorization: Bearer $tok_beheerder" -H 'Content-Type: application/json'
  --data-binary "@$tmp/simulation.json" "$api/regelset-simulaties")
for kind in landelijk gemeente simulatie; do
  declare -n args=$kind
  measure_series "$kind-uncached" uncached "$analyse_cold_n" "${args[@]}"
  measure_series "$kind-cached" cached "$analyse_n" "${args[@]}"
  unset -n args
done

rss_mb=$(ps -o rss= -p "$pid" | awk '{ printf "%.0f", $1 / 1024 }')
# What the heap takes of it.
jcmd "$pid" GC.heap_info >"$out/heap-info.txt" 2>&1 || true
heap_committed_mb=$(awk '/(garbage-first heap|generation|PSYoungGen|ParOldGen)/ { for (i = 1; i <= NF; i++) if ($i == "total") { v = $(i + 1); sub(/K,?/, "", v); t += v } } END { if (t) printf "%.0f", t / 1024 }' "$out/heap-info.txt")
heap_max_mb=$(java "${java_opties[@]}" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%.0f", $4 / 1048576 }')
say "RSS after the load: ${rss_mb} MB (heap committed ${heap_committed_mb:-?} MB, max heap ${heap_max_mb:-?} MB)"
log_problems=$(grep -c -E ' (ERROR|WARN) ' "$out/service.log" || true)
stop

# --- 4. ceilings that did not fit while the service ran ------------------------------------------
for d in "${deferred[@]}"; do
  run_ceiling ${d% *} ${d#* }
done
load_end=$(loadavg)

if [ "$jfr" = 1 ] && [ -f "$out/service.jfr" ]; then
  "$bench/jfr-top.sh" "$out/service.jfr" >"$out/jfr-top.txt" 2>&1 || true
  say "JFR summary of the whole run: $out/jfr-top.txt"
fi

# --- 5. the table -----------------------------------------------------------------------------
pct_of() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "?"; else printf "%.0f%%", 100 * a / b }'; }
ja() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { if (a == "" || a == "?") { print "?"; exit } ok = (op == "<") ? (a + 0 < b + 0) : (a + 0 >= b + 0); print ok ? "yes" : "**no**" }'; }
ratio_num() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print ""; else printf "%.4f", a / b }'; }
fmt() { awk -v a="$1" -v d="$2" 'BEGIN { if (a == "") print "?"; else printf "%." d "f", a }'; }
{
  echo "### Benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "Machine: $machine. Load average (1/5/15 min) at start $load_start, at end $load_end: other processes may share the machine, and then every figure below is lower than the machine can do."
  echo "Data: 342 municipalities with published rule sets (57 with a second version), 20,000 licences in every status, 30,000 registrations. Service: prod profile, JVM options '${java_opties[*]:-(JVM defaults)}'. Warm-up ${warmup_s} s of mixed load; wrk -t2, ${wrk_s} s per run. Ceiling: pgbench -j 2 -M prepared, ${pgbench_s} s per run, right after the service run it is compared with, the service idle (its processing-log sealer held off); † = measured after the service had stopped, for lack of PostgreSQL connection slots."
  echo
  echo "| status check | conn. | service req/s | p50 ms | p99 ms | ceiling (same SQL, pgbench) tps | p50 ms | p99 ms | service / ceiling | pgbench -S tps | load avg wrk / pgbench |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for kind in vergunning registratie; do
    key=pgv; name="licence \`GET /vergunningen/{nr}/status\`"
    [ "$kind" = registratie ] && { key=pgr; name="registration \`GET /registraties/{nr}/status\` (verificateur, 80% valid, 20% unknown)"; }
    for c in 16 64; do
      echo "| $name | $c | $(fmt "${r[$kind.$c.rps]:-}" 0) | $(fmt "${r[$kind.$c.p50]:-}" 1) | $(fmt "${r[$kind.$c.p99]:-}" 1) | $(fmt "${r[$key.$c.tps]:-}" 0)${r[$key.$c.mark]:-} | $(fmt "${r[$key.$c.p50]:-}" 2) | $(fmt "${r[$key.$c.p99]:-}" 2) | $(pct_of "${r[$kind.$c.rps]:-}" "${r[$key.$c.tps]:-}") | $(fmt "${r[pgs.$c.tps]:-}" 0)${r[pgs.$c.mark]:-} | ${r[$kind.$c.load]%% *} / ${r[$key.$c.load]%% *} |"
    done
  done
  echo
  echo "| target | measured | met |"
  echo "|---|---|---|"
  for kind in vergunning registratie; do
    key=pgv; name=licence
    [ "$kind" = registratie ] && { key=pgr; name=registration; }
    echo "| $name status at 64 conn. ≥ 50% of ceiling | $(pct_of "${r[$kind.64.rps]:-}" "${r[$key.64.tps]:-}") | $(ja "$(ratio_num "${r[$kind.64.rps]:-}" "${r[$key.64.tps]:-}")" '>=' 0.5) |"
    echo "| $name status p99 at 64 conn. < 25 ms | $(fmt "${r[$kind.64.p99]:-}" 1) ms | $(ja "${r[$kind.64.p99]:-}" '<' 25) |"
  done
  for kind in landelijk gemeente simulatie; do
    case $kind in
      landelijk) name="national analysis \`GET /conflicten?reikwijdte=LANDELIJK&pageSize=100\`"; target=200 ;;
      gemeente) name="one municipality \`GET /conflicten?gemeenteCode=GM0363\`"; target=20 ;;
      simulatie) name="simulation \`POST /regelset-simulaties\` (GM0363)"; target=30 ;;
    esac
    for mode in cached uncached; do
      what="repeated, served from the analysis cache"
      [ "$mode" = uncached ] && what="first after a change of the data, uncached"
      echo "| $name p50 < $target ms: $what | p50 ${r[$kind-$mode.p50]} ms, p95 ${r[$kind-$mode.p95]} ms (n ${r[$kind-$mode.n]}) | $(ja "${r[$kind-$mode.p50]}" '<' "$target") |"
    done
  done
  echo "| process start to \`/q/health/ready\` 200 < 3 s (restart on a migrated, seeded schema) | ${ready_ms} ms (Quarkus: ${quarkus_start:-?}); first start incl. Flyway on an empty schema ${ready_first_ms} ms | $(ja "$ready_ms" '<' 3000) |"
  echo "| RSS of the java process after the load < 400 MB | ${rss_mb} MB (heap committed ${heap_committed_mb:-?} MB of max ${heap_max_mb:-?} MB) | $(ja "$rss_mb" '<' 400) |"
  echo
  echo "Errors: wrk non-2xx licence ${r[vergunning.16.non2xx]:-?}/${r[vergunning.64.non2xx]:-?}, registration ${r[registratie.16.non2xx]:-?}/${r[registratie.64.non2xx]:-?} (16/64 conn.); socket errors ${r[vergunning.16.sock]:-?}/${r[vergunning.64.sock]:-?}, ${r[registratie.16.sock]:-?}/${r[registratie.64.sock]:-?}; pgbench failed transactions: ${r[pgs.16.failed]:-?}/${r[pgs.64.failed]:-?} (-S), ${r[pgv.16.failed]:-?}/${r[pgv.64.failed]:-?} (licence), ${r[pgr.16.failed]:-?}/${r[pgr.64.failed]:-?} (registration); analyses not 200: $(( r[landelijk-cached.bad] + r[landelijk-uncached.bad] + r[gemeente-cached.bad] + r[gemeente-uncached.bad] + r[simulatie-cached.bad] + r[simulatie-uncached.bad] )); WARN/ERROR lines in the service log: ${log_problems}."
  echo "Processing log: unsealed records right after the registration runs ${r[registratie.16.backlog]:-?}/${r[registratie.64.backlog]:-?}, sealed ${r[registratie.16.drain]:-?}/${r[registratie.64.drain]:-?} s later. Seeding took ${seed_s} s; the whole run $(( $(date +%s) - start_run )) s."
} >"$out/resultaat.md"
echo
cat "$out/resultaat.md"
