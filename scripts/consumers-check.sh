#!/usr/bin/env bash
# Consumers' own tools against the packaged jar on a fresh database: Redocly and Spectral lint the served OpenAPI
# document; a TypeScript program generated with openapi-typescript and called with openapi-fetch compiles under
# `tsc --strict` and calls every read operation; Frictionless (JS) validates the data package download; Ajv (the
# JSON-stat 2.0 schema) and jsonstat-toolkit read the JSON-stat answers; promtool checks /q/metrics in both formats;
# pandas reads the CSV with the dtype docs/api.md gives; curl checks the HTTP details consumers rely on. Prints each
# tool's version and result, then a summary; exits non-zero when a tool fails.
#
# Needs: the packaged jar, PostgreSQL at 127.0.0.1:5432, `npm ci` done in scripts/consumers, promtool (Debian
# prometheus) and python3-pandas (Debian); a missing promtool or pandas fails its line. PORT (28400) and PORT+1.
. "$(dirname "$0")/lib.sh"
need_jar
PORT=${PORT:-28400}
BASE=http://127.0.0.1:$PORT
TOOLS=scripts/consumers
PYTHON=${PYTHON:-/usr/bin/python3}
[ -d "$TOOLS/node_modules" ] || { echo "run npm ci --prefix $TOOLS first" >&2; exit 2; }
summary=()

# tool NAME VERSION RESULT STATUS: one summary line, and counts a failure when STATUS is not 0
tool() {
    summary+=("$(printf '%-40s %-10s %-6s %s' "$1" "$2" "$([ "$4" = 0 ] && echo ok || echo FAILED)" "$3")")
    [ "$4" = 0 ] || failures=$((failures + 1))
}
npx_() { (cd "$TOOLS" && npx --no-install "$@"); }

fresh_database consumers_check
signing_key
start_jar app "$PORT" $((PORT + 1)) consumers_check
curl -sf "$BASE/q/openapi?format=json" -o "$WORK/openapi.json"

say "Redocly CLI lint (recommended rules)"
npx_ redocly lint "$WORK/openapi.json" --extends recommended --format stylish >"$WORK/redocly.txt" 2>&1; status=$?
grep -E '^\s*[0-9]+:[0-9]+\s+(error|warning)|(error|warning)\s' "$WORK/redocly.txt" | grep -v 'Deprecation' | head -30
tool "Redocly CLI lint" "$(npx_ redocly --version 2>/dev/null | tail -1)" \
    "$(grep -cE '^\s*\S+\s+error\s' "$WORK/redocly.txt") errors, $(grep -cE '^\s*\S+\s+warning\s' "$WORK/redocly.txt") warnings" "$status"

say "Spectral (spectral:oas, $TOOLS/.spectral.yaml)"
npx_ spectral lint -r .spectral.yaml -f text "$WORK/openapi.json" >"$WORK/spectral.txt" 2>&1; status=$?
grep -E ' (error|warning) ' "$WORK/spectral.txt" | head -30
tool "Spectral lint" "$(npx_ spectral --version)" \
    "$(grep -c ' error ' "$WORK/spectral.txt") errors, $(grep -c ' warning ' "$WORK/spectral.txt") warnings" "$status"

say "openapi-typescript + openapi-fetch: tsc --strict, then the program against the jar"
mkdir -p "$TOOLS/generated"
npx_ openapi-typescript "$WORK/openapi.json" -o generated/api.d.ts >/dev/null 2>&1
rm -rf "$TOOLS/dist"
npx_ tsc -p . >"$WORK/tsc.txt" 2>&1; status=$?
grep 'error TS' "$WORK/tsc.txt" | head -30
result="$(grep -c 'error TS' "$WORK/tsc.txt") tsc errors"
if [ "$status" = 0 ]; then
    node "$TOOLS/dist/src/consumer.js" "$BASE" "$(token consumers-check admin 10)" | tee "$WORK/consumer.txt"
    status=${PIPESTATUS[0]}
    result="$result; $(tail -1 "$WORK/consumer.txt")"
fi
tool "openapi-typescript/openapi-fetch" "$(npx_ openapi-typescript --version | tr -d 'v')" "$result" "$status"

say "Frictionless (datapackage, tableschema): the data package download"
mkdir -p "$WORK/package"
curl -sf "$BASE/api/v1/download" -o "$WORK/package.zip" && (cd "$WORK/package" && unzip -qo ../package.zip)
node "$TOOLS/src/validate-package.mjs" "$WORK/package" | tee "$WORK/frictionless.txt"; status=${PIPESTATUS[0]}
tool "Frictionless JS (datapackage)" "$(node -p "require('./$TOOLS/node_modules/datapackage/package.json').version")" \
    "$(tail -1 "$WORK/frictionless.txt")" "$status"

say "JSON-stat: Ajv with the JSON-stat 2.0 schema, jsonstat-toolkit reading every value back"
node "$TOOLS/src/check-jsonstat.mjs" "$BASE" | tee "$WORK/jsonstat.txt"; status=${PIPESTATUS[0]}
tool "JSON-stat schema + jsonstat-toolkit" "$(node -p "require('./$TOOLS/node_modules/jsonstat-toolkit/package.json').version")" \
    "$(tail -1 "$WORK/jsonstat.txt")" "$status"

for format in text/plain application/openmetrics-text; do
    say "promtool check metrics: /q/metrics as $format"
    if command -v promtool >/dev/null; then
        curl -sf -H "Accept: $format" "http://127.0.0.1:$((PORT + 1))/q/metrics" | promtool check metrics >"$WORK/promtool.txt" 2>&1
        status=$?
        head -30 "$WORK/promtool.txt"
        tool "promtool ($format)" "$(promtool --version 2>&1 | awk 'NR==1 { print $3 }')" "$(wc -l <"$WORK/promtool.txt") problems" "$status"
    else
        tool "promtool ($format)" - "not installed (Debian package prometheus)" 1
    fi
done

say "pandas: the CSV download with the documented dtype"
if "$PYTHON" -c 'import pandas' 2>/dev/null; then
    "$PYTHON" "$TOOLS/src/check-pandas.py" "$BASE" | tee "$WORK/pandas.txt"; status=${PIPESTATUS[0]}
    tool "pandas read_csv" "$("$PYTHON" -c 'import pandas; print(pandas.__version__)')" "$(tail -1 "$WORK/pandas.txt")" "$status"
else
    tool "pandas read_csv" - "not installed (Debian package python3-pandas)" 1
fi

say "curl: HTTP details"
http_before=$failures
. "$TOOLS/http-checks.sh"
http_failed=$((failures - http_before))
failures=$http_before
tool "curl HTTP checks" "$(curl --version | awk 'NR==1 { print $2 }')" "$http_failed failed" "$http_failed"

echo
say "summary"
printf '  %s\n' "${summary[@]}"
[ "$failures" = 0 ] || { say "$failures tool(s) failed"; exit 1; }
