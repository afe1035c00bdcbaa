#!/usr/bin/env bash
# Is a series read as fast on 10 million figures as on 10 thousand? (issue 8: "series latency flat from 10 thousand to
# 10 million rows"). One database ($BENCH_SCALE_DB, created if missing) grows through the bulk import in steps
# (bench/generate.py, 500 indicators x 143 areas x 145 periods); after each step the same 25-year series is read with
# wrk at 1 and 8 connections with the response cache off, so every request runs the query. Prints a table and writes it
# to bench/results/scale.md. Everything it starts it stops.
#
#   bench/scale.sh                                   # 10k, 100k, 1M, 10M figures
#   BENCH_SCALE_STEPS="10000 100000" bench/scale.sh  # a quick check
#
# Settings: BENCH_SCALE_DB (bench_scale), BENCH_SCALE_STEPS, BENCH_SECONDS per wrk run (5), BENCH_JAVA_OPTS,
# BENCH_SCALE_DROP=1 drops the database at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_SCALE_DB:-bench_scale} STEPS=${BENCH_SCALE_STEPS:-"10000 100000 1000000 10000000"} SECONDS_PER_RUN=${BENCH_SECONDS:-5}
WORK=${BENCH_WORK:-/tmp/city-indicators-bench} PORT=27083 SVC=http://127.0.0.1:27083 MANAGEMENT_PORT=27093
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)
SERIES="/api/v1/indicators/bench.gdp.i000/series?area=440100&from=2000&to=2024"
mkdir -p "$WORK" bench/results
OUT=bench/results/scale.md
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true
            [ "${BENCH_SCALE_DROP:-0}" = 1 ] && "${PSQL[@]}" -d postgres -c "drop database if exists $DB" || true; }
trap cleanup EXIT

for tool in wrk python3 curl openssl; do command -v $tool >/dev/null || { echo "needs $tool"; exit 2; }; done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
[ -f "$WORK/jwt-private.pem" ] || { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
                                   openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"; }
"${PSQL[@]}" -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1 || "${PSQL[@]}" -d postgres -c "create database $DB"

INDICATORS_HTTP_RESPONSE_CACHE_BYTES=0 INDICATORS_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE=2G QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$WORK/jwt-public.pem \
java ${BENCH_JAVA_OPTS:-$(scripts/image-java-opts.sh)} -jar target/quarkus-app/quarkus-run.jar > "$WORK/scale-service.log" 2>&1 &
pid=$!
until curl -sf --local-port 30000-30999 -o /dev/null http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready; do sleep 0.1; kill -0 $pid || { tail "$WORK/scale-service.log"; exit 1; }; done
ADMIN=$(scripts/mint-token.sh "$WORK/jwt-private.pem" bench.admin admin 600)
EDITOR=$(scripts/mint-token.sh "$WORK/jwt-private.pem" bench.editor editor 600)

rows=()
catalogue=
for step in $STEPS; do
    have=$("${PSQL[@]}" -d $DB -c "select count(*) from observation where source_code = 'bench-synthetic'")
    if [ "$have" -lt "$step" ]; then
        python3 bench/generate.py --base $SVC --admin-token "$ADMIN" --editor-token "$EDITOR" --indicators 500 \
            --rows $((step - have)) --skip "$have" --revisions 0 $catalogue | grep '^import' | tail -1
    fi
    catalogue=--no-catalogue
    "${PSQL[@]}" -d $DB -c "analyze"
    figures=$("${PSQL[@]}" -d $DB -c "select count(*) from observation")
    plan=$("${PSQL[@]}" -d $DB -c "explain (analyze, buffers, format json) select * from observation_view where
            indicator_code = 'bench.gdp.i000' and area_code = '440100' and period_type = 'year'
            and period_start >= '2000-01-01' and period_start < '2025-01-01' and superseded_at is null and not withdrawn
            order by period_start" \
        | python3 -c "import json,sys; p=json.load(sys.stdin)[0]; print(f\"{p['Execution Time']:.2f} ms\")")
    curl -sf -o /dev/null "$SVC$SERIES"
    line="| $(printf "%'d" "$figures") | $plan |"
    for c in 1 8; do
        r=$(wrk -t$(( c < 2 ? 1 : 2 )) -c$c -d${SECONDS_PER_RUN}s -s bench/report.lua "$SVC$SERIES" | grep '^RESULT')
        rps=$(sed 's/.*rps=\([0-9.]*\).*/\1/' <<<"$r"); p50=$(sed 's/.*p50=\([0-9.]*\).*/\1/' <<<"$r")
        p99=$(sed 's/.*p99=\([0-9.]*\).*/\1/' <<<"$r"); p999=$(sed 's/.*p999=\([0-9.]*\).*/\1/' <<<"$r")
        line="$line $rps | $p50 | $p99 | $p999 |"
    done
    echo "$line"
    rows+=("$line")
done

{
    echo "# Series latency by table size (bench/scale.sh)"
    echo
    echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
    echo "- command: BENCH_SCALE_STEPS=\"$STEPS\" BENCH_SECONDS=$SECONDS_PER_RUN bench/scale.sh (response cache off: every request queries)"
    echo "- query: GET $SERIES (25 yearly figures)"
    echo
    echo "| figures in the table | query in PostgreSQL (EXPLAIN ANALYZE) | req/s c=1 | p50 ms | p99 ms | p99.9 ms | req/s c=8 | p50 ms | p99 ms | p99.9 ms |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} > "$OUT"
cat "$OUT"
