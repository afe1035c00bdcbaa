# Sourced by bench/run.sh once the cached reads are measured: the ceilings (issue 18). Uses run.sh's variables and
# functions (DB, PSQL, WORK, SVC, URL, CONNECTIONS, SECONDS_PER_RUN, measure, record, launch, EDITOR, ...).
#   1. the database ceiling: the SQL the service issues for a series, a snapshot and a page (captured from
#      PostgreSQL's log), replayed by pgbench at the same connection counts, beside the service with its response
#      cache off; then a varied mix (many areas, indicators, periods, both languages, JSON and CSV) against the service
#      with its cache on, beside pgbench replaying the SQL of the same mix
#   2. the import ceiling: a raw COPY of the same rows into a copy of the observation table (same columns, checks,
#      indexes and reference triggers), beside the import's time, with the import's statements' own durations
#   3. replicas: a second instance on the same database; write through one, poll the other for the new ETag
UNCACHED=http://127.0.0.1:27083 REPLICA=http://127.0.0.1:27084
log_statements() {  # on|off: every statement of every session into PostgreSQL's log, with its parameters
    if [ "$1" = on ]; then
        "${PSQL[@]}" -d postgres -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
    else
        "${PSQL[@]}" -d postgres -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
    fi
    sleep 0.5
}
# capture BASE NAME PATH...: requests each path once and keeps the SQL it made PostgreSQL run as $WORK/sql/NAME_<i>.sql
capture() {
    local base=$1 name=$2; shift 2
    local offset i=0
    for path in "$@"; do curl -sf -o /dev/null "$base$path" || true; done   # warm: one-time work is not the query
    offset=$(stat -c %s "$PG_LOG")
    log_statements on
    for path in "$@"; do
        "${PSQL[@]}" -d $DB -c "select 'capture:${name}_$i'" >/dev/null
        curl -sf -o /dev/null "$base$path" || echo "capture: $path failed"
        i=$((i + 1))
    done
    "${PSQL[@]}" -d $DB -c "select 'capture:end'" >/dev/null
    log_statements off
    python3 bench/ceilings.py capture "$PG_LOG" "$offset" $DB "$WORK/sql" >/dev/null
}
# pgbench_run TEST CONNS SCRIPT...: the scripts replayed for SECONDS_PER_RUN, recorded as target pgbench
pgbench_run() {
    local test=$1 c=$2; shift 2
    local files=() threads=$(( c < 2 ? 1 : 2 ))
    for s in "$@"; do files+=(-f "$s"); done
    rm -f "$WORK"/pgbench_log*
    local tps
    tps=$(cd "$WORK" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$c" -j $threads -T "$SECONDS_PER_RUN" -l \
        --log-prefix=pgbench_log "${files[@]}" $DB 2>"$WORK/pgbench.err" | awk '/^tps/ && !t {t = $3} END {print t}')
    [ -n "$tps" ] || { echo "pgbench $test c=$c failed:"; tail -5 "$WORK/pgbench.err"; return 1; }
    local lat
    lat=$(python3 bench/ceilings.py latency "$WORK"/pgbench_log*)
    echo "pgbench $test c=$c tps=$tps $lat"
    record pgbench "$test" "$c" "RESULT rps=$tps $lat errors=0 non2xx3xx=0"
}

rm -rf "$WORK/sql"
echo "== ceilings: the SQL of each read, replayed by pgbench; the service with its response cache off"
launch uncached 27083 27093 INDICATORS_HTTP_RESPONSE_CACHE_BYTES=0
UNCACHED_PID=$LAUNCHED_PID
for t in latest series page; do
    capture "$UNCACHED" "$t" "${URL[$t]}"
    for c in $CONNECTIONS; do pgbench_run "$t" "$c" "$WORK/sql/${t}_0.sql"; done
    measure uncached "$UNCACHED_PID" "$t" "$UNCACHED${URL[$t]}"
done

echo "== the varied mix: the service with its cache on, pgbench replaying the SQL of 100 of the mix's requests"
python3 bench/ceilings.py mix bench/guangdong_areas.csv "$WORK/mix-urls.txt" "$WORK/mix.lua"
mapfile -t SAMPLE < <(head -100 "$WORK/mix-urls.txt")
capture "$UNCACHED" mix "${SAMPLE[@]}"
for c in $CONNECTIONS; do pgbench_run mix "$c" "$WORK"/sql/mix_*.sql; done
cat bench/report.lua >> "$WORK/mix.lua"
for c in $CONNECTIONS; do
    line=$(wrk -t$(( c < 2 ? 1 : 2 )) -c"$c" -d"${SECONDS_PER_RUN}s" -s "$WORK/mix.lua" "$SVC" | grep '^RESULT')
    echo "service mix c=$c $line rss_mb=$(rss $SERVICE_PID)"
    record service mix "$c" "$line rss_mb=$(rss $SERVICE_PID)"
done
kill "$UNCACHED_PID"; wait "$UNCACHED_PID" 2>/dev/null || true

if [ "$IMPORT_ROWS" -gt 0 ] && [ -f "$WORK/import.csv" ]; then
    echo "== the import ceiling: raw COPY of the same $IMPORT_ROWS rows into a copy of the observation table"
    "${PSQL[@]}" -d $DB -c "drop table if exists copy_ceiling" -c "create table copy_ceiling (like observation including all)"
    # the reference triggers checked on every write of observation (the notification and change-tracking ones are not)
    "${PSQL[@]}" -d $DB -c "select pg_get_triggerdef(t.oid) from pg_trigger t where t.tgrelid = 'observation'::regclass
        and not t.tgisinternal and t.tgname in ('observation_consistency', 'observation_insert_references')" |
        sed 's/ ON public\.observation / ON public.copy_ceiling /; s/$/;/' | "${PSQL[@]}" -d $DB
    COLUMNS=indicator_code,area_code,project_code,scope,period,period_type,period_start,measure,value,unit_code,qualifier,source_code,quote
    "${PSQL[@]}" -d $DB -c "select 1 from information_schema.columns where table_name = 'observation' and column_name = 'period_end' and is_generated = 'NEVER'" |
        grep -q 1 && COLUMNS=$COLUMNS,period_end
    python3 bench/ceilings.py table-csv "$WORK/import.csv" "$WORK/copy.csv" ${COLUMNS//,/ }
    started=$(date +%s.%N)
    "${PSQL[@]}" -d $DB -c "\\copy copy_ceiling ($COLUMNS) from '$WORK/copy.csv' with (format csv)"
    COPY_SECONDS=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
    "${PSQL[@]}" -d $DB -c "drop table copy_ceiling"
    COPY_LINE="raw COPY of $IMPORT_ROWS rows ${COPY_SECONDS}s; the import's own statements over 100 ms: $(cat "$WORK/import-statements.txt" 2>/dev/null)"
    echo "$COPY_LINE"
fi

echo "== replicas: a second instance on the same database"
launch replica 27084 27094
REPLICA_PID=$LAUNCHED_PID
REPLICA_LINE=$(python3 bench/ceilings.py replicas "$SVC" "$REPLICA" "$EDITOR" "${URL[series]}" 100)
echo "write on one, new ETag on the other: $REPLICA_LINE"
curl -sf -H "Accept:" -o /dev/null "$REPLICA${URL[series]}"
for c in $CONNECTIONS; do
    t=$(( c < 2 ? 1 : 2 ))
    wrk -t$t -c"$c" -d"${SECONDS_PER_RUN}s" -s bench/report.lua "$REPLICA${URL[series]}" | grep '^RESULT' > "$WORK/replica-b.txt" &
    other=$!   # wait for this one only: a bare wait would wait for the services too
    a=$(wrk -t$t -c"$c" -d"${SECONDS_PER_RUN}s" -s bench/report.lua "$SVC${URL[series]}" | grep '^RESULT')
    wait "$other"
    both=$(python3 -c "import re,sys; print(sum(float(re.search(r'rps=([0-9.]+)', l).group(1)) for l in sys.argv[1:]))" "$a" "$(cat "$WORK/replica-b.txt")")
    echo "both replicas series c=$c (each): rps=$both"
    record replicas series "$c" "RESULT rps=$both errors=0 non2xx3xx=0"
done
kill "$REPLICA_PID"; wait "$REPLICA_PID" 2>/dev/null || true
