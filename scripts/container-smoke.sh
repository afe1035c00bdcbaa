#!/usr/bin/env bash
# Proves the container image on a machine without a Docker engine or a reachable registry:
#  1. makes a local JRE base image (debootstrap + this machine's Temurin 25 at /opt/java/openjdk, as the eclipse-temurin
#     images have it, imported into podman; kept for the next run): Debian has no JDK 25, which the AOT cache needs,
#  2. assembles the Dockerfile's runtime stage around the packaged target/quarkus-app (--build-context app=...), which
#     trains the AOT cache on the embedded PostgreSQL,
#  3. checks that the image refuses to start without a database or with an unreachable one, and that its JVM can use
#     the image's AOT cache,
#  4. starts two replicas at once on an empty database, as Kubernetes would run them (non-root, read-only root
#     filesystem with a /tmp tmpfs, no capabilities, 512 MiB and one CPU each), against the PostgreSQL at
#     127.0.0.1:5432, and checks migrations, data, health, metrics, request ids, JSON logs and a graceful stop.
# Run as root after `./mvnw -B package`; installs podman, runc and debootstrap from Debian when they are missing.
# Prints the image size, the startup time and the resident memory of the service.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${SMOKE_PORT:-18080}
JDK=${SMOKE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -f "$JDK/release" ] || { echo "FAIL: no JDK 25 at $JDK (SMOKE_JDK)" >&2; exit 1; }
# the tag names the JDK's exact version, so that a base with another JRE (an older JRE 17 one) is never reused
BASE=localhost/indicators-jre-base:temurin-$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JDK/release" | tr + _)
IMAGE=localhost/city-indicators:smoke
NAME=indicators-smoke
DB=indicators_smoke
started=$(date +%s)

podman() { command podman --runtime runc "$@"; }
sql() { psql -h 127.0.0.1 -U postgres -d "${2:-postgres}" -v ON_ERROR_STOP=1 -qtA -c "$1"; }
logs() { podman logs "$1" 2>&1; }
fail() {
    echo "FAIL: $*" >&2
    for c in $(podman ps -aq --filter "name=^$NAME"); do logs "$c" | tail -20 >&2; done
    exit 1
}
cleanup() {
    podman ps -aq --filter "name=^$NAME" | xargs -r podman rm -f >/dev/null 2>&1 || true
    sql "drop database if exists $DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

missing=()
for tool in podman runc debootstrap curl; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
cleanup

echo "== base image $BASE"
if ! podman image exists "$BASE"; then
    rootfs=$(mktemp -d /tmp/indicators-base.XXXXXX)
    # the mirror this machine's apt uses; debootstrap's default otherwise
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    debootstrap --variant=minbase bookworm "$rootfs" $mirror >/dev/null
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/{doc,man,locale}
    # the JDK less what only development needs (headers, manual pages, sources, javac's ct.sym, the tools but a few)
    mkdir -p "$rootfs/opt/java"
    cp -a "$JDK" "$rootfs/opt/java/openjdk"
    rm -rf "$rootfs"/opt/java/openjdk/{include,man,jmods,src.zip,lib/src.zip,lib/ct.sym}
    find "$rootfs/opt/java/openjdk/bin" -type f ! -name java ! -name jcmd ! -name jfr ! -name keytool -delete
    tar -C "$rootfs" -c . | podman import -q --change 'ENV LANG=C.UTF-8' --change 'ENV JAVA_HOME=/opt/java/openjdk' \
        --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        - "$BASE" >/dev/null
    rm -rf "$rootfs"
fi

echo "== runtime stage of the Dockerfile on $BASE"
previous=$(podman image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)
podman build -q --build-context app=target/quarkus-app --build-arg RUNTIME_IMAGE="$BASE" -t "$IMAGE" . >/dev/null
[ -z "$previous" ] || [ "$previous" = "$(podman image inspect -f '{{.Id}}' "$IMAGE")" ] || podman rmi "$previous" >/dev/null
[ "$(podman image inspect -f '{{.Config.User}}' "$IMAGE")" = "185:0" ] || fail "the image does not run as uid 185"

# run NAME PORT [podman options]: starts the image as Kubernetes would run it, its management interface (health,
# metrics) on PORT + 1000. The rlimits are explicit because podman's defaults exceed what runc may set in this sandbox.
run() {
    podman run -d --name "$1" -e QUARKUS_HTTP_PORT="$2" -e QUARKUS_MANAGEMENT_PORT="$(( $2 + 1000 ))" "${@:3}" --network host --ulimit nofile="$(ulimit -n)" \
        --ulimit nproc=4096 --read-only --tmpfs /tmp:rw,size=64m --cap-drop ALL --security-opt no-new-privileges \
        --memory 512m --cpus 1 "$IMAGE" >/dev/null
}
# refuses WHAT MESSAGE [podman options]: the service must stop by itself with an error whose log says MESSAGE.
refuses() {
    local code
    run "$NAME-refused" "$PORT" "${@:3}"
    code=$(timeout 60 podman wait "$NAME-refused") || fail "the service kept running with $1"
    [ "$code" != 0 ] || fail "the service started with $1"
    grep -qF "$2" <<<"$(logs "$NAME-refused")" || fail "no clear message ($2) with $1"
    podman rm -f "$NAME-refused" >/dev/null
}
ready() {
    for _ in $(seq 1 240); do
        curl -sf "localhost:$(( $1 + 1000 ))/q/health/ready" >/dev/null && return 0
        [ "$(podman inspect -f '{{.State.Running}}' "$2")" = true ] || fail "$2 stopped"
        sleep 0.25
    done
    fail "$2 not ready after 60 s"
}
metric() { curl -sf "localhost:$(( $1 + 1000 ))/q/metrics" | awk -v name="$2" '$1 == name {print $2 + 0}'; }

echo "== no datasource: a startup error, never the embedded database"
refuses "no datasource" "quarkus.datasource.jdbc.url"
echo "== unreachable datasource: a startup error"
refuses "an unreachable datasource" "127.0.0.1:1" \
    -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/nothing -e QUARKUS_DATASOURCE_USERNAME=postgres

echo "== the image's JVM uses its AOT cache: with -XX:AOTMode=on it would stop at once if it could not"
java_opts=$(podman image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$IMAGE" | sed -n 's/^JAVA_OPTS=//p')
refuses "-XX:AOTMode=on and an unreachable datasource" "127.0.0.1:1" -e JAVA_OPTS="$java_opts -XX:AOTMode=on" \
    -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/nothing -e QUARKUS_DATASOURCE_USERNAME=postgres

echo "== two replicas at once on an empty database $DB at 127.0.0.1:5432"
sql "create database $DB"
db=(-e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" -e QUARKUS_DATASOURCE_USERNAME=postgres)
launched=$(date +%s.%N)
run "$NAME-1" "$PORT" "${db[@]}"
run "$NAME-2" "$((PORT + 1))" "${db[@]}"
ready "$PORT" "$NAME-1"
ready_at=$(date +%s.%N)
ready "$((PORT + 1))" "$NAME-2"
SHIPPED=$(tail -n +2 src/main/resources/data/observations.csv | grep -c .)   # the shipped figures, one a line
[ "$(sql 'select count(*) from observation' "$DB")" = "$SHIPPED" ] || fail "not $SHIPPED figures after two concurrent imports"
[ "$(sql 'select count(*) from flyway_schema_history where success' "$DB")" = \
    "$(find src/main/resources/db/migration -name 'V*.sql' | wc -l)" ] || fail "migrations applied more than once"
imported=$(( $(metric "$PORT" indicators_observations_imported_total) + $(metric "$((PORT + 1))" indicators_observations_imported_total) ))
[ "$imported" = "$SHIPPED" ] || fail "the replicas imported $imported figures between them, not $SHIPPED"

echo "== answers of replica 1"
curl -sf "localhost:$(( PORT + 1000 ))/q/health/ready" | grep -q '"Database connections health check"' || fail "no database check"
gdp=$(curl -sf "localhost:$PORT/api/v1/observations?indicator=gdp")
grep -q '"valueText":"4000"' <<<"$gdp" && grep -q '"qualifier":"more_than"' <<<"$gdp" || fail "unexpected GDP: $gdp"
missing=$(curl -si -H 'X-Request-Id: smoke-1' "localhost:$PORT/api/v1/nothing")
grep -q '^HTTP/1.1 404' <<<"$missing" && grep -qi '^x-request-id: smoke-1' <<<"$missing" \
    || fail "an unknown path is not a 404 with the request id: $missing"
[ "$(metric "$PORT" indicators_observations_served_total)" = 1 ] || fail "the served figure is not counted"
metrics=$(curl -sf "localhost:$(( PORT + 1000 ))/q/metrics")
[ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/q/metrics")" = 404 ] || fail "metrics on the API port"
[ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/q/health/ready")" = 404 ] || fail "health on the API port"
grep -q '^http_server_requests_seconds_bucket{.*uri="/api/v1/observations"' <<<"$metrics" || fail "no request histogram"
grep -q '^agroal_active_connections{' <<<"$metrics" || fail "no connection pool gauges"
log=$(logs "$NAME-1")
grep -q '^{"timestamp":.*"message":"city-indicators .* started in' <<<"$log" || fail "the logs are not JSON lines"
[ "$(podman exec "$NAME-1" id -u)" = 185 ] || fail "not running as uid 185"

pid=$(podman inspect -f '{{.State.Pid}}' "$NAME-1")
heap=$(podman exec "$NAME-1" sh -c 'java $JAVA_OPTS -XshowSettings:vm -version 2>&1' | awk -F': ' '/Max. Heap/ {print $2}')
size() { podman image inspect -f '{{.Size}}' "$1" | awk '{printf "%.0f MB", $1 / 1e6}'; }
echo "image size: $(size "$IMAGE") (base $(size "$BASE"))"
echo "startup:    $(awk "BEGIN {printf \"%.1f\", $ready_at - $launched}") s from 'podman run' to ready, two replicas" \
    "starting together on one CPU each; Quarkus: $(grep -o 'started in [0-9.]*s' <<<"$log")"
echo "memory:     $(ps -o rss= -p "$pid" | awk '{printf "%.0f MB", $1 / 1024}') RSS after the checks;" \
    "JVM max heap ${heap:-?} in a 512 MiB container"

echo "== graceful stop"
podman stop -t 30 "$NAME-1" >/dev/null
grep -q 'city-indicators stopped in' <<<"$(logs "$NAME-1")" || fail "no clean shutdown"
echo "container smoke test passed in $(( $(date +%s) - started )) s"
