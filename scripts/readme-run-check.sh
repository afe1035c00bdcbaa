#!/usr/bin/env bash
# Runs the packaged service exactly as the README's run command does (no datasource, no key: embedded PostgreSQL,
# reads only), in a throwaway home, and checks that it becomes ready and serves the figures. Expects target/quarkus-app.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
port=${PORT:-18089}
management=${MANAGEMENT_PORT:-18090}
need_jar
HOME=$WORK JAVA_TOOL_OPTIONS="-Duser.home=$WORK" QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management \
    "$JAVA" -jar "$JAR" >"$WORK/service.log" 2>&1 &
pid=$!
at_exit "stop_pid $pid"
wait_ready "$management" "$pid" "$WORK/service.log" 90
gdp=$(curl -sf "http://127.0.0.1:$port/api/v1/observations?indicator=gdp")
echo "$gdp" | grep -q '"valueText":"4000"' && echo "$gdp" | grep -q '"qualifier":"more_than"' \
    || { echo "unexpected answer: $gdp"; exit 1; }
[ -d "$WORK/.local/share/city-indicators/postgres" ] || { echo "no data kept under the home folder"; exit 1; }
echo "README run command: ready, GDP 2023 more than 4000亿元, data kept in ~/.local/share/city-indicators/postgres"
