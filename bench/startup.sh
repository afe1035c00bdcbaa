#!/usr/bin/env bash
# Ready time (launch until /q/health/ready answers 200), CPU seconds spent until then and idle RSS of the packaged jar,
# with the JVM options the image ships (Dockerfile JAVA_OPTS, sized for a 512 MiB container by -XX:MaxRAM), two ways:
#   jdk17      the default JDK, what CI builds and tests with;
#   jdk25-aot  Temurin 25 with a Leyden AOT cache (JEP 483/514/515), as the image runs: the cache is made by
#              scripts/aot-train.sh, the same training the image's build runs (embedded PostgreSQL, the common reads).
# The build stays Java 17. The cache is made again whenever the jar or the training script is newer than it.
# Each way runs BENCH_STARTS times (3); the median is printed last. The CPU time does not depend on what else the
# machine runs, the wall time does: note the load average printed with each run. Database: $BENCH_DB on
# 127.0.0.1:5432 (bench/run.sh made it). Usage: bench/startup.sh [JDK25_HOME]
set -euo pipefail
cd "$(dirname "$0")/.."
JDK25=${1:-/usr/lib/jvm/temurin-25-jdk-amd64} DB=${BENCH_DB:-bench} WORK=${BENCH_WORK:-/tmp/city-indicators-bench}
STARTS=${BENCH_STARTS:-3} PORT=${BENCH_PORT:-27080} MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-27090}
JAVA_OPTS=${BENCH_JAVA_OPTS:-$(scripts/image-java-opts.sh)}
JAR=$(pwd -P)/target/quarkus-app/quarkus-run.jar AOT=$WORK/app.aot  # the canonical path the AOT cache was trained with
mkdir -p "$WORK"
export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
       QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
       QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
       MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$WORK/jwt-public.pem
# --local-port: a poll whose source port happened to be the service's would connect to itself and keep the service off it
poll() { curl -sf --local-port 30000-30999 -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT$1"; }  # health: management
free_port() { while ss -ltn | grep -q ":$PORT \|:$MANAGEMENT_PORT "; do sleep 0.2; done; }
once() {  # label java [options...]: prints ready seconds, CPU seconds until ready and idle RSS, then stops the service
    local label=$1; shift
    free_port
    local started=$(date +%s.%N)
    "$@" $JAVA_OPTS -jar $JAR > "$WORK/startup-$label.log" 2>&1 &
    local pid=$!
    until poll /q/health/ready; do sleep 0.02; kill -0 $pid 2>/dev/null || { tail -5 "$WORK/startup-$label.log"; return 1; }; done
    local ready=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")
    local cpu=$(awk '{printf "%.2f", ($14 + $15) / 100}' /proc/$pid/stat)
    # idle: 5 s after ready, so that the periodic native heap trim (-XX:TrimNativeHeapInterval=5000) has run once
    sleep 5
    echo "$label: ready ${ready} s, cpu ${cpu} s, idle RSS $(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$pid/status) MB, load $(cut -d' ' -f1 /proc/loadavg)"
    kill $pid; wait $pid 2>/dev/null || true
}
way() {  # label java [options...]: STARTS runs, then the medians
    local label=$1 runs= line
    for _ in $(seq 1 "$STARTS"); do  # each line shown as it comes (tee /dev/stderr rewrote a log file from its start)
        line=$(once "$@") || { echo "$line"; exit 1; }
        echo "$line"
        runs+="$line"$'\n'
    done
    python3 - "$label" "$runs" <<'EOF'
import statistics, sys, re
rows = [list(map(float, re.findall(r"(\d+(?:\.\d+)?) (?:s|MB)", line)))[:3] for line in sys.argv[2].splitlines()]
med = [statistics.median(col) for col in zip(*rows)]
print(f"{sys.argv[1]} median of {len(rows)}: ready {med[0]:.2f} s, cpu {med[1]:.2f} s, idle RSS {med[2]:.0f} MB")
EOF
}
way jdk17 java
if [ -x "$JDK25/bin/java" ]; then
    JAVA_OPTS=$JAVA_OPTS bench/aot-cache.sh "$JDK25/bin/java" "$AOT"
    way jdk25-aot "$JDK25/bin/java" -XX:AOTCache="$AOT"
fi
