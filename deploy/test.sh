#!/usr/bin/env bash
# The whole test suite: the Maven build with all tests against a real PostgreSQL (database
# `sekswerkregister_test`, rebuilt from the migrations on every run), a check that no test BSN
# reached the server log, a smoke test of the packaged service in the prod profile
# (deploy/prod-smoke.sh), and the two-instance and crash tests (deploy/integratie.sh).
#   deploy/test.sh [extra Maven arguments]
# QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD, when set, are used as they are: an environment
# variable overrides every profile, so the tests then run against that database (which they wipe).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v java >/dev/null 2>&1 || { echo "test.sh: Java is missing: install a JDK 17 (e.g. 'sudo apt-get install -y openjdk-17-jdk-headless') and try again." >&2; exit 1; }

deploy/ensure-postgres.sh sekswerkregister_test

for var in QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD; do
  if [ -n "${!var+set}" ]; then
    export "${var?}"
  fi
done

rm -f target/gebruikte-bsns.txt target/quarkus-test.log
./mvnw -B verify "$@"

# No BSN that the tests used may appear in the server log (target/quarkus-test.log).
if [ -s target/gebruikte-bsns.txt ] && [ -f target/quarkus-test.log ]; then
  if grep -F -q -f target/gebruikte-bsns.txt target/quarkus-test.log; then
    echo "FAIL  a BSN used by the tests appears in target/quarkus-test.log" >&2
    exit 1
  fi
  echo "PASS  none of the $(sort -u target/gebruikte-bsns.txt | wc -l) BSNs used by the tests appears in the server log"
fi
deploy/prod-smoke.sh
deploy/integratie.sh
