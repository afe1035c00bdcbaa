#!/usr/bin/env bash
# The abuse run of issue 13, bounded in count and time, on loopback only: the requests that once took a replica down
# or slipped past its limits, sent again to the packaged jar started with the image's JVM options (sized for its
# 512 MiB container). Prints heap (after a full collection) and RSS before and after, 5xx counts, and that the service
# still answers:
#   1. 15,000 reads with distinct 19 KB Accept-Language headers (the response-cache flood)
#   2. path variants (//api, /%61pi, /./api, ...) once the anonymous budget is spent, and one anonymous client
#      alternating between two replicas on one database (one budget for both)
#   3. huge exponents in a figure, a JSON import and a CSV import
#   5. one large import, 20 concurrent writes and anonymous reads at once
#
# Usage: scripts/abuse.sh   (after ./mvnw package -DskipTests; uses the PostgreSQL at 127.0.0.1:5432)
# Environment: JAR, PORT (28090, below the ephemeral ports; the second replica PORT+1), ABUSE_FLOOD (15000), ABUSE_IMPORT_ROWS (300000),
# ABUSE_JAVA_OPTS (the image's JVM options with -XX:MaxRAM=512m), JAVA (java)
set -uo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-28090}
DB=indicators_abuse
WORK=$(mktemp -d)
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
JAVA=${JAVA:-java}
JAVA_OPTS=${ABUSE_JAVA_OPTS:-$(scripts/image-java-opts.sh)}
PSQL=(psql -h 127.0.0.1 -U postgres -qtAX)
failures=0
pids=()

say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1
    cp "$WORK"/service-*.log target/ 2>/dev/null && say "service logs kept in target/service-*.log"
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 2; }
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem"
TOKEN=$(scripts/mint-token.sh "$WORK/key.pem" abuse.editor editor 60)
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null

# start NAME PORT [VAR=value...]: the packaged jar with the image's JVM options; waits until it answers
start() {
    local name=$1 port=$2; shift 2
    env QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 100)) \
        INDICATORS_EMBEDDED_DATABASE=false MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$WORK/pub.pem \
        QUARKUS_SHUTDOWN_DELAY_ENABLED=false "$@" \
        "$JAVA" $JAVA_OPTS -jar "$JAR" >"$WORK/service-$name.log" 2>&1 &
    pids+=($!)
    eval "${name}_pid=$!"
    for _ in $(seq 1 120); do
        [ "$(curl -s --local-port 30000-30999 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/areas?size=1")" = 200 ] && return 0
        kill -0 "$!" 2>/dev/null || break
        sleep 0.5
    done
    say "$name did not start:"; tail -20 "$WORK/service-$name.log"; exit 1
}
stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; }
memory() {
    jcmd "$1" GC.run >/dev/null 2>&1
    local heap rss
    heap=$(jcmd "$1" GC.heap_info 2>/dev/null | awk '/used/ { for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); s += v } } END { printf "%d", s / 1024 }')
    rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' /proc/"$1"/status)
    echo "heap ${heap} MB after a full collection, RSS ${rss} MB"
}
step() { python3 scripts/abuse.py "$@" || failures=$((failures + 1)); }
dead=
alive() {
    kill -0 "$1" 2>/dev/null && return 0
    [ -n "$dead" ] && return 1
    dead=$2
    say "  FAILED: the service died; the end of its log:"; tail -1 "$WORK/service-$2.log" | cut -c1-400
    failures=$((failures + 1)); return 1
}

start a "$PORT" INDICATORS_RATE_LIMIT_ENABLED=false
A=http://127.0.0.1:$PORT
say "replica a (rate limits off) on $A, pid $a_pid; before: $(memory "$a_pid")"
say "1. the response-cache flood: ${ABUSE_FLOOD:-15000} reads with distinct 19 KB Accept-Language headers"
step flood "$A" "${ABUSE_FLOOD:-15000}"
if alive "$a_pid" a; then
    say "   after: $(memory "$a_pid")"
    say "3. huge exponents"
    step exponents "$A" "$TOKEN"
fi
if alive "$a_pid" a; then
    say "5. a ${ABUSE_IMPORT_ROWS:-300000}-row import, 20 concurrent writes and anonymous reads at once"
    step writers "$A" "$TOKEN" "${ABUSE_IMPORT_ROWS:-300000}"
fi
if alive "$a_pid" a; then
    say "   after: $(memory "$a_pid")"
    status=$(curl -s -o /dev/null -w '%{http_code}' "$A/api/v1/indicators/gdp")
    [ "$status" = 200 ] && say "  ok: still answers ($status)" || { say "  FAILED: answers $status"; failures=$((failures + 1)); }
fi
say "  log: $(grep -c '"level":"ERROR"' "$WORK/service-a.log") ERROR lines"
stop "$a_pid"

LIMIT=100
say "2. two replicas, rate limits on: $LIMIT anonymous requests a minute per client"
start b "$PORT" INDICATORS_RATE_LIMIT_ANONYMOUS=$LIMIT
start c "$((PORT + 1))" INDICATORS_RATE_LIMIT_ANONYMOUS=$LIMIT
step replicas "http://127.0.0.1:$PORT" "http://127.0.0.1:$((PORT + 1))" $LIMIT
step variants "http://127.0.0.1:$PORT"
say "done: $failures failed steps"
exit $((failures > 0))
