#!/usr/bin/env bash
# Makes a Leyden AOT cache (JDK 25+, JEP 483/514/515) for the packaged service by a training run:
#   scripts/aot-train.sh JAVA APP_DIR OUTPUT        e.g. scripts/aot-train.sh java /deployments /deployments/app.aot
# It starts APP_DIR/quarkus-run.jar (aot-jar packaging: only classes of the JDK's own loaders can be cached) with
# -XX:AOTCacheOutput=OUTPUT and $JAVA_OPTS on the embedded PostgreSQL, in a temporary data folder, waits until it is
# ready, sends the reads clients send most, several times each, then stops it with SIGTERM; the JVM writes the cache
# as it exits. The cache must come from a run with a database: one that only boots until the connection fails makes
# the service ready in 2.1 s instead of 1.5 s, because Flyway, Hibernate ORM, the import and the first requests would
# still load and link their classes at every start.
# Used by the Dockerfile's runtime stage, where there is no curl: HTTP goes through bash's /dev/tcp. Fails when no
# cache was written, and never leaves the embedded PostgreSQL running.
set -euo pipefail
[ $# = 3 ] || { echo "usage: $0 JAVA APP_DIR OUTPUT" >&2; exit 2; }
java=$1 jar=$2/quarkus-run.jar output=$3
[ -f "$jar" ] || { echo "aot-train: no $jar" >&2; exit 2; }
# The cache records the jars by the path the JVM was given, and the service must be started with exactly that path
# (the image: /deployments/quarkus-run.jar). Temurin 25.0.3 accepts a cache whose jars it reaches by another path, then
# stops at start ("sealing violation: can't seal package org.tukaani.xz"), so the training always uses the canonical
# absolute path, and so do the image's ENTRYPOINT and the benchmarks.
jar=$(cd "$(dirname "$jar")" && pwd -P)/quarkus-run.jar

# Everything the run writes goes here and is removed afterwards: the database, zonky's unpacked PostgreSQL binaries
# (under java.io.tmpdir) and the log. In an image build, files left in /tmp would be owned by root and end in the
# container's /tmp.
work=$(mktemp -d "${TMPDIR:-/tmp}/aot-train.XXXXXX")
mkdir "$work/tmp"
pid=

# The embedded server writes its own pid to postmaster.pid and removes the file when it stops; the service stops it on
# shutdown, and this makes sure of it when the JVM did not get that far.
stop_postgres() {
    local postmaster
    [ -f "$work/postgres/postmaster.pid" ] || return 0
    postmaster=$(head -1 "$work/postgres/postmaster.pid")
    kill -INT "$postmaster" 2>/dev/null || return 0
    for _ in $(seq 1 100); do kill -0 "$postmaster" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$postmaster" 2>/dev/null || true
}
cleanup() {
    [ -z "$pid" ] || { kill -KILL "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; } || true
    stop_postgres
    # the JVM's own intermediate file, left when it did not exit normally
    rm -rf "$work" "$output.config"
}
trap cleanup EXIT
fail() {
    echo "aot-train: $*" >&2
    tail -30 "$work/service.log" >&2 2>/dev/null || true
    exit 1
}

rm -f "$output"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of words, as the image's ENTRYPOINT passes it
# only the embedded database: no datasource settings of the caller's environment
env -u QUARKUS_DATASOURCE_JDBC_URL -u QUARKUS_DATASOURCE_USERNAME -u QUARKUS_DATASOURCE_PASSWORD \
    INDICATORS_EMBEDDED_DATABASE=true INDICATORS_EMBEDDED_DATA_DIR="$work/postgres" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=0 QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=0 \
    "$java" ${JAVA_OPTS:-} -Djava.io.tmpdir="$work/tmp" -XX:AOTCacheOutput="$output" -jar "$jar" >"$work/service.log" 2>&1 &
pid=$!

# Port 0 lets the server pick free ports (the API's and the management interface's, which serves health and metrics),
# so that a training run never collides with a service on the machine; Quarkus names them in its startup line.
port= management=
for _ in $(seq 1 1200); do
    port=$(grep -o 'Listening on: http://127\.0\.0\.1:[0-9]*' "$work/service.log" | head -1 | sed 's/.*://') || true
    management=$(grep -o 'Management interface listening on http://127\.0\.0\.1:[0-9]*' "$work/service.log" | head -1 \
        | sed 's/.*://') || true
    [ -z "$port" ] || [ -z "$management" ] || break
    kill -0 "$pid" 2>/dev/null || fail "the service stopped before it listened"
    sleep 0.1
done
[ -n "$port" ] && [ -n "$management" ] || fail "the service did not listen within 120 s"

# request PATH [HEADER...]: one GET with Connection: close, read to its end; sets status and etag. To the API's port,
# or to REQUEST_PORT when set.
request() {
    local line header to=${REQUEST_PORT:-$port}
    status= etag=
    exec 3<>"/dev/tcp/127.0.0.1/$to" || return 1
    {
        printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n' "$1" "$to"
        for header in "${@:2}"; do printf '%s\r\n' "$header"; done
        printf '\r\n'
    } >&3
    if IFS=' ' read -r -t 30 _ status _ <&3; then
        while IFS= read -r -t 30 line <&3 && [ "$line" != $'\r' ]; do
            case ${line,,} in etag:*) etag=${line#*: } etag=${etag%$'\r'} ;; esac
        done
        timeout 30 cat <&3 >/dev/null || true
    fi
    exec 3<&-
}

for _ in $(seq 1 1200); do
    REQUEST_PORT=$management request /q/health/ready 2>/dev/null || true
    [ "$status" != 200 ] || break
    kill -0 "$pid" 2>/dev/null || fail "the service stopped before it was ready"
    sleep 0.1
done
[ "$status" = 200 ] || fail "the service was not ready within 120 s"

# The reads of the shipped data that clients send most, in each of the shapes they take (JSON, CSV, gzip, a
# revalidation answered 304), each several times, so that the cache also holds the classes of the response cache.
paths=(/api/v1/areas/440700/latest "/api/v1/indicators/retail.total/series?area=440700" "/api/v1/observations?size=100"
    "/api/v1/observations?format=csv&indicator=retail.total" /api/v1/indicators /api/v1/areas)
for _ in 1 2 3 4 5; do
    for path in /q/metrics /q/health/ready; do
        REQUEST_PORT=$management request "$path" || fail "no answer to $path"
        [ "$status" = 200 ] || fail "$path answered $status"
    done
    for path in "${paths[@]}"; do
        request "$path" || fail "no answer to $path"
        [ "$status" = 200 ] || fail "$path answered $status"
        request "$path" 'Accept-Encoding: gzip' || fail "no answer to $path (gzip)"
        if [ -n "$etag" ]; then
            # the ETag names the gzip variant, so the revalidation asks for that variant again, as a browser does
            request "$path" 'Accept-Encoding: gzip' "If-None-Match: $etag" || fail "no answer to $path (If-None-Match)"
            [ "$status" = 304 ] || fail "$path answered $status to its own ETag"
        fi
    done
done

# SIGTERM: the graceful shutdown stops the embedded PostgreSQL, then the JVM writes the cache before it exits.
kill -TERM "$pid"
for _ in $(seq 1 1800); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "the service did not stop within 180 s of SIGTERM"
wait "$pid" || true
pid=
[ ! -f "$work/postgres/postmaster.pid" ] || { stop_postgres; fail "the embedded PostgreSQL outlived the service"; }
[ -s "$output" ] || fail "no AOT cache written to $output"
echo "aot-train: $output ($(du -m "$output" | cut -f1) MB)"
