# shellcheck shell=bash
# The helpers that the deploy scripts share, each in one place. Source it; do not run it:
#   . "$(dirname "$0")/lib.sh"          (deploy/bench/: . "$(dirname "$0")/../lib.sh")
# Sourcing only defines functions and these variables; it sets no shell options and no traps, and
# does not change the working directory:
#   me           the script's name without .sh, for messages ("prod-smoke")
#   root         the repository, an absolute path
#   jar          the packaged service, $root/target/quarkus-app/quarkus-run.jar
#   java_opties  the production JVM options of deploy/java-opties, as an array
#   failures     the number of fail lines so far (0)
#   background   pids that end_run TERMs at exit (the script adds its own loops)
#   svc_drop     patterns of further environment variables that start_service drops
# A script of checks sets checks_logs (its log folder): die then closes as a failed check run.

me=$(basename "$0" .sh)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=$root/target/quarkus-app/quarkus-run.jar
read -ra java_opties <<<"$(grep -v '^#' "$root/deploy/java-opties")"
failures=0
background=()
svc_drop=()
declare -A lib_services=()   # pid -> 1 for every service started and not yet reaped

# --- Messages ---------------------------------------------------------------------------------
say() { printf '%s: %s\n' "$me" "$*" >&2; }
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
info() { printf '      %s\n' "$*"; }
# show_log <file>: its last 25 lines, indented under a check.
show_log() {
  printf '      last lines of %s:\n' "${1#"$root"/}"
  tail -n 25 "$1" | sed 's/^/      | /'
}
# die <reason>: the script cannot go on.
die() {
  if [ -n "${checks_logs:-}" ]; then
    fail "$*"
    printf '%s: FAIL (could not run the checks); logs in %s\n' "$me" "${checks_logs#"$root"/}"
  else
    say "ERROR: $*"
  fi
  exit 1
}

# need_tools <how to install> <command>...: dies naming the first command that is missing.
need_tools() {
  local hint=$1 tool
  shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' is missing; install it ($hint) and try again"
  done
}

need_jar() {
  [ -f "$jar" ] || die "packaged service present: $jar is missing; build it first with ./mvnw -B package -DskipTests"
}

# --- A run: a temporary folder, and everything it started ended at exit ----------------------
# begin_run: makes $tmp and traps EXIT (end_run) and INT/TERM (exit 130; a script may trap again).
begin_run() {
  tmp=$(mktemp -d)
  trap end_run EXIT
  trap 'say "interrupted"; exit 130' INT TERM
}
end_run() {
  local p
  for p in "${background[@]}"; do ! ours "$p" || kill -TERM "$p" 2>/dev/null || true; done
  for p in "${background[@]}"; do wait "$p" 2>/dev/null || true; done
  for p in "${!lib_services[@]}"; do stop_service "$p"; done
  [ -z "${tmp:-}" ] || rm -rf "$tmp"
}
# ours <pid>: a child of this script, so that a number reused by another process is never signalled.
ours() {
  local stat parent
  { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
  read -r _ parent _ <<<"${stat##*) }"   # after "pid (command) ": state, parent pid, ...
  [ "$parent" = "$$" ]
}

# --- Ports ------------------------------------------------------------------------------------
# port_in_use <port>: something listens on 127.0.0.1:<port>, or any socket of this machine has it
# as its local port (an outgoing connection's, even one in TIME-WAIT, also keeps a server off it).
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  command -v ss >/dev/null 2>&1 && [ -n "$(ss -Htan "sport = :$1" 2>/dev/null)" ]
}
# free_ports <from-to> <n>: prints the first n free ports of the range, lowest first.
free_ports() {
  local range=$1 n=$2 p found=()
  for p in $(seq "${range%-*}" "${range#*-}"); do
    port_in_use "$p" && continue
    found+=("$p")
    [ "${#found[@]}" -lt "$n" ] || { echo "${found[*]}"; return 0; }
  done
  return 1
}

# --- Database ---------------------------------------------------------------------------------
# use_database <jdbc:postgresql://host:port/name>: the database the service and psql_db use. The
# service logs in as the runtime role (QUARKUS_DATASOURCE_USERNAME/_PASSWORD, default the DEV-ONLY
# sekswerkregister_dienst) and migrates as the owner (QUARKUS_FLYWAY_USERNAME/_PASSWORD, default
# sekswerkregister_eigenaar); psql_db works as the owner (README "Database roles").
use_database() {
  local rest
  db_url=$1
  db_user=${QUARKUS_DATASOURCE_USERNAME:-sekswerkregister_dienst}
  db_password=${QUARKUS_DATASOURCE_PASSWORD:-dev-only-dienst}
  db_owner=${QUARKUS_FLYWAY_USERNAME:-sekswerkregister_eigenaar}
  db_owner_password=${QUARKUS_FLYWAY_PASSWORD:-dev-only-eigenaar}
  rest=${db_url#jdbc:postgresql://}
  rest=${rest%%\?*}
  db_name=${rest#*/}
  rest=${rest%%/*}
  db_host=${rest%:*}
  db_port=5432
  [[ "$rest" != *:* ]] || db_port=${rest##*:}
}
# ensure_database [name]: a PostgreSQL that answers and holds the database, or another one of that
# name on the same server (deploy/ensure-postgres.sh).
ensure_database() {
  local url=$db_url
  [ $# -eq 0 ] || url=jdbc:postgresql://$db_host:$db_port/$1
  QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=$db_user QUARKUS_DATASOURCE_PASSWORD=$db_password \
    QUARKUS_FLYWAY_USERNAME=$db_owner QUARKUS_FLYWAY_PASSWORD=$db_owner_password \
    "$root/deploy/ensure-postgres.sh" "${1:-$db_name}"
}
# psql_db [psql arguments...]: as the owner; unaligned, tuples only, stops at the first error.
psql_db() {
  PGPASSWORD=$db_owner_password PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5} psql -X -q -At -v ON_ERROR_STOP=1 \
    -h "$db_host" -p "$db_port" -U "$db_owner" -d "$db_name" "$@"
}
# empty_database [schema...]: drops the given schemas and public, with everything in them, and
# makes public anew, for Flyway to migrate. Fails rather than wait long for a lock.
empty_database() {
  local s drop=""
  for s in "$@" public; do drop+="DROP SCHEMA IF EXISTS $s CASCADE; "; done
  psql_db -c "SET client_min_messages = warning; SET lock_timeout = '15s'; ${drop}CREATE SCHEMA public AUTHORIZATION CURRENT_USER;"
}

# --- Keys and tokens --------------------------------------------------------------------------
# throwaway_keys <folder> <issuer>: a fresh RSA key pair (<folder>/jwt-private.pem, jwt-public.pem)
# pseudonym keys (one per ring; pseudoniemsleutel is the national ring's) and Ed25519 signing key; sets
# jwt_private, jwt_public, pseudoniemsleutel, ondertekensleutel and keys_env, the settings
# that make the service trust them (with the audience $dev_audience, which mint_token puts in aud).
throwaway_keys() {
  local ring
  jwt_private=$1/jwt-private.pem
  jwt_public=$1/jwt-public.pem
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$jwt_private" 2>/dev/null
  openssl pkey -in "$jwt_private" -pubout -out "$jwt_public"
  pseudoniemsleutel=$(new_pseudonym_key)
  ondertekensleutel=$(new_signing_key)
  keys_env=(MP_JWT_VERIFY_ISSUER="$2" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$jwt_public"
    MP_JWT_VERIFY_AUDIENCES="$dev_audience"
    SEKSWERKREGISTER_ONDERTEKENING_SLEUTEL="$ondertekensleutel")
  # One key per ring: a key shared by two rings is refused (README "Keys").
  for ring in LANDELIJK GEMEENTE BEHEERDER LOGBOEK; do
    keys_env+=("SEKSWERKREGISTER_PSEUDONIEMEN_${ring}_ACTIEVE_VERSIE=1")
    if [ "$ring" = LANDELIJK ]; then
      keys_env+=("SEKSWERKREGISTER_PSEUDONIEMEN_${ring}_SLEUTELS_1=$pseudoniemsleutel")
    else
      keys_env+=("SEKSWERKREGISTER_PSEUDONIEMEN_${ring}_SLEUTELS_1=$(new_pseudonym_key)")
    fi
  done
}
new_pseudonym_key() { head -c 32 /dev/urandom | base64; }
new_signing_key() { openssl genpkey -algorithm ed25519 -outform DER | base64 -w0; }

dev_issuer=https://sekswerkregister.example/dev-only
# The audience the dev and test profiles check (mp.jwt.verify.audiences); the prod profile needs one set.
dev_audience=sekswerkregister
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
json_string() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }
# mint_token [--key FILE] [--issuer ISS] [--aud AUD] [--sub SUB] [--hours N] [--claim NAME=VALUE]...
#            <role> [gemeenteCode] [hours]:
# prints an RS256 token with iss, aud (default $dev_audience), sub (default dev-<role>[-<gemeenteCode>];
# upn the same), groups [<role>], gemeente (when given), each --claim as a string claim (riecRegio,
# politieEenheid: the regions of the riec and politie roles), iat, exp (default 8 hours on) and jti. Default
# key and issuer: the DEV-ONLY ones (deploy/dev-keys). deploy/dev-token.sh is its command line.
mint_token() {
  local key=$root/deploy/dev-keys/jwt-dev-private.pem issuer=$dev_issuer aud=$dev_audience sub="" uren=8 extra=""
  while [ $# -gt 0 ]; do
    case $1 in
      --key | --issuer | --aud | --sub | --hours | --claim) [ $# -ge 2 ] || { say "$1 needs a value"; return 2; } ;;&
      --key) key=$2 ;;
      --issuer) issuer=$2 ;;
      --aud) aud=$2 ;;
      --sub) sub=$2 ;;
      --hours) uren=$2 ;;
      --claim)
        [[ "$2" =~ ^[A-Za-z][A-Za-z0-9_]*=.+$ ]] || { say "--claim wants NAME=VALUE, not '$2'"; return 2; }
        extra+=",$(json_string "${2%%=*}"):$(json_string "${2#*=}")" ;;
      --) shift; break ;;
      -*) say "unknown option $1"; return 2 ;;
      *) break ;;
    esac
    shift 2
  done
  local rol=${1:-} gemeente=${2:-}
  uren=${3:-$uren}
  [ -n "$rol" ] || { say "no role given"; return 2; }
  [[ "$uren" =~ ^[0-9]+$ ]] || { say "hours must be a whole number, not '$uren'"; return 2; }
  [ -f "$key" ] || { say "no key file $key"; return 2; }
  sub=${sub:-dev-$rol${gemeente:+-$gemeente}}
  local nu claims header payload signature
  nu=$(date +%s)
  claims="\"iss\":$(json_string "$issuer"),\"aud\":$(json_string "$aud"),\"sub\":$(json_string "$sub"),\"upn\":$(json_string "$sub"),\"groups\":[$(json_string "$rol")]"
  [ -z "$gemeente" ] || claims+=",\"gemeente\":$(json_string "$gemeente")"
  claims+=$extra
  claims+=",\"iat\":$nu,\"exp\":$((nu + uren * 3600)),\"jti\":\"$(cat /proc/sys/kernel/random/uuid)\""
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{%s}' "$claims" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | b64url) || return 1
  [ -n "$signature" ] || return 1
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

# --- The packaged service ---------------------------------------------------------------------
# start_service <workdir> <log> [VAR=value...] [-- java-option...]: starts the jar in the background
# as an operator would, with its configuration from the environment alone: inherited QUARKUS_*,
# MP_*, SMALLRYE_*, SEKSWERKREGISTER_* and JVM option variables (and those matching svc_drop) are
# dropped, the working directory is <workdir> (keep it empty: no .env, no config/), the JVM options
# are java_opties plus the given ones, and MALLOC_ARENA_MAX=2. It gets the database of use_database,
# both interfaces on 127.0.0.1, and the given settings (ports, keys). Sets svc_pid. Call it in the
# script's own shell, never in $(...), so that stop_service can reap it.
start_service() {
  local workdir=$1 log=$2 settings=() java_args=() drop=() v pat
  shift 2
  while [ $# -gt 0 ] && [ "$1" != -- ]; do settings+=("$1"); shift; done
  [ $# -eq 0 ] || { shift; java_args=("$@"); }
  for v in $(compgen -e); do
    case "$v" in
      QUARKUS_* | MP_* | SMALLRYE_* | SEKSWERKREGISTER_* | JAVA_TOOL_OPTIONS | JDK_JAVA_OPTIONS | _JAVA_OPTIONS) drop+=(-u "$v") ;;
      *) for pat in "${svc_drop[@]}"; do
           # shellcheck disable=SC2053 # a pattern, on purpose
           [[ "$v" != $pat ]] || { drop+=(-u "$v"); break; }
         done ;;
    esac
  done
  (cd "$workdir" && exec env "${drop[@]}" \
      QUARKUS_DATASOURCE_JDBC_URL="$db_url" \
      QUARKUS_DATASOURCE_USERNAME="$db_user" \
      QUARKUS_DATASOURCE_PASSWORD="$db_password" \
      QUARKUS_FLYWAY_USERNAME="$db_owner" \
      QUARKUS_FLYWAY_PASSWORD="$db_owner_password" \
      QUARKUS_HTTP_HOST=127.0.0.1 \
      QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
      "${settings[@]}" MALLOC_ARENA_MAX=2 java "${java_opties[@]}" "${java_args[@]}" -jar "$jar") >"$log" 2>&1 &
  svc_pid=$!
  lib_services[$svc_pid]=1
}

# wait_ready <pid> <management port> <seconds> [poll interval, default 0.5] [file for the answer]:
# until /q/health/ready on the management port answers 200 (returns 0), the process exits (1) or
# the time is up (2). Sets ready_code to the last answer (000: none).
wait_ready() {
  local p=$1 url=http://127.0.0.1:$2/q/health/ready end=$((SECONDS + $3)) interval=${4:-0.5} body=${5:-/dev/null}
  ready_code=000
  while [ "$SECONDS" -lt "$end" ]; do
    kill -0 "$p" 2>/dev/null || return 1
    ready_code=$(curl -s -o "$body" -w '%{http_code}' --max-time 2 "$url" || true)
    [ "$ready_code" != 200 ] || return 0
    sleep "$interval"
  done
  return 2
}

# wait_exit <pid> <seconds>: until the process has exited (returns 0, exit_status set) or the time
# is up (returns 1; it still runs).
wait_exit() {
  local p=$1 end=$((SECONDS + $2))
  while kill -0 "$p" 2>/dev/null; do
    [ "$SECONDS" -lt "$end" ] || return 1
    sleep 0.5
  done
  exit_status=0
  wait "$p" 2>/dev/null || exit_status=$?
  unset "lib_services[$p]"
}

# stop_service <pid>: TERM, up to 20 s to shut down, then KILL; reaps it.
stop_service() {
  local p=$1
  [ -n "$p" ] || return 0
  if ours "$p"; then
    kill -TERM "$p" 2>/dev/null || true
    wait_exit "$p" 20 && return 0
    kill -KILL "$p" 2>/dev/null || true
  fi
  wait "$p" 2>/dev/null || true
  unset "lib_services[$p]"
}

# crash_service <pid>: SIGKILL at once, as a crash would; reaps it.
crash_service() {
  ! ours "$1" || kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  unset "lib_services[$1]"
}

# --- Logs -------------------------------------------------------------------------------------
# check_no_bsn <file of BSNs> <what used them> <log>...: one PASS or FAIL line per log that exists:
# none of the BSNs may appear in it. Nothing to check (an info line) when no BSN was used.
check_no_bsn() {
  local bsns=$1 who=$2 log n rc
  shift 2
  [ -s "$bsns" ] || { info "no BSN was used by $who, so none can be in its logs"; return 0; }
  n=$(sort -u "$bsns" | wc -l)
  for log in "$@"; do
    [ -f "$log" ] || continue
    rc=0
    grep -F -q -f "$bsns" "$log" || rc=$?
    case $rc in
      0) fail "a BSN used by $who appears in ${log#"$root"/}" ;;
      1) pass "none of the $n BSNs used by $who appears in ${log#"$root"/}" ;;
      *) fail "could not search ${log#"$root"/} for the BSNs used by $who (grep exit $rc)" ;;
    esac
  done
}

# Installing what a script needs (deploy/ensure-postgres.sh, deploy/ensure-chromium.sh).
# Runs a command as root: directly, or through sudo when that works without a password prompt
# (or with one, when a terminal is there to answer it).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    return 1
  fi
}

can_be_root() {
  [ "$(id -u)" -eq 0 ] && return 0
  command -v sudo >/dev/null 2>&1 || return 1
  sudo -n true 2>/dev/null && return 0
  [ -t 0 ] && sudo -v
}

is_debian() {
  [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1
}

apt_install() {
  say "installing $* with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}
