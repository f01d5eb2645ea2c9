#!/usr/bin/env bash
# Mints a DEV-ONLY bearer token, signed with the committed dev key (deploy/dev-keys), that the
# dev and test profiles trust and the prod profile refuses.
#   deploy/dev-token.sh <role> [gemeenteCode] [hours-valid]
#   e.g.  TOKEN=$(deploy/dev-token.sh vergunningverlener GM0363)
#         curl -H "Authorization: Bearer $TOKEN" http://localhost:8080/api/v1/vergunningen
# Roles: vergunningverlener handhaver beleidsmedewerker auditor landelijk-beheerder
set -euo pipefail
rol=${1:?"usage: $0 <role> [gemeenteCode] [hours-valid]"}
gemeente=${2:-}
uren=${3:-8}
dir=$(cd "$(dirname "$0")" && pwd)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
nu=$(date +%s)
gemeente_claim=""
[ -n "$gemeente" ] && gemeente_claim=",\"gemeente\":\"$gemeente\""
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"https://sekswerkregister.example/dev-only","sub":"dev-%s%s","upn":"dev-%s","groups":["%s"]%s,"iat":%d,"exp":%d,"jti":"%s"}' \
  "$rol" "${gemeente:+-$gemeente}" "$rol" "$rol" "$gemeente_claim" "$nu" "$((nu + uren * 3600))" "$(cat /proc/sys/kernel/random/uuid)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/dev-keys/jwt-dev-private.pem" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
