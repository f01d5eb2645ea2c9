#!/usr/bin/env bash
# Runs the service in Quarkus dev mode on http://localhost:8080, with demo data and trusting the
# DEV-ONLY key (mint tokens with deploy/dev-token.sh). Live reload; stop with Ctrl+C.
#   deploy/dev.sh [extra Maven arguments]
# Makes sure a local PostgreSQL with database `sekswerkregister` exists first (deploy/ensure-postgres.sh;
# QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD point it, and the service, elsewhere).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
need_tools "a JDK 17, e.g. 'sudo apt-get install -y openjdk-17-jdk-headless'" java
deploy/ensure-postgres.sh sekswerkregister
exec ./mvnw -B quarkus:dev "$@"
