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
. "$(dirname "$0")/lib.sh"
PORT=${PORT:-48080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-48090}
DB=indicators_soak
need_jar
signing_key
TOKEN=$(token soak.writer editor 600)
fresh_database $DB
# shellcheck disable=SC2086 # the JVM options are separate words
start_jar service "$PORT" "$MANAGEMENT_PORT" $DB INDICATORS_RATE_LIMIT_ENABLED=false -- ${SOAK_JAVA_OPTS:-$(scripts/image-java-opts.sh)}
echo "service pid $service_pid on port $PORT, database $DB; soak ${SOAK_SECONDS:-600} s"
python3 scripts/soak.py "http://127.0.0.1:$PORT" "$service_pid" "$TOKEN" "${SOAK_SECONDS:-600}" "${SOAK_READERS:-8}" "${SOAK_WINDOW:-30}"
status=$?
echo "service log: $(grep -c '"level":"ERROR"' "$WORK/service.log" || true) ERROR lines"
exit $status
