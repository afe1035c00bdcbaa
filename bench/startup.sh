#!/usr/bin/env bash
# Ready time (launch until /q/health/ready answers 200) and idle RSS of the packaged jar, three ways:
#   plain JDK 17; JDK 25 plain; JDK 25 with a Leyden AOT cache (JEP 483/515) from a training run.
# The build stays Java 17: the cache is made at deploy time from the same target/quarkus-app, by running it once with
# -XX:AOTCacheOutput and a few requests, then stopping it (the JVM writes the cache on exit). Database: $BENCH_DB on
# 127.0.0.1:5432 (bench/run.sh made it). Usage: bench/startup.sh [JDK25_HOME]
set -euo pipefail
cd "$(dirname "$0")/.."
JDK25=${1:-/usr/lib/jvm/temurin-25-jdk-amd64} DB=${BENCH_DB:-bench} WORK=${BENCH_WORK:-/tmp/city-indicators-bench}
mkdir -p "$WORK"
export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=38080 QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
       QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused JAVA_TOOL_OPTIONS=-Xmx288m \
       MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$WORK/jwt-public.pem
run() {  # label java [options...]: prints ready seconds and idle RSS, then stops the service
    local label=$1; shift
    local started=$(date +%s.%N)
    "$@" -jar target/quarkus-app/quarkus-run.jar > "$WORK/startup-$label.log" 2>&1 &
    local pid=$!
    until curl -sf -o /dev/null http://127.0.0.1:38080/q/health/ready; do sleep 0.02; kill -0 $pid 2>/dev/null || { tail -5 "$WORK/startup-$label.log"; return 1; }; done
    local ready=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")
    sleep 3
    echo "$label: ready ${ready}s, idle RSS $(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$pid/status) MB"
    kill $pid; wait $pid 2>/dev/null || true
}
train() {
    "$JDK25/bin/java" -XX:AOTCacheOutput="$WORK/app.aot" -jar target/quarkus-app/quarkus-run.jar > "$WORK/startup-train.log" 2>&1 &
    local pid=$!
    until curl -sf -o /dev/null http://127.0.0.1:38080/q/health/ready; do sleep 0.1; done
    for u in /api/v1/areas/440700/latest "/api/v1/indicators/retail.total/series?area=440700" "/api/v1/observations?size=100" \
             "/api/v1/observations?format=csv&indicator=retail.total" /api/v1/indicators /api/v1/areas; do
        for i in 1 2 3 4 5; do curl -sf -o /dev/null "http://127.0.0.1:38080$u" || true; done
    done
    kill $pid; wait $pid 2>/dev/null || true
}
run jdk17 java
if [ -x "$JDK25/bin/java" ]; then
    run jdk25 "$JDK25/bin/java"
    [ -f "$WORK/app.aot" ] || train
    run jdk25-aot "$JDK25/bin/java" -XX:AOTCache="$WORK/app.aot"
fi
