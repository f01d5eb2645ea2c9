#!/usr/bin/env bash
# The whole test suite: the Maven build with all tests against a real PostgreSQL (database
# `sekswerkregister_test`, rebuilt from the migrations on every run) including the *IT probe of the
# packaged service in its prod profile (database `sekswerkregister_verpakt`), a check that no test BSN
# reached a server log, a smoke test of the packaged service in the prod profile
# (deploy/prod-smoke.sh), and the two-instance and crash tests (deploy/integratie.sh). The pages' browser
# tests (*IT with support/Browser) need chromium and chromium-driver: installed here when missing.
#   deploy/test.sh [extra Maven arguments]
# QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD, when set, are used as they are: an environment
# variable overrides every profile, so the tests then run against that database (which they wipe).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$root"
need_tools "a JDK 17, e.g. 'sudo apt-get install -y openjdk-17-jdk-headless'" java

deploy/ensure-postgres.sh sekswerkregister_test
deploy/ensure-chromium.sh

for var in QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD QUARKUS_FLYWAY_USERNAME QUARKUS_FLYWAY_PASSWORD; do
  if [ -n "${!var+set}" ]; then
    export "${var?}"
  fi
done

rm -f target/gebruikte-bsns.txt target/quarkus-test.log target/verpakt/dienst.log
./mvnw -B verify "$@"

# No BSN that the tests used may appear in a server log: the in-process one (target/quarkus-test.log)
# and that of the packaged service the *IT tests probe (target/verpakt/dienst.log).
check_no_bsn target/gebruikte-bsns.txt "the tests" target/quarkus-test.log target/verpakt/dienst.log
[ "$failures" -eq 0 ] || exit 1
deploy/prod-smoke.sh
deploy/integratie.sh
