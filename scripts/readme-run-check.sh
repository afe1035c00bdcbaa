#!/usr/bin/env bash
# Runs the packaged service exactly as README's run command does (no datasource, no key: embedded PostgreSQL, reads
# only), in a throwaway home, and checks that it becomes ready and serves the figures. Expects target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(mktemp -d)
port=${PORT:-18089}
management=${MANAGEMENT_PORT:-18090}
log="$home/service.log"
HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home" QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$management/q/health/ready" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "the service stopped:"; tail -20 "$log"; exit 1; }
    sleep 1
done
gdp=$(curl -sf "http://127.0.0.1:$port/api/v1/observations?indicator=gdp")
echo "$gdp" | grep -q '"valueText":"4000"' && echo "$gdp" | grep -q '"qualifier":"more_than"' \
    || { echo "unexpected answer: $gdp"; exit 1; }
[ -d "$home/.local/share/city-indicators/postgres" ] || { echo "no data kept under the home folder"; exit 1; }
echo "README run command: ready, GDP 2023 more than 4000亿元, data kept in ~/.local/share/city-indicators/postgres"
