#!/usr/bin/env bash
# Runs the service in Quarkus dev mode on http://localhost:8080, with demo data and trusting the
# DEV-ONLY key (mint tokens with deploy/dev-token.sh). Live reload; stop with Ctrl+C.
#   deploy/dev.sh [extra Maven arguments]
# Makes sure a local PostgreSQL with database `sekswerkregister` exists first (deploy/ensure-postgres.sh;
# QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD point it, and the service, elsewhere).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v java >/dev/null 2>&1 || { echo "dev.sh: Java is missing: install a JDK 17 (e.g. 'sudo apt-get install -y openjdk-17-jdk-headless') and try again." >&2; exit 1; }
deploy/ensure-postgres.sh sekswerkregister
exec ./mvnw -B quarkus:dev "$@"
