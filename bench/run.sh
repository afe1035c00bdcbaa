#!/usr/bin/env bash
# One command for the benchmark (issue 8): the packaged service in prod mode against PostgreSQL at 127.0.0.1:5432
# (database $BENCH_DB, created if missing), loaded with bench/generate.py through the bulk import, measured with wrk
# over loopback against the peer (Platformatic DB 2.x over the same tables) and the ceiling (nginx serving the same
# bytes). Prints a table and writes it to bench/results/latest.md. Everything it starts it stops.
#
#   bench/run.sh                      # 5,000,000 figures (the import takes minutes on 2 cores)
#   BENCH_ROWS=50000 BENCH_SECONDS=3 bench/run.sh    # a quick check
#   BENCH_DROP=1 bench/run.sh         # drop the database at the end
#
# Settings: BENCH_ROWS (5000000), BENCH_DB (bench), BENCH_SECONDS per wrk run (10), BENCH_CONNECTIONS ("1 8 32 64"),
# BENCH_IMPORT_ROWS (1000000, the timed import; 0 skips it), BENCH_EXPORT_ROWS (about 1000000, the CSV export),
# BENCH_CEILINGS (1; 0 measures the cached reads only, for a quick before/after), BENCH_PEER (1: Platformatic DB), BENCH_PEER2 (1: Directus 11.3.5, bench/peer/directus; its first install takes about
# 2 minutes), BENCH_JAVA_OPTS (the image's JAVA_OPTS with -XX:MaxRAM=512m, so that the JVM sizes itself as in the
# 512 MiB container of k8s/base: serial collector, heap at most 256 MB), BENCH_JAVA (the JVM the image runs, Temurin 25
# at /usr/lib/jvm/temurin-25-jdk-amd64, with an AOT cache trained as the image trains it; `java` when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_OPTS_DEFAULT=$(scripts/image-java-opts.sh)
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$JAVA" ] || JAVA=java
ROWS=${BENCH_ROWS:-5000000} DB=${BENCH_DB:-bench} SECONDS_PER_RUN=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-"1 8 32 64"} IMPORT_ROWS=${BENCH_IMPORT_ROWS:-1000000}
EXPORT_ROWS=${BENCH_EXPORT_ROWS:-1000000} PEER=${BENCH_PEER:-1} PEER2=${BENCH_PEER2:-1} PEER2_URL=http://127.0.0.1:27085
WORK=${BENCH_WORK:-/tmp/city-indicators-bench} SVC=http://127.0.0.1:27080 HEALTH=http://127.0.0.1:27090/q/health PEER_URL=http://127.0.0.1:27081 NGINX=http://127.0.0.1:27082
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)
PG_LOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
mkdir -p "$WORK/www" bench/results
OUT=bench/results/latest.md TSV=$WORK/results.tsv
: > "$TSV"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
            [ "${BENCH_DROP:-0}" = 1 ] && "${PSQL[@]}" -c "drop database if exists $DB" || true; }
trap cleanup EXIT

for tool in wrk nginx node openssl python3 curl; do command -v $tool >/dev/null || { echo "needs $tool (apt-get install wrk nginx)"; exit 2; }; done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
[ -f "$WORK/jwt-private.pem" ] || { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
                                   openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"; }
"${PSQL[@]}" -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1 || "${PSQL[@]}" -d postgres -c "create database $DB"

rss() { awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$1/status; }
peak() { awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$1/status; }
reset_peak() { echo 5 > /proc/$1/clear_refs 2>/dev/null || true; }
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$TSV"; }   # target, test, connections, "rps p50 p99 p999 rss"

AOT_OPTION=()
if "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCache '; then
    JAVA_OPTS=${BENCH_JAVA_OPTS:-$JAVA_OPTS_DEFAULT} bench/aot-cache.sh "$JAVA" "$WORK/app.aot"
    AOT_OPTION=(-XX:AOTCache="$WORK/app.aot")
fi
# launch NAME PORT MANAGEMENT_PORT [VAR=value...]: the packaged jar on the benchmark database, ready; sets LAUNCHED_PID
launch() {
    local name=$1 port=$2 mport=$3; shift 3
    for p in $port $mport; do
        ! curl -s -o /dev/null "http://127.0.0.1:$p/" || { echo "port $p is in use: stop what runs there first"; exit 1; }
    done
    env "$@" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$mport \
    QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE=2G INDICATORS_RATE_LIMIT_ENABLED=false \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=unused MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$WORK/jwt-public.pem \
    "$JAVA" "${AOT_OPTION[@]}" ${BENCH_JAVA_OPTS:-$JAVA_OPTS_DEFAULT} -jar "$(pwd -P)/target/quarkus-app/quarkus-run.jar" > "$WORK/$name.log" 2>&1 &
    LAUNCHED_PID=$!; pids+=($LAUNCHED_PID)
    # --local-port: a poll whose source port happened to be the management port would connect to itself and keep the service off it
    until curl -sf --local-port 30000-30999 -o /dev/null "http://127.0.0.1:$mport/q/health/ready"; do
        sleep 0.05; kill -0 $LAUNCHED_PID || { tail "$WORK/$name.log"; exit 1; }
    done
}
start_service() {
    local started=$(date +%s.%N)
    launch service 27080 27090
    SERVICE_PID=$LAUNCHED_PID
    READY=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")
    sleep 2; IDLE_RSS=$(rss $SERVICE_PID)
    echo "service ready in ${READY}s, idle RSS ${IDLE_RSS} MB"
}
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
start_service

ADMIN=$(scripts/mint-token.sh "$WORK/jwt-private.pem" bench.admin admin 600)
EDITOR=$(scripts/mint-token.sh "$WORK/jwt-private.pem" bench.editor editor 600)
have=$("${PSQL[@]}" -d $DB -c "select count(*) from observation where source_code = 'bench-synthetic' and superseded_at is null")
if [ "$have" -lt "$ROWS" ]; then
    python3 bench/generate.py --base $SVC --admin-token "$ADMIN" --editor-token "$EDITOR" --rows $((ROWS - have)) --skip "$have" | tee "$WORK/load.log"
fi
"${PSQL[@]}" -d $DB -c "analyze"
FIGURES=$("${PSQL[@]}" -d $DB -c "select count(*) from observation")
GENERATED=$("${PSQL[@]}" -d $DB -c "select count(*) from observation where source_code = 'bench-synthetic' and superseded_at is null")

IMPORT_LINE="not run"
if [ "$IMPORT_ROWS" -gt 0 ] && [ "$GENERATED" -gt "$ROWS" ]; then
    # an earlier run's timed import (the newest import): take it out, so that this run imports the same rows on the same base
    "${PSQL[@]}" -d $DB -c "delete from observation where source_code = 'bench-synthetic' and reason is null
        and recorded_at = (select max(recorded_at) from observation where source_code = 'bench-synthetic')"
    "${PSQL[@]}" -d $DB -c "vacuum analyze observation"
    GENERATED=$("${PSQL[@]}" -d $DB -c "select count(*) from observation where source_code = 'bench-synthetic' and superseded_at is null")
    echo "removed the previous timed import: $GENERATED generated figures are current"
fi
if [ "$IMPORT_ROWS" -gt 0 ]; then
    reset_peak $SERVICE_PID
    import_log=$(stat -c %s "$PG_LOG")
    "${PSQL[@]}" -d postgres -c "alter system set log_min_duration_statement = 100" -c "select pg_reload_conf()" >/dev/null
    IMPORT_LINE=$(python3 bench/generate.py --base $SVC --admin-token "$ADMIN" --editor-token "$EDITOR" --no-catalogue \
        --rows "$IMPORT_ROWS" --skip "$GENERATED" --chunk "$IMPORT_ROWS" --revisions 0 --prepared \
        --write-csv "$WORK/import.csv" | grep '^import')
    "${PSQL[@]}" -d postgres -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
    # where the import's time goes inside PostgreSQL: its statements that took over 100 ms
    tail -c +$((import_log + 1)) "$PG_LOG" | grep "@$DB LOG:  duration" | sed -E 's/.*duration: ([0-9.]+) ms  [a-z]+( [^:]+)?: (.{0,60}).*/\1 ms: \3/' \
        | sort -rn | head -5 | tr '\n' ';' > "$WORK/import-statements.txt"
    IMPORT_LINE="$IMPORT_LINE peak_rss_mb=$(peak $SERVICE_PID)"
    echo "$IMPORT_LINE"
fi

# The queries. The deep page is the second page of a filter over millions of figures, reached by its keyset cursor.
AREA=440100 IND=bench.gdp.i000
declare -A URL=(
    [latest]="/api/v1/areas/$AREA/latest"
    [series]="/api/v1/indicators/$IND/series?area=$AREA&from=2000&to=2024"
)
next=$(curl -sf "$SVC/api/v1/observations?frequency=month&from=2020&size=100" | python3 -c "import json,sys; print(json.load(sys.stdin)['page']['next'])")
URL[page]=$next
# the peer's deep page starts halfway through the table's ids, whatever the size (a fixed id past the end answers nothing)
MID_ID=$("${PSQL[@]}" -d $DB -c "select coalesce(max(id), 0) / 2 from observation")
declare -A PEER_PATH=(
    [latest]="/observation/?where.areaCode.eq=$AREA&where.period.in=2024,2024-12&limit=1000"
    [series]="/observation/?where.indicatorCode.eq=$IND&where.areaCode.eq=$AREA&where.periodType.eq=year&orderby.periodStart=asc&limit=1000"
    [page]="/observation/?where.periodType.eq=month&where.periodStart.gte=2020-01-01&where.id.gt=$MID_ID&orderby.id=asc&limit=100"
)
# Directus: only current, published versions (as the service answers); the latest snapshot as the newest periods, as
# for the first peer (Directus serves no views); the second page by offset (its filters cannot follow a text keyset)
CURRENT='filter%5Bsuperseded_at%5D%5B_null%5D=true&filter%5Bwithdrawn%5D%5B_eq%5D=false'
declare -A PEER2_PATH=(
    [latest]="/items/observation?$CURRENT&filter%5Barea_code%5D%5B_eq%5D=$AREA&filter%5Bperiod%5D%5B_in%5D=2024,2024-12&sort=series_key&limit=-1"
    [series]="/items/observation?$CURRENT&filter%5Bindicator_code%5D%5B_eq%5D=$IND&filter%5Barea_code%5D%5B_eq%5D=$AREA&filter%5Bmeasure%5D%5B_eq%5D=actual&filter%5Bperiod_type%5D%5B_eq%5D=year&filter%5Bperiod_start%5D%5B_gte%5D=2000-01-01&filter%5Bperiod_start%5D%5B_lt%5D=2025-01-01&sort=period_start&limit=-1"
    [page]="/items/observation?$CURRENT&filter%5Bperiod_type%5D%5B_eq%5D=month&filter%5Bperiod_start%5D%5B_gte%5D=2020-01-01&sort=series_key,period_start,id&offset=100&limit=100"
)
for t in latest series page; do
    curl -sf -H "Accept:" -o "$WORK/www/$t.json" "$SVC${URL[$t]}"
done
# wrk sends no Accept header, and the ETag depends on it: ask without one too
ETAG=$(curl -sf -H "Accept:" -D - -o /dev/null "$SVC${URL[series]}" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')

sed -e "s|PIDFILE|$WORK/nginx.pid|" -e "s|ERRLOG|$WORK/nginx-error.log|" -e "s|ROOT|$WORK/www|" bench/nginx.conf > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK" & pids+=($!)
sleep 1
NGINX_ETAG=$(curl -sf -H "Accept:" -D - -o /dev/null "$NGINX/series.json" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')

if [ "$PEER" = 1 ]; then
    [ -d bench/peer/node_modules ] || npm install --prefix bench/peer --no-audit --no-fund >/dev/null
    (cd bench/peer && PLT_PORT=27081 PLT_DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB exec node node_modules/@platformatic/db/db.mjs start) > "$WORK/peer.log" 2>&1 &
    PEER_PID=$!; pids+=($PEER_PID)
    for i in $(seq 100); do curl -sf -o /dev/null "$PEER_URL${PEER_PATH[series]}" && break; sleep 0.2; done
    # what a Platformatic user would add for these three queries: the indexes they filter and sort on
    "${PSQL[@]}" -d $DB -f bench/peer/indexes.sql
fi
if [ "$PEER2" = 1 ]; then
    PEER2_PID=$(BENCH_DB=$DB DIRECTUS_WORK=$WORK/directus bench/peer/directus/setup.sh 27085); pids+=($PEER2_PID)
fi

measure() {  # target pid test url [header]
    local target=$1 pid=$2 test=$3 url=$4 header=${5:-}
    for c in $CONNECTIONS; do
        local threads=$(( c < 2 ? 1 : 2 ))
        local args=(-t$threads -c$c -d${SECONDS_PER_RUN}s -s bench/report.lua)
        [ -n "$header" ] && args+=(-H "$header")
        local line=$(wrk "${args[@]}" "$url" | grep '^RESULT')
        local r=$(rss $pid)
        echo "$target $test c=$c $line rss_mb=$r"
        record "$target" "$test" "$c" "$line rss_mb=$r"
    done
}
# The peer's queries that wrk gave up on (2 s timeout) go on running in PostgreSQL, and its pool sends the queued ones
# after them: wait until the database has been idle for 3 s in a row (at most 2 minutes, then cancel what still runs),
# so that they do not land in the next measurement.
quiet_db() {
    local active="select count(*) from pg_stat_activity where datname = '$DB' and state = 'active' and pid <> pg_backend_pid()"
    local idle=0
    for _ in $(seq 1 120); do
        if [ "$("${PSQL[@]}" -d $DB -c "$active")" = 0 ]; then idle=$((idle + 1)); [ $idle -ge 3 ] && return; else idle=0; fi
        sleep 1
    done
    echo "cancelling the peer's queries still running after 2 minutes"
    "${PSQL[@]}" -d $DB -c "select pg_cancel_backend(pid) from pg_stat_activity where datname = '$DB' and state = 'active'
        and pid <> pg_backend_pid()" >/dev/null
}
for t in latest series page; do
    curl -sf -H "Accept:" -o /dev/null "$SVC${URL[$t]}"   # warm, and with the headers wrk sends
    measure service $SERVICE_PID $t "$SVC${URL[$t]}"
    measure nginx "$(cat $WORK/nginx.pid)" $t "$NGINX/$t.json"
    if [ "$PEER" = 1 ]; then measure peer $PEER_PID $t "$PEER_URL${PEER_PATH[$t]}"; quiet_db; fi
    if [ "$PEER2" = 1 ]; then measure peer2 $PEER2_PID $t "$PEER2_URL${PEER2_PATH[$t]}"; quiet_db; fi
done
measure service $SERVICE_PID 304 "$SVC${URL[series]}" "If-None-Match: $ETAG"
measure nginx "$(cat $WORK/nginx.pid)" 304 "$NGINX/series.json" "If-None-Match: $NGINX_ETAG"

# CSV export of about EXPORT_ROWS figures: whole indicators of the generated set.
per=$("${PSQL[@]}" -d $DB -c "select count(*) from observation where indicator_code = 'bench.gdp.i000' and superseded_at is null")
n=$(( (EXPORT_ROWS + per - 1) / per ))
list=$(python3 -c "print(','.join([f'bench.{c}.i{i:03d}' for c in ['gdp','industry','investment','consumption','budget'] for i in range(60)][:$n]))")
reset_peak $SERVICE_PID
EXPORT_LINE=$(curl -sf -o /dev/null -w 'seconds=%{time_total} bytes=%{size_download}' "$SVC/api/v1/observations?format=csv&indicator=$list")
EXPORT_LINE="$EXPORT_LINE lines=$(curl -sf "$SVC/api/v1/observations?format=csv&indicator=$list" | wc -l) peak_rss_mb=$(peak $SERVICE_PID)"
echo "csv export: $EXPORT_LINE"

[ "${BENCH_CEILINGS:-1}" = 0 ] || . bench/ceilings.sh
if [ "$PEER" = 1 ]; then
    # the peer's own SQL for each query (from PostgreSQL's log) and its plan, run again under EXPLAIN ANALYZE
    : > "${OUT%.md}-peer-plans.md"
    for t in latest series page; do
        capture "$PEER_URL" "peer_$t" "${PEER_PATH[$t]}"
        sql=$(grep -m1 -i 'from ["a-z.]*observation' "$WORK/sql/peer_${t}_0.sql")
        { echo "## $t: \`${PEER_PATH[$t]}\`"; echo; echo '```'; echo "$sql"; echo
          "${PSQL[@]}" -d $DB -c "explain analyze ${sql%;}"; echo '```'; echo; } >> "${OUT%.md}-peer-plans.md"
    done
fi
if [ "$PEER2" = 1 ]; then
    [ "$PEER" = 1 ] || : > "${OUT%.md}-peer-plans.md"
    for t in latest series page; do
        capture "$PEER2_URL" "peer2_$t" "${PEER2_PATH[$t]}"
        sql=$(grep -m1 -i 'from ["a-z.]*observation' "$WORK/sql/peer2_${t}_0.sql")
        { echo "## peer2 (Directus) $t: \`${PEER2_PATH[$t]}\`"; echo; echo '```'; echo "$sql"; echo
          "${PSQL[@]}" -d $DB -c "explain analyze ${sql%;}"; echo '```'; echo; } >> "${OUT%.md}-peer-plans.md"
    done
fi

python3 bench/summarize.py "$TSV" > "$OUT" <<META
date: $(date -u +%Y-%m-%dT%H:%MZ)
machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d MB", $2/1024}' /proc/meminfo), $(uname -sr), $("$JAVA" -version 2>&1 | head -1)${AOT_OPTION:+ with its AOT cache}
command: BENCH_ROWS=$ROWS BENCH_SECONDS=$SECONDS_PER_RUN BENCH_CONNECTIONS="$CONNECTIONS" bench/run.sh
figures in the database: $FIGURES
ready: ${READY}s; idle RSS: ${IDLE_RSS} MB
import of $IMPORT_ROWS rows: $IMPORT_LINE
csv export: $EXPORT_LINE
import ceiling: ${COPY_LINE:-not run}
replicas: write through one, new ETag seen on the other after ${REPLICA_LINE:-not run} (ms)
load average during the run: $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end
META
cat "$OUT"
