#!/usr/bin/env bash
# Makes sure a PostgreSQL answers and holds the given database; safe to run again and again.
#   deploy/ensure-postgres.sh <database>
#
# Connection settings are the service's own (standard Quarkus environment variables):
#   QUARKUS_DATASOURCE_JDBC_URL   default jdbc:postgresql://localhost:5432/<database>
#                                 (when set, its host, port and database are used instead)
#   QUARKUS_DATASOURCE_USERNAME   the runtime role, default sekswerkregister_dienst
#   QUARKUS_DATASOURCE_PASSWORD   default dev-only-dienst
#   QUARKUS_FLYWAY_USERNAME       the owner role Flyway migrates as, default sekswerkregister_eigenaar
#   QUARKUS_FLYWAY_PASSWORD       default dev-only-eigenaar
# and an administrator login that may create databases and roles:
#   POSTGRES_ADMIN_USERNAME       default postgres
#   POSTGRES_ADMIN_PASSWORD       default postgres
#
# - A PostgreSQL that already answers is reused as it is.
# - Local (localhost) and nothing answers: on Debian/Ubuntu, as root or with sudo, installs the
#   distribution's postgresql (if missing) and starts its cluster.
# - Local, and the login fails while the role has no password at all (a fresh install): sets the
#   password of the `postgres` role to `postgres` (or of QUARKUS_DATASOURCE_USERNAME to
#   QUARKUS_DATASOURCE_PASSWORD) so that TCP logins work. DEV-ONLY: never run this on a server that
#   matters. A role that already has a password is never changed.
# - Remote host: nothing is installed; the script only checks that it answers.
# Then creates the database if it does not exist yet and, on a local server, the two DEV-ONLY roles
# (README "Database roles"): the owner, which owns the database and everything in it, and the runtime
# role, which may only connect (each migration grants it what it needs). A local database whose
# objects another role owns (made before the roles were split) is emptied once, for Flyway to
# rebuild; its data is lost, which is why this is only done on localhost.
set -euo pipefail
. "$(dirname "$0")/lib.sh"   # say, die

default_db=${1:?"usage: $0 <database>"}

url=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:5432/$default_db}
user=${POSTGRES_ADMIN_USERNAME:-postgres}
export PGPASSWORD=${POSTGRES_ADMIN_PASSWORD:-postgres}
owner=${QUARKUS_FLYWAY_USERNAME:-sekswerkregister_eigenaar}
owner_password=${QUARKUS_FLYWAY_PASSWORD:-dev-only-eigenaar}
runtime=${QUARKUS_DATASOURCE_USERNAME:-sekswerkregister_dienst}
runtime_password=${QUARKUS_DATASOURCE_PASSWORD:-dev-only-dienst}
export PGCONNECT_TIMEOUT=5

# jdbc:postgresql://host[:port][/database][?parameters]; only the first host of a list is checked.
rest=${url#jdbc:postgresql://}
[ "$rest" != "$url" ] || die "QUARKUS_DATASOURCE_JDBC_URL must start with jdbc:postgresql:// (this script only knows PostgreSQL); fix it and try again."
rest=${rest%%\?*}
hostport=${rest%%/*}
hostport=${hostport%%,*}
db=$default_db
[[ "$rest" == */* ]] && [ -n "${rest#*/}" ] && db=${rest#*/}
if [[ "$hostport" == \[*\]* ]]; then            # [ipv6]:port
  host=${hostport%%]*}; host=${host#[}
  port=${hostport#*]}; port=${port#:}
elif [[ "$hostport" == *:* ]]; then
  host=${hostport%%:*}; port=${hostport##*:}
else
  host=$hostport; port=
fi
host=${host:-localhost}
port=${port:-5432}

case "$host" in
  localhost | 127.0.0.1 | ::1 | localhost.localdomain) local_host=true ;;
  *) local_host=false ;;
esac

answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$host" -p "$port" -t 3
  else
    timeout 3 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null
  fi
}

# psql as the operating-system user postgres, over the local socket (peer authentication).
as_postgres_psql() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- psql -X -q "$@"
    else
      su postgres -s /bin/sh -c 'psql -X -q "$@"' psql "$@"
    fi
  else
    sudo -u postgres psql -X -q "$@"
  fi
}

sql_literal() { printf "'%s'" "${1//\'/\'\'}"; }
sql_ident() { printf '"%s"' "${1//\"/\"\"}"; }

# DEV-ONLY: gives the role we log in with the password we log in with (default postgres/postgres).
set_dev_password() {
  local pw=$PGPASSWORD
  say "DEV-ONLY: setting the password of PostgreSQL role '$user' (never do this on a real server)"
  if [ "$user" = postgres ]; then
    as_postgres_psql -d postgres -c "ALTER ROLE postgres PASSWORD $(sql_literal "$pw")"
  else
    as_postgres_psql -d postgres -v ON_ERROR_STOP=1 <<SQL
SELECT format('CREATE ROLE %I LOGIN CREATEDB', $(sql_literal "$user"))
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $(sql_literal "$user")) \gexec
ALTER ROLE $(sql_ident "$user") PASSWORD $(sql_literal "$pw");
SQL
  fi
}

# Starts the (first) Debian cluster. Fails when one is already online: then it listens somewhere
# else than $host:$port, and starting it again would not help.
start_local_cluster() {
  local ver state
  if command -v pg_lsclusters >/dev/null 2>&1; then
    read -r ver state < <(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" { print $1, $4; exit }') || true
    if [ -z "${ver:-}" ]; then
      ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
      [ -n "$ver" ] || return 1
      say "creating cluster $ver/main"
      as_root pg_createcluster --port "$port" "$ver" main
    elif [ "$state" = online ]; then
      die "PostgreSQL cluster $ver/main runs but does not answer on $host:$port (see 'pg_lsclusters'): set QUARKUS_DATASOURCE_JDBC_URL to its port, or stop it, and try again."
    fi
    say "starting cluster $ver/main"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main start ||
      as_root service postgresql start
  else
    as_root service postgresql start
  fi
}

wait_until_answers() {
  local i
  for i in $(seq 1 30); do
    answers && return 0
    sleep 1
  done
  return 1
}

# 1. A server that answers.
if answers; then
  say "PostgreSQL answers on $host:$port; reusing it"
elif [ "$local_host" = false ]; then
  die "No PostgreSQL answers on $host:$port (from QUARKUS_DATASOURCE_JDBC_URL): start it or point the URL at one that runs, then try again."
else
  is_debian && can_be_root ||
    die "No PostgreSQL answers on $host:$port and this script can only install one on Debian/Ubuntu as root or with sudo: start a PostgreSQL there yourself (administrator '$user', password as in POSTGRES_ADMIN_PASSWORD, default postgres) and try again."
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    apt_install postgresql postgresql-client
  fi
  start_local_cluster || die "PostgreSQL is installed but its cluster did not start: start it with 'sudo service postgresql start' (see 'pg_lsclusters') and try again."
  wait_until_answers || die "PostgreSQL was started but does not answer on $host:$port: check 'pg_lsclusters' and that it listens on port $port, then try again."
  # The DEV-ONLY password for TCP logins is set in step 3, once psql is sure to be there.
fi

# 2. A client to talk to it.
if ! command -v psql >/dev/null 2>&1; then
  if [ "$local_host" = true ] && is_debian && can_be_root; then
    apt_install postgresql-client
  elif [ "$local_host" = false ]; then
    say "psql is not installed; not checking that database '$db' exists on $host:$port"
    exit 0
  else
    die "psql is missing: install the PostgreSQL client (package postgresql-client) and try again."
  fi
fi

psql_admin() {
  psql -X -q -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 "$@" 2>/dev/null ||
    psql -X -q -h "$host" -p "$port" -U "$user" -d template1 -v ON_ERROR_STOP=1 "$@"
}

# True when the role has no password at all, or does not exist yet: the state of a fresh Debian
# install, in which nothing can depend on a password yet. A role that has one is never touched.
role_without_password() {
  [ "$(as_postgres_psql -d postgres -Atc "SELECT coalesce((SELECT rolpassword IS NULL FROM pg_authid
      WHERE rolname = $(sql_literal "$user")), true)" 2>/dev/null)" = t ]
}

# 3. A login that works. A local Debian server installed earlier, whose role still has no
#    password, gets the same DEV-ONLY password as a fresh install.
if ! psql_admin -Atc 'SELECT 1' >/dev/null 2>&1; then
  if [ "$local_host" = true ] && is_debian && id postgres >/dev/null 2>&1 && can_be_root &&
      role_without_password && set_dev_password && psql_admin -Atc 'SELECT 1' >/dev/null 2>&1; then
    :
  else
    die "Cannot log in to PostgreSQL on $host:$port as '$user': set POSTGRES_ADMIN_USERNAME and POSTGRES_ADMIN_PASSWORD to a role that may connect (and create databases and roles) and try again."
  fi
fi

# 4. The database.
exists=$(psql_admin -Atc "SELECT 1 FROM pg_database WHERE datname = $(sql_literal "$db")")
if [ "$exists" = 1 ]; then
  say "database '$db' exists on $host:$port"
else
  psql_admin -c "CREATE DATABASE $(sql_ident "$db")" ||
    die "Could not create database '$db' on $host:$port as '$user': create it yourself (or grant CREATEDB) and try again."
  say "created database '$db' on $host:$port"
fi

# 5. The two roles (local servers only: elsewhere they are the database administrator's business).
[ "$local_host" = true ] || exit 0
[ "$owner" != "$runtime" ] || die "QUARKUS_FLYWAY_USERNAME and QUARKUS_DATASOURCE_USERNAME are both '$owner': the service must not run as the owner of its tables (README \"Database roles\")."
psql_admin <<SQL || die "Could not create the roles '$owner' and '$runtime' as '$user': create them yourself (README \"Database roles\") and try again."
SELECT format('CREATE ROLE %I LOGIN', $(sql_literal "$owner"))
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $(sql_literal "$owner")) \gexec
SELECT format('CREATE ROLE %I LOGIN', $(sql_literal "$runtime"))
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $(sql_literal "$runtime")) \gexec
ALTER ROLE $(sql_ident "$owner") PASSWORD $(sql_literal "$owner_password");
ALTER ROLE $(sql_ident "$runtime") NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD $(sql_literal "$runtime_password");
ALTER DATABASE $(sql_ident "$db") OWNER TO $(sql_ident "$owner");
GRANT CONNECT ON DATABASE $(sql_ident "$db") TO $(sql_ident "$runtime");
SQL
foreign=$(psql -X -q -At -h "$host" -p "$port" -U "$user" -d "$db" -c "
  SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) <> $(sql_literal "$owner")")
schema_owner=$(psql -X -q -At -h "$host" -p "$port" -U "$user" -d "$db" -c "
  SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'")
if [ "${foreign:-0}" != 0 ] || { [ "$schema_owner" != "$owner" ] && [ "$schema_owner" != pg_database_owner ]; }; then
  say "database '$db' holds objects of another owner (made before the roles were split): emptying it once for Flyway to rebuild"
  psql -X -q -h "$host" -p "$port" -U "$user" -d "$db" -v ON_ERROR_STOP=1 \
    -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public AUTHORIZATION $(sql_ident "$owner");" ||
    die "Could not empty database '$db' (is a service still connected to it?)"
fi
