# Shared by the scripts that start the packaged service (source it: `. "$(dirname "$0")/lib.sh"`): a work folder
# removed at exit, things to undo at exit, a fresh database, a signing key and token, starting the jar and waiting until
# it is ready, and printing checks. Each script keeps only what it is about.
#
# Environment read here: JAR (target/quarkus-app/quarkus-run.jar), JAVA (java), PG_URL_BASE
# (jdbc:postgresql://127.0.0.1:5432).

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
JAVA=${JAVA:-java}
PSQL=(psql -h 127.0.0.1 -U postgres -qtAX)
WORK=$(mktemp -d)
failures=0
_lib_undo=()

# say TEXT: a line with the time (UTC)
say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# check SEEN EXPECTED WHAT: prints ok or FAILED and counts failures
check() {
    if [ "$1" = "$2" ]; then say "  ok: $3 ($1)"; else say "  FAILED: $3: expected $2, saw $1"; failures=$((failures + 1)); fi
}

# at_exit COMMAND...: run at exit, last registered first, before the work folder is removed
at_exit() { _lib_undo=("$*" "${_lib_undo[@]}"); }
_lib_exit() {
    local command
    for command in "${_lib_undo[@]}"; do eval "$command" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap _lib_exit EXIT
trap 'exit 130' INT TERM

# need_jar: stops with a hint when the packaged jar is missing
need_jar() { [ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -B package -DskipTests first" >&2; exit 2; }; }

# fresh_database NAME: an empty database on the PostgreSQL at 127.0.0.1:5432, dropped at exit
fresh_database() {
    "${PSQL[@]}" -d postgres -c "drop database if exists $1 with (force)" -c "create database $1" >/dev/null
    at_exit "\"\${PSQL[@]}\" -d postgres -c 'drop database if exists $1 with (force)'"
}

# signing_key: a key pair for this run in $WORK (key.pem, pub.pem); token NAME ROLE MINUTES prints a bearer token
signing_key() {
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
    openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem"
}
token() { scripts/mint-token.sh "$WORK/key.pem" "$1" "$2" "$3"; }

# start_jar NAME PORT MANAGEMENT_PORT DATABASE [VAR=value...] [-- JVM options...]: the packaged jar on that database
# (signing key of signing_key, no shutdown delay), its log in $WORK/NAME.log; sets NAME_pid, stops it at exit, and
# waits until it is ready
start_jar() {
    local name=$1 port=$2 management=$3 database=$4; shift 4
    local env=() options=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do env+=("$1"); shift; done
    [ "${1:-}" = -- ] && { shift; options=("$@"); }
    env QUARKUS_DATASOURCE_JDBC_URL="${PG_URL_BASE:-jdbc:postgresql://127.0.0.1:5432}/$database" \
        QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
        QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$management" INDICATORS_EMBEDDED_DATABASE=false \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/pub.pem" QUARKUS_SHUTDOWN_DELAY_ENABLED=false "${env[@]}" \
        "$JAVA" "${options[@]}" -jar "$JAR" >>"$WORK/$name.log" 2>&1 &
    local pid=$!
    printf -v "${name}_pid" '%s' "$pid"
    at_exit "stop_pid $pid"
    wait_ready "$management" "$pid" "$WORK/$name.log"
}

# wait_ready MANAGEMENT_PORT PID LOG [SECONDS]: polls /q/health/ready until it answers 200; stops the script with the
# end of LOG when the process dies or SECONDS (120) pass. Polls from source ports below the ephemeral range, so that a
# poll can never connect to itself.
wait_ready() {
    local deadline=$((SECONDS + ${4:-120}))
    while [ $SECONDS -lt $deadline ]; do
        [ "$(curl -s --local-port 30000-30999 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/q/health/ready")" = 200 ] \
            && return 0
        kill -0 "$2" 2>/dev/null || break
        sleep 0.2
    done
    say "the service (pid $2) did not become ready; the end of its log:"; tail -20 "$3"; exit 1
}

# stop_pid PID: SIGTERM and wait for it to end
stop_pid() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null || true; }

# rss_mb PID: resident memory in MB
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
