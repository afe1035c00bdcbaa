#!/usr/bin/env bash
# Prints the container image's JVM options (the Dockerfile's JAVA_OPTS, which k8s/base/deployment.yaml repeats) with
# -XX:MaxRAM=512m, so that a JVM started outside a container sizes itself as in the 512 MiB container: the benchmarks
# and the soak test start the packaged jar with them, and so always measure what ships.
set -euo pipefail
opts=$(sed -n 's/^ *JAVA_OPTS="\(.*\)"$/\1/p' "$(dirname "$0")/../Dockerfile")
[ -n "$opts" ] || { echo "image-java-opts: no JAVA_OPTS line in the Dockerfile" >&2; exit 1; }
echo "-XX:MaxRAM=512m $opts"
