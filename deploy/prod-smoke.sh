#!/usr/bin/env bash
# Smoke test of the packaged service (target/quarkus-app/quarkus-run.jar, prod profile):
#   1. it refuses to start while it would trust the DEV-ONLY key from deploy/dev-keys, and without
#      a token audience (MP_JWT_VERIFY_AUDIENCES);
#   2. it starts with its configuration from environment variables alone (no files, no -D
#      options, an empty working directory), trusting a throwaway RSA key made here;
#   3. /q/health/ready answers 200 on the management port (its own port, not the API's);
#   4. /api/v1/gemeenten without a token answers 401 application/problem+json;
#   5. metrics are on the management port, and the API port answers 404 for /q/metrics and /q/health.
# Runs against the test database (QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD, default
# jdbc:postgresql://localhost:5432/sekswerkregister_test, the DEV-ONLY roles), which the prod
# profile migrates with Flyway. Build first (deploy/test.sh does): ./mvnw -B package
# Ports: the first free ones in SMOKE_PORTS (default 18080-18180), on 127.0.0.1.
# One PASS/FAIL line per check; exits non-zero when any check fails; stops whatever it started.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
logs=$root/target/prod-smoke
checks_logs=$logs
refuse_timeout=60
start_timeout=120
ports=${SMOKE_PORTS:-18080-18180}

need_jar
use_database "${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:5432/sekswerkregister_test}"
ensure_database
# A fresh install: the tests left pseudonyms under their own keys, which the throwaway keys here
# do not have (and the service rightly refuses to start over them).
empty_database >/dev/null || die "could not empty database $db_name (is an old instance still connected to it?)"

begin_run
rm -rf "$logs"
mkdir -p "$logs" "$tmp/work"

# start <log> VAR=value...: the service on two free ports (port, beheerpoort), in an empty folder.
start() {
  local log=$1 p
  shift
  p=$(free_ports "$ports" 2) || die "free port: fewer than 2 free in $ports"
  read -r port beheerpoort <<<"$p"
  start_service "$tmp/work" "$log" "$@" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$beheerpoort"
}

# --- 1. The DEV-ONLY keys are refused ------------------------------------------------------
# Throwaway keys, so that each refusal below has exactly one cause.
issuer=https://idp.smoke-test.invalid/
throwaway_keys "$tmp" "$issuer"
dev_pseudoniemsleutel=$(sed -n 's/^%dev\.sekswerkregister\.pseudoniemen\.landelijk\.sleutels\.1=//p' "$root/src/main/resources/application.properties")
dev_ondertekensleutel=$(sed -n 's/^%dev\.sekswerkregister\.ondertekening\.sleutel=//p' "$root/src/main/resources/application.properties")

# expect_refusal <description> <log> VAR=value...: the service must exit non-zero and say why.
expect_refusal() {
  local what=$1 log=$2
  shift 2
  start "$log" "$@"
  if ! wait_exit "$svc_pid" "$refuse_timeout"; then
    stop_service "$svc_pid"
    fail "$what: still running after ${refuse_timeout}s"
    show_log "$log"
  elif [ "$exit_status" -ne 0 ] && grep -q 'weigert te starten' "$log"; then
    pass "$what (exit $exit_status, 'weigert te starten' logged)"
  else
    fail "$what: exit $exit_status, expected non-zero with 'weigert te starten' in the log"
    show_log "$log"
  fi
}

# Each refusal: the throwaway settings with exactly one of them replaced (later assignments win in env).
expect_refusal "prod profile refuses the DEV-ONLY JWT key" "$logs/refuse-dev-key.log" "${keys_env[@]}" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/deploy/dev-keys/jwt-dev-public.pem"
expect_refusal "prod profile refuses the DEV-ONLY pseudonym key" "$logs/refuse-dev-pseudonym-key.log" "${keys_env[@]}" \
  SEKSWERKREGISTER_PSEUDONIEMEN_LANDELIJK_SLEUTELS_1="$dev_pseudoniemsleutel"
expect_refusal "prod profile refuses one pseudonym key in two rings" "$logs/refuse-shared-pseudonym-key.log" "${keys_env[@]}" \
  SEKSWERKREGISTER_PSEUDONIEMEN_GEMEENTE_SLEUTELS_1="$pseudoniemsleutel"
expect_refusal "prod profile refuses the DEV-ONLY signing key" "$logs/refuse-dev-signing-key.log" "${keys_env[@]}" \
  SEKSWERKREGISTER_ONDERTEKENING_SLEUTEL="$dev_ondertekensleutel"
expect_refusal "prod profile refuses to run as the owner of the tables" "$logs/refuse-owner-role.log" "${keys_env[@]}" \
  QUARKUS_DATASOURCE_USERNAME="$db_owner" QUARKUS_DATASOURCE_PASSWORD="$db_owner_password"
expect_refusal "prod profile refuses to start without a token audience" "$logs/refuse-no-audience.log" "${keys_env[@]}" \
  MP_JWT_VERIFY_AUDIENCES=

# --- 2-4. Starts from environment variables alone, ready, 401 without token -----------------
start "$logs/start-from-env.log" "${keys_env[@]}"
base=http://127.0.0.1:$port
beheer=http://127.0.0.1:$beheerpoort
ready=0
wait_ready "$svc_pid" "$beheerpoort" "$start_timeout" 1 "$tmp/ready.json" || ready=$?
if [ "$ready" = 0 ]; then
  pass "starts with configuration from environment variables alone (port $port, throwaway key)"
  pass "GET /q/health/ready on the management port $beheerpoort -> 200"
else
  if [ "$ready" = 2 ]; then
    fail "starts with configuration from environment variables alone: running, but not ready after ${start_timeout}s"
  else
    fail "starts with configuration from environment variables alone: the process exited"
  fi
  fail "GET /q/health/ready -> $ready_code, expected 200 $(cat "$tmp/ready.json" 2>/dev/null | tr -d '\n' | cut -c1-300)"
  show_log "$logs/start-from-env.log"
fi

if [ "$ready" = 0 ]; then
  result=$(curl -s -o "$tmp/gemeenten.json" -w '%{http_code} %{content_type}' --max-time 10 "$base/api/v1/gemeenten" || true)
  code=${result%% *}
  type=${result#* }
  if [ "$code" = 401 ] && [[ "$type" == application/problem+json* ]] && grep -q '"status" *: *401' "$tmp/gemeenten.json"; then
    pass "GET /api/v1/gemeenten without token -> 401 application/problem+json"
  else
    fail "GET /api/v1/gemeenten without token -> $code $type, expected 401 application/problem+json: $(tr -d '\n' <"$tmp/gemeenten.json" | cut -c1-300)"
  fi

  metrics=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$beheer/q/metrics" || true)
  [ "$metrics" = 200 ] && pass "GET /q/metrics on the management port -> 200" \
    || fail "GET /q/metrics on the management port -> $metrics, expected 200"
  for pad in /q/metrics /q/health/ready; do
    result=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' --max-time 10 "$base$pad" || true)
    if [[ "$result" == "404 application/problem+json"* ]]; then
      pass "GET $pad on the API port -> 404 (only on the management port)"
    else
      fail "GET $pad on the API port -> $result, expected 404 application/problem+json"
    fi
  done
fi

stop_service "$svc_pid"

if [ "$failures" -gt 0 ]; then
  printf 'prod-smoke: %d check(s) failed; logs in %s\n' "$failures" "${logs#"$root"/}"
  exit 1
fi
printf 'prod-smoke: all checks passed\n'
