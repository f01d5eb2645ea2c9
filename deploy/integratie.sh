#!/usr/bin/env bash
# Integration test of guarantees that must hold across instances and crashes, against the PACKAGED
# service (target/quarkus-app/quarkus-run.jar, prod profile). Two instances share one database:
#   A. a cap in a rule set holds when 12 grants race over both instances (3 x 201, 9 x 409);
#   B. one person, one running registration: the same BSN registered at once in 8 municipalities,
#      over both instances (1 x 201, 7 x 409);
#   C. the processing log stays one gap-free hash chain while ~300 audited requests hit both
#      instances (both run a sealer; an advisory lock lets one seal at a time);
#   D. crash safety: instance 1 is killed with SIGKILL while it is being written to; afterwards every
#      operator acknowledged with 201 exists, none answered 4xx exists, and the chain still verifies.
#   E. events across instances and a crash: a receiver on 127.0.0.1 (deploy/tools/Ontvanger.java, slow, failing
#      some first attempts) subscribes to everything; a scenario over both instances (licence decisions,
#      refused and rolled-back ones among them, a registration decision, a rule-set publication, sanctions);
#      instance 1 is killed with SIGKILL while deliveries are in flight and instance 2 takes its claims over.
#      Then: every committed change has its event, no refused one has; every event arrived, exactly once
#      after de-duplication by id; every signature verifies; per subject, order held.
# Build first:  ./mvnw -B package -DskipTests      then:  deploy/integratie.sh
#
# Database: its own, INTEGRATIE_DB (default `sekswerkregister_integratie`) on localhost:5432 (created by
# deploy/ensure-postgres.sh; emptied at every run with DROP SCHEMA public CASCADE; Flyway migrates at
# start). The database roles of QUARKUS_DATASOURCE_USERNAME/_PASSWORD and QUARKUS_FLYWAY_USERNAME/_PASSWORD are honoured (default
# the DEV-ONLY roles of README "Database roles"); QUARKUS_DATASOURCE_JDBC_URL is deliberately ignored, so this script never
# empties a database you pointed the other scripts at. Ports: the first free ones in
# INTEGRATIE_PORTS (default 18200-18300), on 127.0.0.1.
# Keys are throwaway (RSA key pair, issuer and pseudonym key made here); tokens are minted with
# them (mint_token, deploy/lib.sh). Needs java, curl, jq, openssl, psql. Only talks to 127.0.0.1
# (and PostgreSQL).
# One PASS/FAIL line per check and an overall line; exits non-zero when any check fails; stops
# whatever it started; logs and responses stay in target/integratie/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
logs=$root/target/integratie
checks_logs=$logs
start_timeout=120   # seconds to wait for /q/health/ready (management port)
seal_timeout=30     # seconds to wait until the processing log is sealed and intact
c_parallel=32       # check C: requests in flight at once (both pools stay well below their 30)

db_name=${INTEGRATIE_DB:-sekswerkregister_integratie}
ports=${INTEGRATIE_PORTS:-18200-18300}

need_tools "e.g. sudo apt-get install -y curl jq openssl postgresql-client" java curl jq openssl psql xargs
need_jar

started=$(date +%s)
begin_run
rm -rf "$logs"
mkdir -p "$logs/antwoorden" "$tmp/work1" "$tmp/work2"
declare -A pid=([1]="" [2]="")

# --- Database: its own, emptied ---------------------------------------------------------------
use_database "jdbc:postgresql://localhost:5432/$db_name"
ensure_database 2>"$logs/ensure-postgres.log" ||
  { cat "$logs/ensure-postgres.log" >&2; die "database $db_name on $db_host:$db_port could not be made ready"; }
empty_database || die "could not empty database $db_name (is an old instance still connected to it?)"

# --- Throwaway keys, issuer and tokens ---------------------------------------------------------
issuer="https://idp.integratie-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n').invalid/"
throwaway_keys "$tmp" "$issuer"
# mint <role> [gemeenteCode]: a token of the throwaway issuer, valid for an hour.
mint() { mint_token --key "$jwt_private" --issuer "$issuer" --sub "integratie-$1${2:+-$2}" --hours 1 "$@"; }
gemeenten=(GM0344 GM0363 GM0599 GM0518 GM0014 GM0772 GM0080 GM0268)
for g in "${gemeenten[@]}"; do
  token=$(mint vergunningverlener "$g")
  export "TOKEN_VV_$g=$token"
done
export TOKEN_HANDHAVER TOKEN_VERIFICATEUR TOKEN_AUDITOR
TOKEN_HANDHAVER=$(mint handhaver GM0344)
TOKEN_VERIFICATEUR=$(mint verificateur)
TOKEN_AUDITOR=$(mint auditor)

# A random BSN that passes the elfproef (9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11), never the
# same twice in a run. Sets $BSN (no subshell, so that the set of used numbers persists).
declare -A used_bsn=()
new_bsn() {
  local i d s digits
  for _ in $(seq 1 200); do
    digits=$((RANDOM % 9 + 1))
    for i in 1 2 3 4 5 6 7; do digits+=$((RANDOM % 10)); done
    s=0
    for i in 0 1 2 3 4 5 6 7; do s=$((s + (9 - i) * ${digits:i:1})); done
    d=$((s % 11))
    [ "$d" -lt 10 ] || continue
    BSN=$digits$d
    [ -z "${used_bsn[$BSN]:-}" ] || continue
    used_bsn[$BSN]=1
    echo "$BSN" >>"$tmp/bsns"
    return 0
  done
  return 1
}

# --- Two instances ---------------------------------------------------------------------------
# The variables this script exports for its workers are no configuration of the service.
svc_drop=('TOKEN_*' BASE1 BASE2 DOEL REGNR C_OUT C_GISTEREN)
# start_instance <n> <log>: the jar (start_service, deploy/lib.sh) on the ports of instance n, in
# an empty working directory of its own.
start_instance() {
  start_service "$tmp/work$1" "$2" QUARKUS_HTTP_PORT="${port[$1]}" QUARKUS_MANAGEMENT_PORT="${beheer[$1]}" "${keys_env[@]}" \
    "${gebeurtenissen_env[@]}"
  pid[$1]=$svc_pid
}
# Events (check E): webhooks only to the receiver of this run; a short lease, so that instance 2 takes over
# instance 1's claims within seconds of the kill; short waits between attempts, and never a dead letter.
gebeurtenissen_env=()

# ready <n> <log>: until /q/health/ready (on the management port) answers 200; or a FAIL line with
# the end of the log when the process exits or start_timeout passes first.
ready() {
  wait_ready "${pid[$1]}" "${beheer[$1]}" "$start_timeout" && return 0
  printf 'FAIL  instance %s on port %s not ready (last answer %s)\n' "$1" "${port[$1]}" "$ready_code"
  show_log "$2"
  return 1
}

declare -A port base beheer
# Health and metrics are on the management interface, a port of its own per instance.
vrij=$(free_ports "$ports" 5) || die "fewer than 5 free ports in $ports"
read -r 'port[1]' 'port[2]' 'beheer[1]' 'beheer[2]' ontvangerpoort <<<"$vrij"
export BASE1=http://127.0.0.1:${port[1]} BASE2=http://127.0.0.1:${port[2]}
base[1]=$BASE1
base[2]=$BASE2
gebeurtenissen_env=(SEKSWERKREGISTER_GEBEURTENISSEN_ONTVANGERS="http://127.0.0.1:$ontvangerpoort/hooks/"
  SEKSWERKREGISTER_GEBEURTENISSEN_AFLEVERING_CLAIMDUUR=PT5S SEKSWERKREGISTER_GEBEURTENISSEN_AFLEVERING_VERBINDINGSTIJD=PT1S
  SEKSWERKREGISTER_GEBEURTENISSEN_AFLEVERING_ANTWOORDTIJD=PT3S SEKSWERKREGISTER_GEBEURTENISSEN_AFLEVERING_WACHTTIJD=PT0.5S
  SEKSWERKREGISTER_GEBEURTENISSEN_AFLEVERING_MAXIMALE_WACHTTIJD=PT2S SEKSWERKREGISTER_GEBEURTENISSEN_AFLEVERING_MAXIMUM_POGINGEN=1000)
# The receiver of check E: each request held 1.5 s (deliveries are still in flight when the scenario ends),
# about one event in four refused (500) at its first attempt.
ontvangen=$logs/e-ontvangen.txt
java "$root/deploy/tools/Ontvanger.java" ontvang "$ontvangerpoort" "$ontvangen" 1500 4 >"$logs/ontvanger.log" 2>&1 &
lib_services[$!]=1   # stopped at the end like the instances (check D waits for its own background jobs)
# Both at once: the empty database is migrated by whichever gets Flyway's lock first.
start_instance 1 "$logs/instance-1.log"
start_instance 2 "$logs/instance-2.log"
ready 1 "$logs/instance-1.log" || die "two instances started"
ready 2 "$logs/instance-2.log" || die "two instances started"
say "two instances ready on ports ${port[1]} and ${port[2]} after $(($(date +%s) - started))s"

API1=$BASE1/api/v1
API2=$BASE2/api/v1
api_of() { if [ $(($1 % 2)) -eq 0 ]; then echo "$API1"; else echo "$API2"; fi; }
export DOEL="Integratietest sekswerkregister"
# call <method> <url> <token> <out-file> [curl args...]: prints the HTTP status (000: no answer).
call() {
  local method=$1 url=$2 token=$3 out=$4
  shift 4
  curl -s -o "$out" -w '%{http_code}' --max-time 30 -X "$method" -H "Authorization: Bearer $token" "$@" "$url" || true
}
json() { call "$1" "$2" "$3" "$4" -H 'Content-Type: application/json' -d "$5" "${@:6}"; }
count_codes() { sort | uniq -c | awk '{printf "%s%s x %s", sep, $1, $2; sep=", "} END {print ""}'; }

vandaag=$(TZ=Europe/Amsterdam date +%F)
gisteren=$(TZ=Europe/Amsterdam date -d "$vandaag -1 day" +%F)
jaar_geleden=$(TZ=Europe/Amsterdam date -d "$vandaag -1 year" +%F)
out=$logs/antwoorden

# --- A. A cap holds across instances ----------------------------------------------------------
check_a() {
  local t=$TOKEN_VV_GM0344 code i exploitant
  code=$(json POST "$API1/gemeenten/GM0344/regelsets" "$t" "$out/a-regelset.json" \
    '{"geldigVanaf":"'"$jaar_geleden"'","bron":"integratietest","regels":{"registratieplicht":true,"vergunningtermijnJaren":5,"bedrijfstypen":{"CLUB":{"toegestaan":true,"maximumAantal":3}}}}')
  [ "$code" = 201 ] || { fail "A. cap across instances: POST regelset -> $code: $(head -c 300 "$out/a-regelset.json")"; return; }
  local versie
  versie=$(jq -r .versie "$out/a-regelset.json")
  code=$(call POST "$API2/gemeenten/GM0344/regelsets/$versie/publicatie" "$t" "$out/a-publicatie.json")
  [ "$code" = 200 ] || { fail "A. cap across instances: publish regelset $versie -> $code: $(head -c 300 "$out/a-publicatie.json")"; return; }
  code=$(json POST "$API1/exploitanten" "$t" "$out/a-exploitant.json" \
    '{"kvkNummer":"90000001","statutaireNaam":"Integratie Exploitatie B.V.","correspondentieadres":{"straatnaam":"Oudegracht","huisnummer":1,"postcode":"3511AA","woonplaats":"Utrecht"}}')
  [ "$code" = 201 ] || { fail "A. cap across instances: POST exploitant -> $code: $(head -c 300 "$out/a-exploitant.json")"; return; }
  exploitant=$(jq -r .id "$out/a-exploitant.json")
  local nummers=()
  for i in $(seq 0 11); do
    new_bsn || { fail "A. cap across instances: no BSN"; return; }
    code=$(json POST "$(api_of "$i")/vergunningen" "$t" "$out/a-aanvraag-$i.json" \
      '{"gemeenteCode":"GM0344","exploitantId":"'"$exploitant"'","bedrijfstype":"CLUB","vestigingsadres":{"straatnaam":"Oudegracht","huisnummer":'"$((100 + i))"',"postcode":"3511AB","woonplaats":"Utrecht"},"beheerders":[{"identificatie":{"bsn":"'"$BSN"'"}}]}')
    [ "$code" = 201 ] || { fail "A. cap across instances: application $i -> $code: $(head -c 300 "$out/a-aanvraag-$i.json")"; return; }
    nummers+=("$(jq -r .vergunningnummer "$out/a-aanvraag-$i.json")")
  done
  # The 12 grants at once, alternating between the instances.
  local pids=()
  for i in $(seq 0 11); do
    json POST "$(api_of "$i")/vergunningen/${nummers[$i]}/besluiten" "$t" "$out/a-besluit-$i.json" \
      '{"besluittype":"VERLENEN","motivering":"Integratietest: voldoet aan de APV.","ingangsdatum":"'"$vandaag"'"}' >"$tmp/a-$i.code" &
    pids+=($!)
  done
  wait "${pids[@]}" || true
  local n201=0 n409=0 other="" codes=""
  for i in $(seq 0 11); do
    code=$(cat "$tmp/a-$i.code")
    codes+="$code"$'\n'
    case "$code" in
      201) n201=$((n201 + 1)) ;;
      409) if [ "$(jq -r .code "$out/a-besluit-$i.json" 2>/dev/null)" = in-strijd-met-regelset ]; then n409=$((n409 + 1)); else other+=" $i:409/$(jq -r .code "$out/a-besluit-$i.json" 2>/dev/null)"; fi ;;
      *) other+=" $i:$code" ;;
    esac
  done
  # What enforcement sees afterwards (status check as handhaver, through both instances).
  local verleend geldig=0
  verleend=$(psql_db -c "SELECT count(*) FROM vergunning WHERE gemeente_code = 'GM0344' AND status = 'VERLEEND'")
  for i in $(seq 0 11); do
    code=$(call GET "$(api_of "$i")/vergunningen/${nummers[$i]}/status" "$TOKEN_HANDHAVER" "$out/a-status-$i.json")
    [ "$code" = 200 ] && [ "$(jq -r .status "$out/a-status-$i.json")" = GELDIG ] && geldig=$((geldig + 1))
  done
  if [ "$n201" = 3 ] && [ "$n409" = 9 ] && [ -z "$other" ] && [ "$verleend" = 3 ] && [ "$geldig" = 3 ]; then
    pass "A. cap across instances: 12 concurrent grants over 2 instances, cap 3 -> 3 x 201, 9 x 409 in-strijd-met-regelset; 3 VERLEEND in the database, 3 GELDIG for enforcement"
  else
    fail "A. cap across instances: expected 3 x 201 and 9 x 409 in-strijd-met-regelset, got $(printf '%s' "$codes" | count_codes)${other:+ (unexpected:$other)}; $verleend VERLEEND in the database, $geldig GELDIG for enforcement (see ${out#"$root"/}/a-besluit-*.json)"
  fi
}

# --- B. One person, one running registration, across instances -------------------------------
# Registering is lawful only where a rule in force requires it: every municipality of B and C gets a
# rule set with a registration duty (GM0344's comes with its cap in A).
registratieplicht() {
  local g code versie tokvar
  for g in "${gemeenten[@]}"; do
    [ "$g" = GM0344 ] && continue
    tokvar=TOKEN_VV_$g
    code=$(json POST "$API1/gemeenten/$g/regelsets" "${!tokvar}" "$out/b-regelset-$g.json" \
      '{"geldigVanaf":"'"$jaar_geleden"'","bron":"integratietest","regels":{"registratieplicht":true}}')
    [ "$code" = 201 ] || { fail "B. registration duty in $g: POST regelset -> $code: $(head -c 300 "$out/b-regelset-$g.json")"; return 1; }
    versie=$(jq -r .versie "$out/b-regelset-$g.json")
    code=$(call POST "$API1/gemeenten/$g/regelsets/$versie/publicatie" "${!tokvar}" "$out/b-publicatie-$g.json")
    [ "$code" = 200 ] || { fail "B. registration duty in $g: publish -> $code: $(head -c 300 "$out/b-publicatie-$g.json")"; return 1; }
  done
}
REGNR=
check_b() {
  local i g code pids=() n201=0 n409=0 other="" codes="" tokvar
  registratieplicht || return
  new_bsn || { fail "B. one registration per person: no BSN"; return; }
  local persoon=$BSN
  for i in $(seq 0 7); do
    g=${gemeenten[$i]}
    tokvar=TOKEN_VV_$g
    json POST "$(api_of "$i")/registraties" "${!tokvar}" "$out/b-registratie-$i.json" \
      '{"gemeenteCode":"'"$g"'","identificatie":{"bsn":"'"$persoon"'"},"geboortedatum":"1990-01-01","intakedatum":"'"$gisteren"'"}' \
      -H "X-Doelbinding: $DOEL" -H 'X-Verwerkingsactiviteit: Registratie na intake' >"$tmp/b-$i.code" &
    pids+=($!)
  done
  wait "${pids[@]}" || true
  for i in $(seq 0 7); do
    code=$(cat "$tmp/b-$i.code")
    codes+="$code"$'\n'
    case "$code" in
      201) n201=$((n201 + 1)); REGNR=$(jq -r .registratienummer "$out/b-registratie-$i.json") ;;
      409) if [ "$(jq -r .code "$out/b-registratie-$i.json" 2>/dev/null)" = conflict ]; then n409=$((n409 + 1)); else other+=" $i:409/$(jq -r .code "$out/b-registratie-$i.json" 2>/dev/null)"; fi ;;
      *) other+=" $i:$code" ;;
    esac
  done
  local rijen
  rijen=$(psql_db -c "SELECT count(*) FROM registratie")
  if [ "$n201" = 1 ] && [ "$n409" = 7 ] && [ -z "$other" ] && [ "$rijen" = 1 ]; then
    pass "B. one registration per person: same BSN in 8 municipalities at once over 2 instances -> 1 x 201, 7 x 409 conflict; 1 registration in the database"
  else
    fail "B. one registration per person: expected 1 x 201 and 7 x 409 conflict, got $(printf '%s' "$codes" | count_codes)${other:+ (unexpected:$other)}; $rijen registrations in the database (see ${out#"$root"/}/b-registratie-*.json)"
  fi
}

# --- The processing log: verification endpoint and SQL ----------------------------------------
# wait_sealed <label>: polls the verification until intact with nothing unsealed (or seal_timeout);
# then checks the chain in SQL. Prints a reason and returns 1 when something is wrong. Call it only
# when nothing writes to the log any more, so that the number of records is fixed.
# An answer "intact, 0 unsealed" that verified fewer records than the log holds would mean the
# verification read the chain and the tail in different snapshots (fixed: it runs in one
# repeatable-read transaction). Such an answer is kept (<label>-verificatie-onvolledig-<n>.json)
# and fails the check.
ketting_reden=
notes=0
wait_sealed() {
  local label=$1 i code intact="" onverzegeld="" antwoord=$out/$1-verificatie.json totaal_nu onvolledig=0 eerste=""
  ketting_reden=
  for i in $(seq 1 $((seal_timeout * 2))); do
    code=$(call GET "$(api_of "$i")/dataverwerkingen/verificatie" "$TOKEN_AUDITOR" "$antwoord")
    if [ "$code" = 200 ]; then
      intact=$(jq -r .intact "$antwoord")
      onverzegeld=$(jq -r .aantalOnverzegeld "$antwoord")
      [ "$intact" = false ] && break   # a broken chain does not heal
      if [ "$intact" = true ] && [ "$onverzegeld" = 0 ]; then
        totaal_nu=$(psql_db -c "SELECT count(*) FROM dataverwerking")
        [ "$(jq -r .aantalVerzegeld "$antwoord")" = "$totaal_nu" ] && break
        onvolledig=$((onvolledig + 1))
        cp "$antwoord" "$out/$label-verificatie-onvolledig-$onvolledig.json"
        [ -n "$eerste" ] || eerste="$(tr -d '\n' <"$antwoord") while the table held $totaal_nu records"
        onverzegeld=incomplete
        continue   # ask again at once: the sealer is idle now
      fi
    fi
    sleep 0.5
  done
  if [ "$onvolledig" -gt 0 ]; then
    ketting_reden="verificatie answered \"intact, 0 unsealed\" but had verified fewer records than the log holds ($onvolledig time(s); first: $eerste)"
    return 1
  fi
  if [ "$code" != 200 ] || [ "$intact" != true ] || [ "$onverzegeld" != 0 ]; then
    ketting_reden="verificatie -> $code $(tr -d '\n' <"$antwoord" | head -c 400)"
    return 1
  fi
  verzegeld=$(jq -r .aantalVerzegeld "$antwoord")
  # In SQL: volgnummers 1..n without gaps or doubles, every vorige_hash unique and pointing at the
  # hash of its predecessor, nothing unsealed.
  local r
  r=$(psql_db -F ' ' -c "
    SELECT count(*), count(volgnummer), coalesce(min(volgnummer), 0), coalesce(max(volgnummer), 0),
           count(DISTINCT volgnummer), count(DISTINCT vorige_hash), count(vorige_hash)
      FROM dataverwerking")
  read -r totaal n_verzegeld min_v max_v distinct_v distinct_vorige n_vorige <<<"$r"
  local kapot
  kapot=$(psql_db -c "SELECT count(*) FROM dataverwerking a LEFT JOIN dataverwerking b ON b.volgnummer = a.volgnummer - 1
                   WHERE a.volgnummer IS NOT NULL
                     AND a.vorige_hash IS DISTINCT FROM CASE WHEN a.volgnummer = 1 THEN a.vorige_hash ELSE b.hash END")
  if [ "$n_verzegeld" != "$totaal" ] || [ "$min_v" != 1 ] || [ "$max_v" != "$totaal" ] || [ "$distinct_v" != "$totaal" ] ||
     [ "$distinct_vorige" != "$n_vorige" ] || [ "$n_vorige" != "$totaal" ] || [ "$kapot" != 0 ] || [ "$verzegeld" != "$totaal" ]; then
    ketting_reden="SQL: rows=$totaal sealed=$n_verzegeld volgnummer min=$min_v max=$max_v distinct=$distinct_v; vorige_hash distinct=$distinct_vorige of $n_vorige; links not pointing at predecessor=$kapot; endpoint aantalVerzegeld=$verzegeld"
    return 1
  fi
  ketting_totaal=$totaal
  return 0
}

# --- C. The processing log stays one chain under load on both instances ------------------------
c_job() { # <index> <kind> [gemeente bsn]: one audited request; prints "<index> <kind> <http status>"
  local i=$1 kind=$2 g=${3:-} bsn=${4:-} api code tokvar
  if [ $((i % 2)) -eq 0 ]; then api=$BASE1/api/v1; else api=$BASE2/api/v1; fi
  if [ "$kind" = status ]; then
    code=$(curl -s -o "$C_OUT/c-$i.json" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $TOKEN_VERIFICATEUR" \
      -H "X-Doelbinding: $DOEL" -H 'X-Verwerkingsactiviteit: Controle registratiepas' "$api/registraties/$REGNR/status" || true)
  else
    tokvar=TOKEN_VV_$g
    code=$(curl -s -o "$C_OUT/c-$i.json" -w '%{http_code}' --max-time 30 -X POST -H "Authorization: Bearer ${!tokvar}" \
      -H 'Content-Type: application/json' -H "X-Doelbinding: $DOEL" -H 'X-Verwerkingsactiviteit: Registratie na intake' \
      -d '{"gemeenteCode":"'"$g"'","identificatie":{"bsn":"'"$bsn"'"},"geboortedatum":"1990-01-01","intakedatum":"'"$C_GISTEREN"'"}' \
      "$api/registraties" || true)
  fi
  printf '%s %s %s\n' "$i" "$kind" "$code"
}
check_c() {
  [ -n "$REGNR" ] || { fail "C. one chain: no registration from check B to check"; return; }
  export -f c_job
  export REGNR C_OUT=$out C_GISTEREN=$gisteren
  local voor i jobs=$tmp/c-jobs
  : >"$jobs"
  for i in $(seq 0 299); do
    # one in ten is a registration (of a new person), on instance 1 and 2 in turn
    if [ $((i % 10)) -eq $((4 + i / 10 % 2)) ]; then
      new_bsn || { fail "C. one chain: no BSN"; return; }
      echo "$i registratie ${gemeenten[$((i / 10 % 8))]} $BSN" >>"$jobs"
    else
      echo "$i status" >>"$jobs"
    fi
  done
  voor=$(psql_db -c "SELECT count(*) FROM dataverwerking")
  local t0=$SECONDS
  xargs -P "$c_parallel" -L 1 bash -c 'c_job "$@"' _ <"$jobs" >"$tmp/c-results"
  local duur=$((SECONDS - t0))
  local n_status n_reg n_status_ok n_reg_ok
  n_status=$(awk '$2 == "status"' "$tmp/c-results" | wc -l)
  n_reg=$(awk '$2 == "registratie"' "$tmp/c-results" | wc -l)
  n_status_ok=$(awk '$2 == "status" && $3 == 200' "$tmp/c-results" | wc -l)
  n_reg_ok=$(awk '$2 == "registratie" && $3 == 201' "$tmp/c-results" | wc -l)
  local geldig
  geldig=$(cat "$out"/c-[0-9]*.json 2>/dev/null | jq -s '[.[] | select(.geldig == true)] | length')
  if ! wait_sealed c; then
    fail "C. one chain: after $n_status status checks and $n_reg registrations over 2 instances the log is not one intact, sealed chain: $ketting_reden"
    return
  fi
  local erbij=$((ketting_totaal - voor)) verwacht=$((n_status_ok + n_reg_ok))
  if [ "$n_status_ok" != 270 ] || [ "$n_reg_ok" != 30 ] || [ "$geldig" != 270 ]; then
    fail "C. one chain: requests did not all succeed: status checks $(awk '$2 == "status" {print $3}' "$tmp/c-results" | count_codes) ($geldig geldig), registrations $(awk '$2 == "registratie" {print $3}' "$tmp/c-results" | count_codes); chain itself intact ($ketting_totaal records)"
  elif [ "$erbij" != "$verwacht" ]; then
    fail "C. one chain: chain intact and sealed, but $verwacht audited requests succeeded and $erbij records were added (expected one each)"
  else
    pass "C. one chain: 270 status checks + 30 registrations ($c_parallel at a time, 2 instances, ${duur}s) -> $erbij new records; verificatie intact, 0 unsealed; volgnummers 1..$ketting_totaal without gaps, every vorige_hash unique and linked"
  fi
}

# --- D. Crash safety ---------------------------------------------------------------------------
# d_writer <w> <file>: POSTs operators with KvK numbers "<w+1><7 digits>" to instance 1, one after
# another, until $tmp/stop exists (at most 5000); records "<kvk> <http status> <curl exit>". Every
# 7th body (the 3rd, 10th, ...) lacks its address, so that some answers are 400 (and those KvK
# numbers must not exist).
d_writer() {
  local w=$1 file=$2 i kvk code rc adres
  for i in $(seq 1 5000); do
    [ -e "$tmp/stop" ] && break
    kvk=$(printf '%d%07d' $((w + 1)) "$i")
    adres=',"correspondentieadres":{"straatnaam":"Kerkstraat","huisnummer":1,"postcode":"3511AC","woonplaats":"Utrecht"}'
    [ $((i % 7)) -ne 3 ] || adres=
    rc=0
    code=$(curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 -X POST "$API1/exploitanten" \
      -H "Authorization: Bearer $TOKEN_VV_GM0344" -H 'Content-Type: application/json' \
      -d '{"kvkNummer":"'"$kvk"'","statutaireNaam":"Crash '"$kvk"' B.V."'"$adres"'}') || rc=$?
    printf '%s %s %s\n' "$kvk" "$code" "$rc" >>"$file"
  done
}
# d_auditor <n> <file>: audited status checks on instance 1 and 2 in turn, so that log records are
# being written and sealed when instance 1 dies.
d_auditor() {
  local file=$2 i api code
  for i in $(seq 1 5000); do
    [ -e "$tmp/stop" ] && break
    if [ $((i % 2)) -eq 0 ]; then api=$API1; else api=$API2; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 -H "Authorization: Bearer $TOKEN_VERIFICATEUR" \
      -H "X-Doelbinding: $DOEL" -H 'X-Verwerkingsactiviteit: Controle registratiepas' "$api/registraties/$REGNR/status" || true)
    printf '%s %s\n' "$api" "$code" >>"$file"
  done
}
d_job() { # <line number> <kvk> <status> <curl exit>: prints "<kvk> <status> <curl exit> <results found>"
  local n=$1 kvk=$2 api
  if [ $((n % 2)) -eq 0 ]; then api=$BASE1/api/v1; else api=$BASE2/api/v1; fi
  local found
  found=$(curl -s --max-time 30 -H "Authorization: Bearer $TOKEN_VV_GM0344" "$api/exploitanten?kvkNummer=$kvk" | jq -r '.resultaten | length' 2>/dev/null || true)
  printf '%s %s %s %s\n' "$kvk" "$3" "$4" "${found:-?}"
}
check_d() {
  local w writers=4
  rm -f "$tmp/stop"
  for w in $(seq 1 "$writers"); do
    d_writer "$w" "$tmp/d-writer-$w.txt" &
    background+=($!)
  done
  d_auditor 1 "$tmp/d-auditor.txt" &
  background+=($!)
  sleep 5
  crash_service "${pid[1]}"
  pid[1]=""
  sleep 1
  touch "$tmp/stop"
  for w in "${background[@]}"; do wait "$w" 2>/dev/null || true; done
  background=()
  cat "$tmp"/d-writer-*.txt >"$logs/d-writers.txt"
  cp "$tmp/d-auditor.txt" "$logs/d-auditor.txt"
  start_instance 1 "$logs/instance-1-restart.log"
  local t0=$SECONDS
  ready 1 "$logs/instance-1-restart.log" || { fail "D. crash safety: instance 1 did not come back after SIGKILL"; return; }
  local herstart=$((SECONDS - t0))

  # Every KvK the writers tried, looked up through both instances.
  export -f d_job
  export BASE1 BASE2
  awk '{print NR, $0}' "$logs/d-writers.txt" | xargs -P 16 -L 1 bash -c 'd_job "$@"' _ >"$logs/d-lookups.txt"
  local tried ok201 ok4xx other lost201 phantom4xx unanswered_exist refused unknown_lookup
  tried=$(wc -l <"$logs/d-writers.txt")
  ok201=$(awk '$2 == 201' "$logs/d-lookups.txt" | wc -l)
  ok4xx=$(awk '$2 ~ /^4/' "$logs/d-lookups.txt" | wc -l)
  lost201=$(awk '$2 == 201 && $4 != 1' "$logs/d-lookups.txt")
  phantom4xx=$(awk '$2 ~ /^4/ && $4 != 0' "$logs/d-lookups.txt")
  unknown_lookup=$(awk '$4 !~ /^[01]$/' "$logs/d-lookups.txt")
  other=$(awk '$2 != 201 && $2 !~ /^4/' "$logs/d-lookups.txt" | wc -l)
  unanswered_exist=$(awk '$2 != 201 && $2 !~ /^4/ && $4 == 1' "$logs/d-lookups.txt" | wc -l)
  refused=$(awk '$2 != 201 && $2 !~ /^4/ && $3 == 7' "$logs/d-lookups.txt" | wc -l)
  local in_db
  in_db=$(psql_db -c "SELECT count(*) FROM exploitant WHERE kvk_nummer <> '90000001'")
  info "D: $tried operator writes to instance 1 by $writers writers ($ok201 x 201, $ok4xx x 4xx, $other without an HTTP answer: $refused connection refused, $((other - refused)) cut off by the kill; $unanswered_exist of those $other exist); $in_db operators in the database; instance 1 back after ${herstart}s"
  info "D: audited status checks meanwhile: $(awk '{print $2}' "$logs/d-auditor.txt" | count_codes)"
  local problems=""
  [ "$ok201" -gt 0 ] || problems+=" no write was acknowledged before the kill;"
  [ "$ok4xx" -gt 0 ] || problems+=" no write was answered 4xx (every 7th body lacks its address);"
  [ "$other" -gt 0 ] || problems+=" no write failed after the kill (was instance 1 killed?);"
  [ -z "$lost201" ] || problems+=" acknowledged (201) but missing: $(echo "$lost201" | awk '{print $1}' | tr '\n' ' ');"
  [ -z "$phantom4xx" ] || problems+=" answered 4xx but present: $(echo "$phantom4xx" | awk '{print $1"("$2")"}' | tr '\n' ' ');"
  [ -z "$unknown_lookup" ] || problems+=" lookups without a clear 0/1 answer: $(echo "$unknown_lookup" | head -5 | tr '\n' ';')"
  [ "$in_db" = $((ok201 + unanswered_exist)) ] || problems+=" $in_db operators in the database, but $ok201 acknowledged + $unanswered_exist unanswered-and-present;"
  if ! wait_sealed d; then
    problems+=" processing log after the crash: $ketting_reden;"
  fi
  if [ -z "$problems" ]; then
    pass "D. crash safety: SIGKILL of instance 1 under writes -> all $ok201 acknowledged operators exist, none of $ok4xx answered 4xx exists, $other unanswered ($unanswered_exist of them exist); chain intact and sealed ($ketting_totaal records)"
  else
    fail "D. crash safety:$problems (see ${logs#"$root"/}/d-lookups.txt)"
  fi
}

# --- E. Events across instances and a crash ---------------------------------------------------
# e_call <label> <expect: subject/type or -> <method> <url> <token> [json body]: one scenario step; a 2xx
# whose step names a subject and type adds that event to the expected ones.
e_verwacht=()
e_stap() {
  local label=$1 verwacht=$2 method=$3 url=$4 token=$5 body=${6:-} code
  if [ -n "$body" ]; then
    code=$(json "$method" "$url" "$token" "$out/e-$label.json" "$body" -H "X-Doelbinding: $DOEL" -H 'X-Verwerkingsactiviteit: Integratietest gebeurtenissen')
  else
    code=$(call "$method" "$url" "$token" "$out/e-$label.json" -H "X-Doelbinding: $DOEL" -H 'X-Verwerkingsactiviteit: Integratietest gebeurtenissen')
  fi
  printf '%s %s\n' "$label" "$code" >>"$tmp/e-codes"
  case "$code" in 2??) [ "$verwacht" = - ] || e_verwacht+=("$verwacht") ;; esac
  e_code=$code
}
check_e() {
  local g=GM0772 t=$TOKEN_VV_GM0772 hh jur code i nummers=() ab geheim
  hh=$(mint handhaver $g)
  jur=$(mint handhavingsjurist $g)
  : >"$tmp/e-codes"
  for i in $(seq 1 50); do curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$ontvangerpoort/" && break; sleep 0.2; done
  code=$(json POST "$API1/abonnementen" "$TOKEN_AUDITOR" "$out/e-abonnement.json" '{"callbackUrl":"http://127.0.0.1:'"$ontvangerpoort"'/hooks/integratie","typen":["nl.sekswerkregister.vergunning.besluit-genomen","nl.sekswerkregister.vergunning.verlopen","nl.sekswerkregister.sanctie.opgelegd","nl.sekswerkregister.sanctie.sluiting-beeindigd","nl.sekswerkregister.regelset.gepubliceerd","nl.sekswerkregister.registratie.geschorst","nl.sekswerkregister.registratie.schorsing-opgeheven","nl.sekswerkregister.registratie.ingetrokken","nl.sekswerkregister.registratie.verlengd","nl.sekswerkregister.registratie.verlopen"]}')
  [ "$code" = 201 ] || { fail "E. events: POST abonnementen -> $code: $(head -c 300 "$out/e-abonnement.json")"; return; }
  ab=$(jq -r .abonnementId "$out/e-abonnement.json")
  geheim=$(jq -r .geheim "$out/e-abonnement.json")
  local t0=$SECONDS
  e_stap exploitant - POST "$API1/exploitanten" "$t" '{"kvkNummer":"90000077","statutaireNaam":"Gebeurtenis B.V.","correspondentieadres":{"straatnaam":"Oudegracht","huisnummer":7,"postcode":"3511AA","woonplaats":"Utrecht"}}'
  local exploitant
  exploitant=$(jq -r .id "$out/e-exploitant.json")
  for i in 0 1 2 3 4 5; do
    new_bsn || { fail "E. events: no BSN"; return; }
    e_stap "aanvraag-$i" - POST "$(api_of "$i")/vergunningen" "$t" '{"gemeenteCode":"'"$g"'","exploitantId":"'"$exploitant"'","bedrijfstype":"CLUB","vestigingsadres":{"straatnaam":"Lange Nieuwstraat","huisnummer":'"$((10 + i))"',"postcode":"3512PA","woonplaats":"Utrecht"},"beheerders":[{"identificatie":{"bsn":"'"$BSN"'"}}]}'
    nummers+=("$(jq -r .vergunningnummer "$out/e-aanvraag-$i.json")")
  done
  local verlenen='{"besluittype":"VERLENEN","motivering":"Integratietest.","ingangsdatum":"'"$vandaag"'","geldigTot":"'"$(TZ=Europe/Amsterdam date -d "$vandaag +4 year" +%F)"'"}'
  # SCHORSEN and INTREKKEN name their ground (V25); other decisions have none.
  besluit() {
    case "$1" in
      SCHORSEN|INTREKKEN) echo '{"besluittype":"'"$1"'","motivering":"Integratietest.","ingangsdatum":"'"$vandaag"'","grond":"OVERTREDING_VOORSCHRIFTEN"}' ;;
      *) echo '{"besluittype":"'"$1"'","motivering":"Integratietest.","ingangsdatum":"'"$vandaag"'"}' ;;
    esac
  }
  for i in 0 1 2 3 4; do
    e_stap "verlenen-$i" "${nummers[$i]} nl.sekswerkregister.vergunning.besluit-genomen" POST "$(api_of "$i")/vergunningen/${nummers[$i]}/besluiten" "$t" "$verlenen"
  done
  e_stap weigeren "${nummers[5]} nl.sekswerkregister.vergunning.besluit-genomen" POST "$API2/vergunningen/${nummers[5]}/besluiten" "$t" "$(besluit WEIGEREN)"
  # Refused (409), no event: a second grant, lifting a suspension that is none, deciding on a refused licence.
  e_stap verlenen-opnieuw "${nummers[0]} nl.sekswerkregister.vergunning.besluit-genomen" POST "$API1/vergunningen/${nummers[0]}/besluiten" "$t" "$verlenen"
  e_stap opheffen-zonder-schorsing "${nummers[1]} nl.sekswerkregister.vergunning.besluit-genomen" POST "$API2/vergunningen/${nummers[1]}/besluiten" "$t" "$(besluit SCHORSING_OPHEFFEN)"
  e_stap schorsen-geweigerd "${nummers[5]} nl.sekswerkregister.vergunning.besluit-genomen" POST "$API1/vergunningen/${nummers[5]}/besluiten" "$t" "$(besluit SCHORSEN)"
  for i in 0 1 2; do
    e_stap "schorsen-$i" "${nummers[$i]} nl.sekswerkregister.vergunning.besluit-genomen" POST "$(api_of "$((i + 1))")/vergunningen/${nummers[$i]}/besluiten" "$t" "$(besluit SCHORSEN)"
  done
  e_stap opheffen-0 "${nummers[0]} nl.sekswerkregister.vergunning.besluit-genomen" POST "$API2/vergunningen/${nummers[0]}/besluiten" "$t" "$(besluit SCHORSING_OPHEFFEN)"
  e_stap intrekken-1 "${nummers[1]} nl.sekswerkregister.vergunning.besluit-genomen" POST "$API1/vergunningen/${nummers[1]}/besluiten" "$t" "$(besluit INTREKKEN)"
  # A registration decision (and a refused one: a second suspension).
  new_bsn || { fail "E. events: no BSN"; return; }
  e_stap registratie - POST "$API2/registraties" "$t" '{"gemeenteCode":"'"$g"'","identificatie":{"bsn":"'"$BSN"'"},"geboortedatum":"1990-01-01","intakedatum":"'"$gisteren"'"}'
  local regnr
  regnr=$(jq -r .registratienummer "$out/e-registratie.json")
  e_stap registratie-schorsen "$regnr nl.sekswerkregister.registratie.geschorst" POST "$API1/registraties/$regnr/besluiten" "$t" '{"besluittype":"SCHORSEN","motivering":"Integratietest."}'
  e_stap registratie-schorsen-opnieuw "$regnr nl.sekswerkregister.registratie.geschorst" POST "$API2/registraties/$regnr/besluiten" "$t" '{"besluittype":"SCHORSEN","motivering":"Integratietest."}'
  # A rule-set publication (and a second publication of the same version, refused).
  e_stap regelset - POST "$API1/gemeenten/$g/regelsets" "$t" '{"geldigVanaf":"2090-01-01","geldigTot":"2090-12-31","bron":"integratietest","regels":{"registratieplicht":true}}'
  local versie
  versie=$(jq -r .versie "$out/e-regelset.json")
  e_stap publicatie "$g nl.sekswerkregister.regelset.gepubliceerd" POST "$API2/gemeenten/$g/regelsets/$versie/publicatie" "$t"
  e_stap publicatie-opnieuw "$g nl.sekswerkregister.regelset.gepubliceerd" POST "$API1/gemeenten/$g/regelsets/$versie/publicatie" "$t"
  # Sanctions, on an inspection: a warning, and a suspension (a sanction and a licence decision in one transaction).
  local vestiging controle
  vestiging=$(curl -s --max-time 30 -H "Authorization: Bearer $t" "$API1/vergunningen/${nummers[3]}" | jq -r '._links.vestiging.href' | sed 's|.*/||')
  e_stap controle - POST "$API2/controles" "$hh" '{"vestigingId":"'"$vestiging"'","datum":"'"$vandaag"'","soort":"TER_PLAATSE","organisatie":"Integratietest","bevindingen":[{"code":"SIGNALEN_VAN_DWANG"}]}'
  controle=$(jq -r .controleId "$out/e-controle.json")
  e_stap waarschuwing "sanctie nl.sekswerkregister.sanctie.opgelegd" POST "$API1/sancties" "$jur" '{"soort":"WAARSCHUWING","vestigingId":"'"$vestiging"'","motivering":"Integratietest.","grondslagen":[{"soort":"APV","verwijzing":"APV art. 3:4"}],"controles":["'"$controle"'"],"bekendgemaaktOp":"'"$vandaag"'"}'
  e_stap schorsing "sanctie nl.sekswerkregister.sanctie.opgelegd" POST "$API2/sancties" "$jur" '{"soort":"SCHORSING","vestigingId":"'"$vestiging"'","vergunningnummer":"'"${nummers[3]}"'","motivering":"Integratietest.","grondslagen":[{"soort":"APV","verwijzing":"APV art. 3:4"}],"controles":["'"$controle"'"],"bekendgemaaktOp":"'"$vandaag"'","ingangsdatum":"'"$vandaag"'","einddatum":"'"$(TZ=Europe/Amsterdam date -d "$vandaag +30 day" +%F)"'"}'
  [ "$e_code" != 201 ] || e_verwacht+=("${nummers[3]} nl.sekswerkregister.vergunning.besluit-genomen")
  # Kill instance 1 while deliveries are in flight (the receiver holds each one 1.5 s).
  local begonnen=0 onderweg=0
  for i in $(seq 1 100); do
    begonnen=$(wc -l <"$ontvangen.begonnen" 2>/dev/null || echo 0)
    onderweg=$(psql_db -c "SELECT count(*) FROM aflevering WHERE abonnement_id = '$ab' AND geclaimd_tot IS NOT NULL AND status = 'WACHTEND'")
    [ "$begonnen" -lt 3 ] || [ "$onderweg" = 0 ] || break
    sleep 0.1
  done
  crash_service "${pid[1]}"
  pid[1]=""
  # Instance 2 delivers the rest, instance 1's expired claims included.
  local wachtend=-1
  for i in $(seq 1 120); do
    wachtend=$(psql_db -c "SELECT count(*) FROM aflevering WHERE abonnement_id = '$ab' AND status <> 'AFGELEVERD'")
    [ "$wachtend" != 0 ] || break
    sleep 0.5
  done
  sleep 1   # a request being answered is written to the file when answered
  local problems=""
  [ "$wachtend" = 0 ] || problems+=" $wachtend deliveries not delivered 60 s after the kill;"
  # Every committed change has its event, and no refused one: the expected (subject, type) pairs against
  # the outbox rows of this subscription (sanction ids are not known to the script: "sanctie").
  printf '%s\n' "${e_verwacht[@]}" | sort >"$tmp/e-verwacht"
  psql_db -F ' ' -c "SELECT CASE WHEN g.type LIKE 'nl.sekswerkregister.sanctie.%' THEN 'sanctie' ELSE g.onderwerp END, g.type
                       FROM aflevering a JOIN gebeurtenis g ON g.id = a.gebeurtenis_id WHERE a.abonnement_id = '$ab'" | sort >"$tmp/e-gelegd"
  if ! diff -q "$tmp/e-verwacht" "$tmp/e-gelegd" >/dev/null; then
    problems+=" outbox differs from the committed changes (< expected, > written): $(diff "$tmp/e-verwacht" "$tmp/e-gelegd" | grep '^[<>]' | head -5 | tr '\n' ';')"
  fi
  local refused
  refused=$(awk '$2 !~ /^2/' "$tmp/e-codes" | tr '\n' ' ')
  [ -n "$refused" ] || problems+=" no step was refused (the scenario expects 409s);"
  [ "$onderweg" != 0 ] || problems+=" no delivery was in flight when instance 1 was killed;"
  psql_db -F $'\t' -c "SELECT g.id, g.volgnummer, g.onderwerp FROM aflevering a JOIN gebeurtenis g ON g.id = a.gebeurtenis_id
                         WHERE a.abonnement_id = '$ab'" >"$tmp/e-afgeleverd"
  local verslag
  if ! verslag=$(java "$root/deploy/tools/Ontvanger.java" controleer "$ontvangen" "$geheim" "$tmp/e-afgeleverd" 2>&1); then
    problems+=" receiver: $(echo "$verslag" | head -5 | tr '\n' ';')"
  fi
  cp "$tmp/e-codes" "$logs/e-stappen.txt"
  info "E: steps $(awk '{print $2}' "$tmp/e-codes" | count_codes) (refused: $refused); $onderweg deliveries claimed when instance 1 was killed after $begonnen requests had reached the receiver"
  if [ -z "$problems" ]; then
    pass "E. events across instances and a crash: ${#e_verwacht[@]} committed changes -> ${#e_verwacht[@]} events, none for the refused steps; SIGKILL of instance 1 mid-delivery, instance 2 took over; $(echo "$verslag" | tail -1) ($((SECONDS - t0))s)"
  else
    fail "E. events:$problems (see ${logs#"$root"/}/e-*.txt)"
  fi
}

check_a
check_b
check_c
check_d
check_e

# Not one of the four checks, but cheap: no BSN used in this run may appear in a server log.
check_no_bsn "$tmp/bsns" "this run" "$logs"/instance-*.log

total=$(($(date +%s) - started))
note_text=
[ "$notes" -eq 0 ] || note_text="; $notes NOTE line(s) above"
if [ "$failures" -gt 0 ]; then
  printf 'integratie: FAIL (%d check(s) failed%s, %ss); logs in %s\n' "$failures" "$note_text" "$total" "${logs#"$root"/}"
  exit 1
fi
printf 'integratie: PASS (all checks passed%s, %ss); logs in %s\n' "$note_text" "$total" "${logs#"$root"/}"
