#!/usr/bin/env bash
# The benchmark's second peer (issue 18): Directus 11.3.5 (the newest release whose engines accept Node 20) over the
# service's PostgreSQL tables. Installs it (npm ci into a work directory, only when package-lock.json changed), lets it
# bootstrap its own directus_* tables in the same database (idempotent: a rerun only checks its migrations), grants the
# public policy read access to observation and the catalogue tables, applies the peers' indexes (bench/peer/indexes.sql),
# starts it in the background on 127.0.0.1:PORT with its cache off, waits until it answers, and prints its PID (the
# only line on stdout; the rest goes to stderr and to $DIRECTUS_WORK/directus.log).
#
#   PEER2_PID=$(BENCH_DB=bench bench/peer/directus/setup.sh 27085)
#   curl -g 'http://127.0.0.1:27085/items/observation?filter[area_code][_eq]=440100&limit=5'
#   kill $PEER2_PID
#
# Settings: BENCH_DB (bench), DIRECTUS_WORK (${BENCH_WORK:-/tmp/city-indicators-bench}/directus), DIRECTUS_CACHE
# (false; true turns on Directus's own response cache, in memory), DIRECTUS_INDEXES (1; 0 leaves bench/peer/indexes.sql
# to the caller), PGHOST/PGPORT/PGUSER (127.0.0.1, 5432, postgres; trust authentication, as bench/run.sh assumes).
set -euo pipefail
PORT=${1:?usage: BENCH_DB=db setup.sh PORT}
HERE=$(cd "$(dirname "$0")" && pwd -P)
DB=${BENCH_DB:-bench}
WORK=${DIRECTUS_WORK:-${BENCH_WORK:-/tmp/city-indicators-bench}/directus}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PSQL=(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -v ON_ERROR_STOP=1 -Atq)
PUBLIC_POLICY=abf8a154-5b1c-4a46-ac9c-7300570f4f17   # the public policy every Directus 11 install has, under this id
COLLECTIONS="observation indicator area unit source category project"
log() { echo "directus: $*" >&2; }

! curl -s -o /dev/null "http://127.0.0.1:$PORT/" || { log "port $PORT is in use: stop what runs there first"; exit 1; }
command -v node >/dev/null || { log "needs node (20 or newer)"; exit 2; }

# 1. install: npm ci when the lock file differs from the one installed last
mkdir -p "$WORK/uploads" "$WORK/extensions"
lock_sum=$(sha256sum "$HERE/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$WORK/.installed" 2>/dev/null)" != "$lock_sum" ] || [ ! -f "$WORK/node_modules/@directus/api/dist/cli/run.js" ]; then
    log "npm ci into $WORK (a few minutes the first time)"
    cp "$HERE/package.json" "$HERE/package-lock.json" "$WORK/"
    # Install scripts off: argon2 and sharp ship prebuilt binaries in their packages, and sqlite3 and oracledb are
    # clients the benchmark does not use (sqlite3's script compiles SQLite for two minutes). Directus loads isolated-vm
    # at start, though, and that one is compiled here (node-gyp: g++, make, python3, Node's headers; about a minute),
    # without its attempt to download a prebuilt binary first.
    (cd "$WORK" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2 \
                && npm rebuild isolated-vm --build-from-source --loglevel=error >&2)
    echo "$lock_sum" > "$WORK/.installed"
fi
rm -rf "$WORK/extensions/latest-snapshot" && cp -r "$HERE/extensions/latest-snapshot" "$WORK/extensions/"

# 2. the environment Directus reads (its secrets are made once per work directory, never committed)
[ -f "$WORK/secret" ] || { openssl rand -hex 32 > "$WORK/secret"; chmod 600 "$WORK/secret"; }
[ -f "$WORK/admin-password" ] || { openssl rand -hex 12 > "$WORK/admin-password"; chmod 600 "$WORK/admin-password"; }
export DB_CLIENT=pg DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_DATABASE="$DB" DB_USER="$PGUSER"
export KEY=city-indicators-bench SECRET="$(cat "$WORK/secret")"
export ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD="$(cat "$WORK/admin-password")"
export HOST=127.0.0.1 PORT PUBLIC_URL="http://127.0.0.1:$PORT" LOG_LEVEL=warn TELEMETRY=false
export CACHE_ENABLED=${DIRECTUS_CACHE:-false} CACHE_STORE=memory
export EXTENSIONS_PATH="$WORK/extensions" STORAGE_LOCAL_ROOT="$WORK/uploads"
# the CLI without its wrapper (directus/cli.js asks the registry for a newer release at every start)
DIRECTUS=(node "$WORK/node_modules/@directus/api/dist/cli/run.js")

# 3. bootstrap: installs directus_* on first run, else checks its migrations; then the public policy may read
(cd "$WORK" && "${DIRECTUS[@]}" bootstrap >> "$WORK/directus.log" 2>&1) || { tail -20 "$WORK/directus.log" >&2; exit 1; }
list=$(printf "'%s'," $COLLECTIONS)
"${PSQL[@]}" <<SQL
begin;
delete from directus_permissions where policy = '$PUBLIC_POLICY' and action = 'read' and collection in (${list%,});
insert into directus_permissions (collection, action, permissions, validation, presets, fields, policy)
select c, 'read', '{}', '{}', null, '*', '$PUBLIC_POLICY' from unnest(array[${list%,}]) c;
commit;
SQL
[ "${DIRECTUS_INDEXES:-1}" = 1 ] && "${PSQL[@]}" -f "$HERE/../indexes.sql"

# 4. start, wait until it answers a read through the public policy, print the PID
cd "$WORK"
"${DIRECTUS[@]}" start >> "$WORK/directus.log" 2>&1 < /dev/null &
pid=$!
for _ in $(seq 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/items/unit?limit=1" && { echo "$pid"; exit 0; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
done
log "did not start:"; tail -20 "$WORK/directus.log" >&2; kill "$pid" 2>/dev/null || true; exit 1
