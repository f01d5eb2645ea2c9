#!/usr/bin/env bash
# Mints a bearer token (RS256). By default it is DEV-ONLY: signed with the committed dev key
# (deploy/dev-keys) and the dev issuer, which the dev and test profiles trust and the prod profile
# refuses.
#   deploy/dev-token.sh [options] <role> [gemeenteCode] [hours-valid]
#     --key FILE     sign with this RSA private key (PEM) instead, e.g. a throwaway one
#     --issuer ISS   iss claim (default https://sekswerkregister.example/dev-only)
#     --aud AUD      aud claim (default sekswerkregister, the audience dev mode checks)
#     --sub SUB      sub claim (default dev-<role>[-<gemeenteCode>])
#     --hours N      valid for N hours (default 8; the third argument says the same)
#   e.g.  TOKEN=$(deploy/dev-token.sh vergunningverlener GM0363)
#         curl -H "Authorization: Bearer $TOKEN" http://localhost:8080/api/v1/vergunningen
# Roles: vergunningverlener handhaver beleidsmedewerker auditor landelijk-beheerder verificateur handhavingsjurist
# The scripts in deploy/ mint their tokens with the same function (mint_token in deploy/lib.sh).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
case ${1:-} in
  -h | --help) sed -n '2,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac
mint_token "$@" || { sed -n '5,10s/^# \{0,1\}//p' "$0" >&2; exit 2; }
