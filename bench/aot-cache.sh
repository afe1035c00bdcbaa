#!/usr/bin/env bash
# The AOT cache the benchmarks start the service with, made as the image makes it (scripts/aot-train.sh) when it is
# missing or older than the packaged jar or the training script. Usage: bench/aot-cache.sh JAVA CACHE (JAVA_OPTS as for
# the service). Prints nothing on success; the training log goes to CACHE.log. The service must then be started with the
# jar's canonical path, $(pwd -P)/target/quarkus-app/quarkus-run.jar (see scripts/aot-train.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
java=$1 cache=$2 jar=target/quarkus-app/quarkus-run.jar
if ! { [ -f "$cache" ] && [ "$cache" -nt $jar ] && [ "$cache" -nt target/quarkus-app/app ] && [ "$cache" -nt scripts/aot-train.sh ]; }; then
    scripts/aot-train.sh "$java" "$(pwd -P)/target/quarkus-app" "$cache" > "$cache.log" 2>&1 || { tail -30 "$cache.log"; exit 1; }
fi
