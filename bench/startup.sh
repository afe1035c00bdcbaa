#!/usr/bin/env bash
# Ready time (launch until /q/health/ready answers 200), CPU seconds spent until then and idle RSS of the packaged jar,
# with the JVM options the image ships (Dockerfile JAVA_OPTS, sized for a 512 MiB container by -XX:MaxRAM), three ways:
#   jdk17      the default JDK, what CI builds and tests with;
#   jdk17-cds  the same with the AppCDS archive the image makes (Dockerfile: a training start with no database);
#   jdk25-aot  Temurin 25 with a Leyden AOT cache (JEP 483/514/515) made by a training run of the same target/quarkus-app.
# The build stays Java 17: the cache is made at deploy time by running the jar once with -XX:AOTCacheOutput and a few
# requests, then stopping it (the JVM writes the cache on exit). It is made again whenever the jar is newer than it.
# Each way runs BENCH_STARTS times (3); the median is printed last. The CPU time does not depend on what else the
# machine runs, the wall time does: note the load average printed with each run. Database: $BENCH_DB on
# 127.0.0.1:5432 (bench/run.sh made it). Usage: bench/startup.sh [JDK25_HOME]
set -euo pipefail
cd "$(dirname "$0")/.."
JDK25=${1:-/usr/lib/jvm/temurin-25-jdk-amd64} DB=${BENCH_DB:-bench} WORK=${BENCH_WORK:-/tmp/city-indicators-bench}
STARTS=${BENCH_STARTS:-3} PORT=${BENCH_PORT:-38080}
JAVA_OPTS=${BENCH_JAVA_OPTS:-"-XX:MaxRAM=512m -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:MaxRAMPercentage=50.0 -XX:InitialRAMPercentage=5.0"}
JAR=$PWD/target/quarkus-app/quarkus-run.jar AOT=$WORK/app.aot CDS=$WORK/app-cds.jsa
mkdir -p "$WORK"
export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
       QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
       MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$WORK/jwt-public.pem
# --local-port: a poll whose source port happened to be $PORT would connect to itself and keep the service off it
poll() { curl -sf --local-port 30000-30999 -o /dev/null "http://127.0.0.1:$PORT$1"; }
free_port() { while ss -ltn | grep -q ":$PORT "; do sleep 0.2; done; }
once() {  # label java [options...]: prints ready seconds, CPU seconds until ready and idle RSS, then stops the service
    local label=$1; shift
    free_port
    local started=$(date +%s.%N)
    "$@" $JAVA_OPTS -jar $JAR > "$WORK/startup-$label.log" 2>&1 &
    local pid=$!
    until poll /q/health/ready; do sleep 0.02; kill -0 $pid 2>/dev/null || { tail -5 "$WORK/startup-$label.log"; return 1; }; done
    local ready=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")
    local cpu=$(awk '{printf "%.2f", ($14 + $15) / 100}' /proc/$pid/stat)
    sleep 3
    echo "$label: ready ${ready} s, cpu ${cpu} s, idle RSS $(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$pid/status) MB, load $(cut -d' ' -f1 /proc/loadavg)"
    kill $pid; wait $pid 2>/dev/null || true
}
way() {  # label java [options...]: STARTS runs, then the medians
    local label=$1 runs
    runs=$(for i in $(seq 1 "$STARTS"); do once "$@"; done | tee /dev/stderr)
    python3 - "$label" "$runs" <<'EOF'
import statistics, sys, re
rows = [list(map(float, re.findall(r"(\d+(?:\.\d+)?) (?:s|MB)", line)))[:3] for line in sys.argv[2].splitlines()]
med = [statistics.median(col) for col in zip(*rows)]
print(f"{sys.argv[1]} median of {len(rows)}: ready {med[0]:.2f} s, cpu {med[1]:.2f} s, idle RSS {med[2]:.0f} MB")
EOF
}
train() {
    free_port
    "$JDK25/bin/java" $JAVA_OPTS -XX:AOTCacheOutput="$AOT" -jar $JAR > "$WORK/startup-train.log" 2>&1 &
    local pid=$!
    until poll /q/health/ready; do sleep 0.1; kill -0 $pid 2>/dev/null || { tail -5 "$WORK/startup-train.log"; return 1; }; done
    for u in /api/v1/areas/440700/latest "/api/v1/indicators/retail.total/series?area=440700" "/api/v1/observations?size=100" \
             "/api/v1/observations?format=csv&indicator=retail.total" /api/v1/indicators /api/v1/areas /q/metrics; do
        for i in 1 2 3 4 5; do poll "$u" || true; done
    done
    kill $pid; wait $pid 2>/dev/null || true
    [ -f "$AOT" ] || { echo "no AOT cache written"; return 1; }
}
train_cds() {  # as the Dockerfile does it: the boot runs until the database cannot be reached, the JVM writes the archive
    rm -f "$CDS"
    INDICATORS_EMBEDDED_DATABASE=false QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/none \
        java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS" -jar $JAR > "$WORK/startup-train-cds.log" 2>&1 || true
    [ -f "$CDS" ] || { echo "no AppCDS archive written"; return 1; }
}
way jdk17 java
[ -f "$CDS" ] && [ "$CDS" -nt $JAR ] && [ "$CDS" -nt target/quarkus-app/app ] || train_cds
way jdk17-cds java -XX:SharedArchiveFile="$CDS"
if [ -x "$JDK25/bin/java" ]; then
    [ -f "$AOT" ] && [ "$AOT" -nt $JAR ] && [ "$AOT" -nt target/quarkus-app/app ] || train
    way jdk25-aot "$JDK25/bin/java" -XX:AOTCache="$AOT"
fi
