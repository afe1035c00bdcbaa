#!/usr/bin/env bash
# Fault drills against the packaged jar and the machine's PostgreSQL cluster, repeatable, printing what it did and saw:
#   1. a committed write (bulk import of one figure)
#   2. a client killed in the middle of a large import, then the service killed (SIGKILL) in the middle of one:
#      neither leaves a row behind (the import is one transaction); then the service killed while its import
#      inserts, and the time until PostgreSQL ends the orphaned session and frees the writers' lock
#   3. PostgreSQL stopped while serving: readiness DOWN, reads 503 problem+json (or a cached answer), writes 503
#   4. PostgreSQL started again: readiness UP without restarting the service; the change listener reconnects (a
#      change made straight in the database moves the ETag); the committed write from step 1 is still there
# Uses its own database (indicators_faults), port 48080 and management port 48090 (health); always starts PostgreSQL again and stops the service.
#
# Usage: scripts/faults.sh   (after ./mvnw package; needs root or the postgres user for pg_ctlcluster)
# Environment: JAR (target/quarkus-app/quarkus-run.jar), PG_CLUSTER (default "15 main"), PG_URL_BASE (default jdbc:postgresql://127.0.0.1:5432), PORT (48080),
#              MANAGEMENT_PORT (48090)
set -uo pipefail
. "$(dirname "$0")/lib.sh"
PORT=${PORT:-48080}
CLUSTER=${PG_CLUSTER:-15 main}
DB=indicators_faults
MANAGEMENT_PORT=${MANAGEMENT_PORT:-48090}
BASE=http://127.0.0.1:$PORT
HEALTH=http://127.0.0.1:$MANAGEMENT_PORT/q/health

cluster_online() { pg_lsclusters -h | awk -v c="$CLUSTER" '$1" "$2 == c && $4 == "online"' | grep -q .; }

need_jar
signing_key
TOKEN=$(token fault.drill editor 60)
fresh_database $DB
# at exit, first (last registered): PostgreSQL running again, the log kept; then the database dropped
at_exit 'cluster_online || { say "cleanup: starting PostgreSQL $CLUSTER again"; pg_ctlcluster $CLUSTER start; }'
at_exit 'cp "$WORK/service.log" target/faults-service.log && say "service log kept in target/faults-service.log"'
start_service() {
    start_jar service "$PORT" "$MANAGEMENT_PORT" $DB INDICATORS_RATE_LIMIT_ENABLED=false
    say "service ready (pid $service_pid)"
}
status() { curl -s -o "$WORK/body" -D "$WORK/head" -w '%{http_code}' "$@"; }
rows() { "${PSQL[@]}" -d $DB -c "select count(*) from observation where quote = '$1'" 2>/dev/null || echo "?"; }
HEADER=indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote

start_service
say "1. committed write: import of one new figure"
printf '%s\nretail.total,440700,,,2031,actual,1.23,CNY_100M,exact,jmdaily-2024-02-gdp,faults-committed\n' $HEADER >"$WORK/one.csv"
check "$(status -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$WORK/one.csv" "$BASE/api/v1/observations/import")" 200 "import answered"
check "$(rows faults-committed)" 1 "figure rows in the database"

say "2a. client killed in the middle of a large import"
{ echo $HEADER; for y in $(seq 3000 7999); do for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
    echo "retail.total,440700,,,$y-$m,actual,1.00,CNY_100M,exact,jmdaily-2024-02-gdp,faults-killed"; done; done; } >"$WORK/big.csv"
say "  file: $(wc -l <"$WORK/big.csv") lines, $(du -h "$WORK/big.csv" | cut -f1)"
curl -s -o /dev/null --limit-rate 100k -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary @"$WORK/big.csv" "$BASE/api/v1/observations/import" &
client=$!
sleep 3; kill -9 $client 2>/dev/null; wait $client 2>/dev/null
say "  client killed after 3 s"
sleep 2
check "$(rows faults-killed)" 0 "rows of the killed import"

say "2b. service killed (SIGKILL) in the middle of a large import"
curl -s -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary @"$WORK/big.csv" "$BASE/api/v1/observations/import" &
client=$!
for _ in $(seq 1 100); do
    [ "$("${PSQL[@]}" -d $DB -c "select count(*) from pg_stat_activity where datname = '$DB' and query ilike 'copy%'")" != 0 ] && break
    sleep 0.02
done
say "  import under way: $("${PSQL[@]}" -d $DB -c "select left(query, 40) from pg_stat_activity where datname = '$DB' and state = 'active' and query not ilike '%pg_stat_activity%' limit 1")"
kill -9 "$service_pid"; wait "$service_pid" 2>/dev/null; service_pid=
wait $client 2>/dev/null
say "  service killed"
cut=$(rows faults-killed)
say "  rows of the import cut by the service's death: $cut (all-or-nothing: 0, or all $(( $(wc -l <"$WORK/big.csv") - 1 )) if it committed first)"
check "$([ "$cut" = 0 ] || [ "$cut" = $(( $(wc -l <"$WORK/big.csv") - 1 )) ] && echo whole)" whole "nothing half-written"
start_service

say "2c. service killed (SIGKILL) while its import inserts: how long the orphaned session keeps the writers' lock"
{ echo $HEADER; awk 'BEGIN { split("440700 440703 440704 440705 440781 440783 440784 440785", areas, " ")
    for (y = 1000; y < 3000; y++) for (m = 1; m <= 12; m++) for (a = 1; a <= 8; a++)
        printf "retail.total,%s,,,%d-%02d,actual,1.00,CNY_100M,exact,jmdaily-2024-02-gdp,faults-orphan\n", areas[a], y, m }'; } >"$WORK/orphan.csv"
say "  file: $(wc -l <"$WORK/orphan.csv") lines"
curl -s -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary @"$WORK/orphan.csv" "$BASE/api/v1/observations/import" &
client=$!
for _ in $(seq 1 1500); do
    [ "$("${PSQL[@]}" -d $DB -c "select count(*) from pg_stat_activity where datname = '$DB' and query ilike 'insert into observation%' and state = 'active'")" != 0 ] && break
    sleep 0.02
done
lock="select count(*) from pg_locks where locktype = 'advisory' and objid = 7270001 and granted"
say "  insert under way, writers' lock held: $("${PSQL[@]}" -d $DB -c "$lock")"
kill -9 "$service_pid"; wait "$service_pid" 2>/dev/null; service_pid=
killed=$(date +%s%N)
for _ in $(seq 1 3000); do [ "$("${PSQL[@]}" -d $DB -c "$lock")" = 0 ] && break; sleep 0.01; done
held=$(( ($(date +%s%N) - killed) / 1000000 ))
wait $client 2>/dev/null
say "  the writers' lock was free ${held} ms after the service was killed (client_connection_check_interval 1 s)"
check "$([ "$held" -lt 2500 ] && echo bounded)" bounded "orphaned session ended within 2.5 s"
check "$(rows faults-orphan)" 0 "rows of the import cut by the service's death"
start_service

say "3. PostgreSQL stopped while serving"
etag=$(curl -s -D - -o /dev/null "$BASE/api/v1/indicators" | tr -d '\r' | awk 'tolower($1)=="etag:"{print $2}')
curl -s -o "$WORK/cached" "$BASE/api/v1/indicators"; sleep 0.5   # kept by the response cache once written out
pg_ctlcluster $CLUSTER stop
say "  pg_ctlcluster $CLUSTER stop: $(pg_lsclusters -h | awk -v c="$CLUSTER" '$1" "$2 == c {print $4}')"
check "$(status $HEALTH/ready)" 503 "readiness"
say "  readiness body: $(tr -d '\n ' <"$WORK/body" | cut -c1-120)"
check "$(status $HEALTH/live)" 200 "liveness"
code=$(status "$BASE/api/v1/observations?indicator=retail.total")
say "  read answered $code, $(grep -i '^content-type' "$WORK/head" | tr -d '\r'), Retry-After: $(grep -i '^retry-after' "$WORK/head" | cut -d' ' -f2 | tr -d '\r')"
check "$code" 503 "uncached read"
check "$(grep -ic '^content-type: application/problem+json' "$WORK/head")" 1 "problem+json"
check "$(status "$BASE/api/v1/indicators")" 200 "read kept by the response cache"
say "  $(grep -i '^warning' "$WORK/head" | tr -d '\r'), $(grep -i '^cache-control' "$WORK/head" | tr -d '\r')"
check "$(cmp -s "$WORK/body" "$WORK/cached" && grep -ic '^warning: 111' "$WORK/head")" 1 "the same bytes, marked stale"
check "$(status -H "If-None-Match: $etag" "$BASE/api/v1/indicators")" 304 "conditional read with the last ETag"
check "$(status -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$WORK/one.csv" "$BASE/api/v1/observations/import")" 503 "write"

say "4. PostgreSQL started again"
pg_ctlcluster $CLUSTER start
t0=$(date +%s)
for _ in $(seq 1 60); do [ "$(status $HEALTH/ready)" = 200 ] && break; sleep 1; done
check "$(status $HEALTH/ready)" 200 "readiness without a restart (after $(( $(date +%s) - t0 )) s)"
check "$(status "$BASE/api/v1/observations?indicator=retail.total")" 200 "reads"
check "$(rows faults-committed)" 1 "the committed write survived the restart"
status "$BASE/api/v1/observations?indicator=retail.total&from=2031&to=2031" >/dev/null
check "$(grep -c faults-committed "$WORK/body")" 1 "and is served"
"${PSQL[@]}" -d $DB -c "update indicator set name_en = name_en || ' (drill)' where code = 'retail.total'" >/dev/null
sleep 3
etag2=$(curl -s -D - -o /dev/null "$BASE/api/v1/indicators" | tr -d '\r' | awk 'tolower($1)=="etag:"{print $2}')
say "  ETag before the outage $etag, after a change made in the database $etag2"
check "$([ -n "$etag2" ] && [ "$etag" != "$etag2" ] && echo moved)" moved "change listener reconnected"
say "service log: $(grep -c '"level":"ERROR"' "$WORK/service.log") ERROR lines, $(grep -c 'Exception' "$WORK/service.log") mentioning an exception"
say "done: $failures failures"
exit $((failures > 0))
