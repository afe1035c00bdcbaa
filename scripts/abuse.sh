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
. "$(dirname "$0")/lib.sh"
PORT=${PORT:-28090}
DB=indicators_abuse
JAVA_OPTS=${ABUSE_JAVA_OPTS:-$(scripts/image-java-opts.sh)}
need_jar
signing_key
TOKEN=$(token abuse.editor editor 60)
fresh_database $DB
at_exit 'cp "$WORK"/replica_*.log target/ && say "service logs kept in target/replica_*.log"'

# start NAME PORT [VAR=value...]: the packaged jar with the image's JVM options, management port PORT+100
# shellcheck disable=SC2086 # the JVM options are separate words
start() { local name=$1 port=$2; shift 2; start_jar "replica_$name" "$port" $((port + 100)) $DB "$@" -- $JAVA_OPTS; }
memory() {
    jcmd "$1" GC.run >/dev/null 2>&1
    local heap
    heap=$(jcmd "$1" GC.heap_info 2>/dev/null | awk '/used/ { for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); s += v } } END { printf "%d", s / 1024 }')
    echo "heap ${heap} MB after a full collection, RSS $(rss_mb "$1") MB"
}
step() { python3 scripts/abuse.py "$@" || failures=$((failures + 1)); }
dead=
alive() {
    kill -0 "$1" 2>/dev/null && return 0
    [ -n "$dead" ] && return 1
    dead=$2
    say "  FAILED: the service died; the end of its log:"; tail -1 "$WORK/replica_$2.log" | cut -c1-400
    failures=$((failures + 1)); return 1
}

start a "$PORT" INDICATORS_RATE_LIMIT_ENABLED=false
A=http://127.0.0.1:$PORT
say "replica a (rate limits off) on $A, pid $replica_a_pid; before: $(memory "$replica_a_pid")"
say "1. the response-cache flood: ${ABUSE_FLOOD:-15000} reads with distinct 19 KB Accept-Language headers"
step flood "$A" "${ABUSE_FLOOD:-15000}"
if alive "$replica_a_pid" a; then
    say "   after: $(memory "$replica_a_pid")"
    say "3. huge exponents"
    step exponents "$A" "$TOKEN"
fi
if alive "$replica_a_pid" a; then
    say "5. a ${ABUSE_IMPORT_ROWS:-300000}-row import, 20 concurrent writes and anonymous reads at once"
    step writers "$A" "$TOKEN" "${ABUSE_IMPORT_ROWS:-300000}"
fi
if alive "$replica_a_pid" a; then
    say "   after: $(memory "$replica_a_pid")"
    status=$(curl -s -o /dev/null -w '%{http_code}' "$A/api/v1/indicators/gdp")
    [ "$status" = 200 ] && say "  ok: still answers ($status)" || { say "  FAILED: answers $status"; failures=$((failures + 1)); }
fi
say "  log: $(grep -c '"level":"ERROR"' "$WORK/replica_a.log") ERROR lines"
stop_pid "$replica_a_pid"

LIMIT=100
say "2. two replicas, rate limits on: $LIMIT anonymous requests a minute per client"
start b "$PORT" INDICATORS_RATE_LIMIT_ANONYMOUS=$LIMIT
start c "$((PORT + 1))" INDICATORS_RATE_LIMIT_ANONYMOUS=$LIMIT
step replicas "http://127.0.0.1:$PORT" "http://127.0.0.1:$((PORT + 1))" $LIMIT
step variants "http://127.0.0.1:$PORT"
say "done: $failures failed steps"
exit $((failures > 0))
