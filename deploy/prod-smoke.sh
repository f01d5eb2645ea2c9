#!/usr/bin/env bash
# Smoke test of the packaged service (target/quarkus-app/quarkus-run.jar, prod profile):
#   1. it refuses to start while it would trust the DEV-ONLY key from deploy/dev-keys;
#   2. it starts with its configuration from environment variables alone (no files, no -D
#      options, an empty working directory), trusting a throwaway RSA key made here;
#   3. /q/health/ready answers 200 on the management port (its own port, not the API's);
#   4. /api/v1/gemeenten without a token answers 401 application/problem+json;
#   5. metrics are on the management port, and the API port answers 404 for /q/metrics and /q/health.
# Runs against the test database (QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD, default
# jdbc:postgresql://localhost:5432/sekswerkregister_test, postgres/postgres), which the prod
# profile migrates with Flyway. Build first (deploy/test.sh does): ./mvnw -B package
# Ports: the first free ones in SMOKE_PORTS (default 18080-18180), on 127.0.0.1.
# One PASS/FAIL line per check; exits non-zero when any check fails; stops whatever it started.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jar=$root/target/quarkus-app/quarkus-run.jar
logs=$root/target/prod-smoke
refuse_timeout=60
ports=${SMOKE_PORTS:-18080-18180}
start_timeout=120

failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
show_log() { printf '      last lines of %s:\n' "$1"; tail -n 25 "$1" | sed 's/^/      | /'; }

if [ ! -f "$jar" ]; then
  fail "packaged service present: $jar is missing; build it first with ./mvnw -B package"
  exit 1
fi

db_url=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:5432/sekswerkregister_test}
db_user=${QUARKUS_DATASOURCE_USERNAME:-postgres}
db_password=${QUARKUS_DATASOURCE_PASSWORD:-postgres}
QUARKUS_DATASOURCE_JDBC_URL=$db_url QUARKUS_DATASOURCE_USERNAME=$db_user QUARKUS_DATASOURCE_PASSWORD=$db_password \
  deploy/ensure-postgres.sh sekswerkregister_test

tmp=$(mktemp -d)
rm -rf "$logs"
mkdir -p "$logs" "$tmp/work"
pid=

stop_service() {
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  pid=
}
cleanup() {
  stop_service
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The production JVM options (deploy/java-opties), so that the smoke test runs the service as documented.
read -ra java_opties <<<"$(grep -v '^#' "$root/deploy/java-opties")"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { # free_port [ports to skip...]
  local p
  for p in $(seq "${ports%-*}" "${ports#*-}"); do
    [[ " $* " != *" $p "* ]] || continue
    port_in_use "$p" || { echo "$p"; return 0; }
  done
  return 1
}

# Starts the jar in the background with the given VAR=value settings and nothing else from the
# caller's configuration: inherited QUARKUS_*, MP_* and SMALLRYE_* variables are dropped, and the
# working directory is empty (so no .env or config/application.properties is picked up).
start_service() {
  local log=$1
  shift
  local unset_args=() v
  for v in $(compgen -e); do
    case "$v" in QUARKUS_* | MP_* | SMALLRYE_* | SEKSWERKREGISTER_* | JAVA_TOOL_OPTIONS | JDK_JAVA_OPTIONS) unset_args+=(-u "$v") ;; esac
  done
  (cd "$tmp/work" && exec env "${unset_args[@]}" \
      QUARKUS_DATASOURCE_JDBC_URL="$db_url" \
      QUARKUS_DATASOURCE_USERNAME="$db_user" \
      QUARKUS_DATASOURCE_PASSWORD="$db_password" \
      QUARKUS_HTTP_HOST=127.0.0.1 \
      QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
      "$@" MALLOC_ARENA_MAX=2 java "${java_opties[@]}" -jar "$jar") >"$log" 2>&1 &
  pid=$!
}

# --- 1. The DEV-ONLY keys are refused ------------------------------------------------------
# A throwaway pseudonym key, so that each refusal below has exactly one cause.
pseudoniemsleutel=$(head -c 32 /dev/urandom | base64)
dev_pseudoniemsleutel=$(sed -n 's/^%dev\.sekswerkregister\.pseudoniemen\.sleutels\.1=//p' "$root/src/main/resources/application.properties")

# expect_refusal <description> <log> VAR=value...: the service must exit non-zero and say why.
expect_refusal() {
  local what=$1 log=$2
  shift 2
  port=$(free_port) || { fail "free port: none free in $ports"; exit 1; }
  beheerpoort=$(free_port "$port") || { fail "free port: none free in $ports"; exit 1; }
  start_service "$log" "$@" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$beheerpoort"
  local exited=false
  for _ in $(seq 1 "$refuse_timeout"); do
    kill -0 "$pid" 2>/dev/null || { exited=true; break; }
    sleep 1
  done
  if [ "$exited" = true ]; then
    local status=0
    wait "$pid" || status=$?
    pid=
    if [ "$status" -ne 0 ] && grep -q 'weigert te starten' "$log"; then
      pass "$what (exit $status, 'weigert te starten' logged)"
    else
      fail "$what: exit $status, expected non-zero with 'weigert te starten' in the log"
      show_log "$log"
    fi
  else
    stop_service
    fail "$what: still running after ${refuse_timeout}s"
    show_log "$log"
  fi
}

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/throwaway-private.pem" 2>/dev/null
openssl pkey -in "$tmp/throwaway-private.pem" -pubout -out "$tmp/throwaway-public.pem"

expect_refusal "prod profile refuses the DEV-ONLY JWT key" "$logs/refuse-dev-key.log" \
  MP_JWT_VERIFY_ISSUER=https://idp.smoke-test.invalid/ \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/deploy/dev-keys/jwt-dev-public.pem" \
  SEKSWERKREGISTER_PSEUDONIEMEN_ACTIEVE_VERSIE=1 SEKSWERKREGISTER_PSEUDONIEMEN_SLEUTELS_1="$pseudoniemsleutel"
expect_refusal "prod profile refuses the DEV-ONLY pseudonym key" "$logs/refuse-dev-pseudonym-key.log" \
  MP_JWT_VERIFY_ISSUER=https://idp.smoke-test.invalid/ \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$tmp/throwaway-public.pem" \
  SEKSWERKREGISTER_PSEUDONIEMEN_ACTIEVE_VERSIE=1 SEKSWERKREGISTER_PSEUDONIEMEN_SLEUTELS_1="$dev_pseudoniemsleutel"

# --- 2-4. Starts from environment variables alone, ready, 401 without token -----------------
port=$(free_port) || { fail "free port: none free in $ports"; exit 1; }
beheerpoort=$(free_port "$port") || { fail "free port: none free in $ports"; exit 1; }
base=http://127.0.0.1:$port
beheer=http://127.0.0.1:$beheerpoort
start_service "$logs/start-from-env.log" \
  MP_JWT_VERIFY_ISSUER=https://idp.smoke-test.invalid/ \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$tmp/throwaway-public.pem" \
  SEKSWERKREGISTER_PSEUDONIEMEN_ACTIEVE_VERSIE=1 SEKSWERKREGISTER_PSEUDONIEMEN_SLEUTELS_1="$pseudoniemsleutel" \
  QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$beheerpoort"

ready=000
for _ in $(seq 1 "$start_timeout"); do
  kill -0 "$pid" 2>/dev/null || break
  ready=$(curl -s -o "$tmp/ready.json" -w '%{http_code}' --max-time 5 "$beheer/q/health/ready" || true)
  [ "$ready" = 200 ] && break
  sleep 1
done
if [ "$ready" = 200 ]; then
  pass "starts with configuration from environment variables alone (port $port, throwaway key)"
  pass "GET /q/health/ready on the management port $beheerpoort -> 200"
else
  if kill -0 "$pid" 2>/dev/null; then
    fail "starts with configuration from environment variables alone: running, but not ready after ${start_timeout}s"
  else
    fail "starts with configuration from environment variables alone: the process exited"
  fi
  fail "GET /q/health/ready -> $ready, expected 200 $(cat "$tmp/ready.json" 2>/dev/null | tr -d '\n' | cut -c1-300)"
  show_log "$logs/start-from-env.log"
fi

if [ "$ready" = 200 ]; then
  result=$(curl -s -o "$tmp/gemeenten.json" -w '%{http_code} %{content_type}' --max-time 10 "$base/api/v1/gemeenten" || true)
  code=${result%% *}
  type=${result#* }
  if [ "$code" = 401 ] && [[ "$type" == application/problem+json* ]] && grep -q '"status" *: *401' "$tmp/gemeenten.json"; then
    pass "GET /api/v1/gemeenten without token -> 401 application/problem+json"
  else
    fail "GET /api/v1/gemeenten without token -> $code $type, expected 401 application/problem+json: $(tr -d '\n' <"$tmp/gemeenten.json" | cut -c1-300)"
  fi
fi

if [ "$ready" = 200 ]; then
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

stop_service

if [ "$failures" -gt 0 ]; then
  printf 'prod-smoke: %d check(s) failed; logs in %s\n' "$failures" "${logs#"$root"/}"
  exit 1
fi
printf 'prod-smoke: all checks passed\n'
