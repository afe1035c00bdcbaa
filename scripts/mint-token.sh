#!/usr/bin/env bash
# Mints a short-lived bearer token for local use, signed with a key the operator generated (never committed):
#
#   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out ~/.config/city-indicators/jwt-private.pem
#   openssl pkey -in ~/.config/city-indicators/jwt-private.pem -pubout -out ~/.config/city-indicators/jwt-public.pem
#   MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$HOME/.config/city-indicators/jwt-public.pem java -jar target/quarkus-app/quarkus-run.jar
#
#   TOKEN=$(scripts/mint-token.sh ~/.config/city-indicators/jwt-private.pem li.wei editor)
#   curl -H "Authorization: Bearer $TOKEN" ...
#
# Usage: mint-token.sh PRIVATE_KEY_PEM NAME ROLE [MINUTES]   (ROLE: editor or admin; MINUTES default 30, at most 720:
# the service refuses tokens that live longer than smallrye.jwt.time-to-live, 12 h)
# The issuer and audience follow INDICATORS_JWT_ISSUER and INDICATORS_JWT_AUDIENCE, as the service does.
set -euo pipefail
if [ $# -lt 3 ]; then
    sed -n '2,14p' "$0" >&2
    exit 2
fi
key=$1 name=$2 role=$3 minutes=${4:-30}
case "$role" in editor|admin) ;; *) echo "ROLE must be editor or admin" >&2; exit 2 ;; esac
[[ "$name" =~ ^[A-Za-z0-9._@-]{1,100}$ ]] || { echo "NAME: letters, digits and . _ @ - only" >&2; exit 2; }
[[ "$minutes" =~ ^[0-9]{1,3}$ ]] && [ "$minutes" -le 720 ] || { echo "MINUTES must be a whole number up to 720" >&2; exit 2; }
issuer=${INDICATORS_JWT_ISSUER:-city-indicators}
audience=${INDICATORS_JWT_AUDIENCE:-city-indicators-api}
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","aud":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
    "$issuer" "$audience" "$name" "$role" "$now" "$((now + minutes * 60))" "$(openssl rand -hex 12)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
