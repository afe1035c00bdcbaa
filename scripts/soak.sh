#!/usr/bin/env bash
# Sustained mixed load on the packaged jar: 8 readers and one writer (a revision every 0.2 s through the bulk import)
# for SOAK_SECONDS (default 600), printing requests, errors, read p50/p99, write p99 and the service's RSS every
# SOAK_WINDOW seconds. Not part of CI.
#
# Usage: scripts/soak.sh   (after ./mvnw package -DskipTests)
# Environment: JAR (target/quarkus-app/quarkus-run.jar), SOAK_SECONDS (600), SOAK_READERS (8), SOAK_WINDOW (30), PORT (48080),
# MANAGEMENT_PORT (48090, health), PG_URL_BASE (system PostgreSQL),
# SOAK_JAVA_OPTS (the image's JVM options, sized for its 512 MiB container with -XX:MaxRAM=512m)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-48080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-48090}
DB=indicators_soak
JAVA_OPTS_DEFAULT=$(scripts/image-java-opts.sh)
WORK=$(mktemp -d)
PSQL=(psql -h 127.0.0.1 -U postgres -qtAX)
service_pid=
cleanup() {
    [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null && { wait "$service_pid" 2>/dev/null || true; }
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem"
TOKEN=$(scripts/mint-token.sh "$WORK/key.pem" soak.writer editor 600)
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
QUARKUS_DATASOURCE_JDBC_URL=${PG_URL_BASE:-jdbc:postgresql://127.0.0.1:5432}/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT INDICATORS_EMBEDDED_DATABASE=false INDICATORS_RATE_LIMIT_ENABLED=false \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$WORK/pub.pem QUARKUS_SHUTDOWN_DELAY_ENABLED=false \
    java ${SOAK_JAVA_OPTS:-$JAVA_OPTS_DEFAULT} -jar "${JAR:-target/quarkus-app/quarkus-run.jar}" >"$WORK/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 60); do
    # --local-port: a poll from a source port equal to the service's (in the ephemeral range) could connect to itself
    [ "$(curl -s --local-port 30000-30999 -o /dev/null -w '%{http_code}' http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready)" = 200 ] && break
    sleep 1
done
kill -0 "$service_pid" 2>/dev/null || { echo "the service did not start:"; tail -5 "$WORK/service.log"; exit 1; }
echo "service pid $service_pid on port $PORT, database $DB; soak ${SOAK_SECONDS:-600} s"
python3 scripts/soak.py "http://127.0.0.1:$PORT" "$service_pid" "$TOKEN" "${SOAK_SECONDS:-600}" "${SOAK_READERS:-8}" "${SOAK_WINDOW:-30}"
status=$?
echo "service log: $(grep -c '"level":"ERROR"' "$WORK/service.log" || true) ERROR lines"
exit $status
