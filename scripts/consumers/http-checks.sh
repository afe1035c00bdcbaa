# HTTP details consumers rely on, checked with curl against $BASE (sourced by scripts/consumers-check.sh, which gives
# say, check and $WORK): Vary: Origin on answers that echo the Origin, IMF-fixdate dates, no Content-Encoding: identity,
# static files revalidated by ETag, a 406 that lists what is offered, and problem titles that are the status's reason
# phrase (RFC 9110), one style everywhere.

# headers ARGS...: the response headers of a curl call, lower-cased names, no CR
headers() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' '{ printf "%s: %s\n", tolower($1), substr($0, length($1) + 3) }'; }
header() { grep -i "^$1: " | head -1 | cut -d' ' -f2-; }
imf='^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$'

cors=$(headers -H 'Origin: https://example.org' "$BASE/api/v1/indicators")
check "$(header access-control-allow-origin <<<"$cors")" https://example.org "CORS answer echoes the Origin"
check "$(header vary <<<"$cors" | grep -ci origin)" 1 "that answer says Vary: Origin"

for path in /api/v1/indicators / /explorer/main.js; do
    answer=$(headers "$BASE$path")
    for name in date last-modified; do
        value=$(header $name <<<"$answer")
        [ -n "$value" ] || [ "$name" = date ] || continue # the page and its scripts have an ETag instead
        check "$(grep -cE "$imf" <<<"$value")" 1 "$name of $path is an IMF-fixdate ($value)"
    done
done

etag=$(headers "$BASE/api/v1/indicators" | header etag)
for encoding in identity gzip; do
    for what in "304:-H If-None-Match:$etag" "HEAD:-I" "OPTIONS:-X OPTIONS" \
        "preflight:-X OPTIONS -H Origin:https://example.org -H Access-Control-Request-Method:GET"; do
        # shellcheck disable=SC2086
        answer=$(headers -H "Accept-Encoding: $encoding" ${what#*:} "$BASE/api/v1/indicators")
        check "$(header content-encoding <<<"$answer" | grep -ci identity)" 0 \
            "no Content-Encoding: identity on ${what%%:*} (Accept-Encoding: $encoding)"
    done
done

for path in / /explorer/main.js; do
    answer=$(headers "$BASE$path")
    static_etag=$(header etag <<<"$answer")
    check "$([ -n "$static_etag" ] && echo yes || echo no)" yes "$path has an ETag"
    check "$(header cache-control <<<"$answer" | grep -c immutable)" 0 "$path is not immutable at an unversioned URL"
    check "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $static_etag" "$BASE$path")" 304 "$path revalidates"
done

offered=$(curl -s -H 'Accept: image/png' "$BASE/api/v1/indicators/gdp/series?area=440700")
for type in application/json text/csv application/vnd.json-stat+json; do
    check "$(grep -c "$type" <<<"$offered")" 1 "the 406 of a series offers $type"
done

title() { curl -s "$@" | sed -n 's/.*"title":"\([^"]*\)".*/\1/p'; }
check "$(title "$BASE/api/v1/observations?measure=nonsense")" "Bad Request" "problem title of a 400"
check "$(title -X PUT -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/sources/x")" Unauthorized "problem title of a 401"
check "$(title "$BASE/api/v1/indicators/no.such")" "Not Found" "problem title of a 404"
check "$(title -H 'Accept: image/png' "$BASE/api/v1/indicators")" "Not Acceptable" "problem title of a 406"
check "$(title -X PATCH "$BASE/api/v1/indicators")" "Method Not Allowed" "problem title of a 405"
