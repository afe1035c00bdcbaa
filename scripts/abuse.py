"""The abuse run of scripts/abuse.sh: requests that once took a replica down or around its limits, sent again.

Usage: abuse.py STEP BASE [args...]   (each step prints what it sent and what it saw; exit status 1 on a failure)
  flood BASE COUNT              distinct 19 KB Accept-Language headers on a cacheable read (the response-cache flood)
  exponents BASE TOKEN          huge exponents in a figure, a JSON import and a CSV import
  writers BASE TOKEN ROWS       one large import, 20 concurrent writes and anonymous reads at once
  variants BASE                 path variants of an API read once the anonymous budget is spent
  replicas BASE_A BASE_B LIMIT  one anonymous client alternating between two replicas: served before 429
Standard library only.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

failures = 0


def check(ok, what):
    global failures
    print(("  ok: " if ok else "  FAILED: ") + what, flush=True)
    failures += 0 if ok else 1


def connection(base):
    url = urllib.parse.urlsplit(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=60)


def send(conn, method, target, headers=None, body=None):
    """The status, body and response; status "closed" when the connection failed (the service is gone)."""
    try:
        conn.request(method, target, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read(), response
    except (ConnectionError, http.client.HTTPException, OSError):
        conn.close()
        return "closed", b"", None


def flood(base, count):
    pad = "a" * 19000
    statuses = {}
    conn = connection(base)
    started = time.time()
    for i in range(count):
        status, _, _ = send(conn, "GET", "/api/v1/indicators?size=1&q=zzzz", {"Accept-Language": "en-%d%s" % (i, pad)})
        statuses[status] = statuses.get(status, 0) + 1
    print("  %d requests in %.1f s: %s" % (count, time.time() - started, statuses), flush=True)
    check(not any(s == "closed" or s >= 500 for s in statuses), "no 5xx, no connection lost")


def exponents(base, token):
    auth = {"Authorization": "Bearer " + token}
    figure = ('{"indicator":"retail.total","area":"440703","period":"2099","measure":"actual","value":%s,'
              '"unit":"CNY_100M","qualifier":"exact","source":"jmdaily-2024-02-gdp","quote":"abuse"}')
    csv = ("indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n"
           "retail.total,440703,,,2099,actual,%s,CNY_100M,exact,jmdaily-2024-02-gdp,abuse\n")
    cases = [("POST /api/v1/observations, value 1e999999999", "/api/v1/observations", "application/json",
              figure % "1e999999999"),
             ("JSON import, value 1e10000000", "/api/v1/observations/import", "application/json",
              "[" + figure % "1e10000000" + "]"),
             ("CSV import, value 1e100000000", "/api/v1/observations/import", "text/csv", csv % "1e100000000")]
    for what, path, media, body in cases:
        conn = connection(base)
        started = time.time()
        status, answer, response = send(conn, "POST", path, dict(auth, **{"Content-Type": media}), body.encode())
        media = response.getheader("Content-Type") if response else "-"
        print("  %s: %s %s, %d bytes, %.2f s" % (what, status, media, len(answer), time.time() - started), flush=True)
        check(status in (400, 422) and len(answer) < 4096, what + " refused with a short problem")


def writers(base, token, rows):
    auth = {"Authorization": "Bearer " + token}
    header = "indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n"
    areas = ["440700", "440703", "440704", "440705", "440781", "440783", "440784", "440785"]
    lines = []
    for n in range(rows):
        month = n // len(areas)
        lines.append("retail.total,%s,,,%04d-%02d,actual,1.00,CNY_100M,exact,jmdaily-2024-02-gdp,abuse-import\n"
                     % (areas[n % len(areas)], 1000 + month // 12, 1 + month % 12))
    body = (header + "".join(lines)).encode()
    results = {"import": None, "writes": {}, "reads": {}, "read_max": 0.0}
    lock = threading.Lock()

    def importer():
        conn = connection(base)
        status, _, _ = send(conn, "POST", "/api/v1/observations/import", dict(auth, **{"Content-Type": "text/csv"}), body)
        results["import"] = status

    def writer(year):
        figure = json.dumps({"indicator": "retail.total", "area": "440703", "period": str(year), "measure": "actual",
                             "value": "1.00", "unit": "CNY_100M", "qualifier": "exact", "source": "jmdaily-2024-02-gdp",
                             "quote": "abuse-write"})
        status, _, _ = send(connection(base), "POST", "/api/v1/observations",
                            dict(auth, **{"Content-Type": "application/json"}), figure.encode())
        with lock:
            results["writes"][status] = results["writes"].get(status, 0) + 1

    def reader(stop):
        conn = connection(base)
        i = 0
        while not stop.is_set():
            i += 1
            started = time.time()
            status, _, _ = send(conn, "GET", "/api/v1/observations?indicator=gdp&size=%d" % (1 + i % 50))
            with lock:
                results["reads"][status] = results["reads"].get(status, 0) + 1
                results["read_max"] = max(results["read_max"], time.time() - started)

    stop = threading.Event()
    readers = [threading.Thread(target=reader, args=(stop,)) for _ in range(4)]
    for r in readers:
        r.start()
    imp = threading.Thread(target=importer)
    started = time.time()
    imp.start()
    time.sleep(0.5)
    writes = [threading.Thread(target=writer, args=(3000 + i,)) for i in range(20)]
    for w in writes:
        w.start()
    for w in writes + [imp]:
        w.join()
    stop.set()
    for r in readers:
        r.join()
    print("  import of %d rows: %s after %.1f s; 20 writes: %s; reads: %s, slowest %.0f ms" % (
        rows, results["import"], time.time() - started, results["writes"], results["reads"],
        results["read_max"] * 1000), flush=True)
    check(results["import"] == 200, "the import committed")
    check(all(s in (201, 503) for s in results["writes"]), "writes: created or 503 (never 500)")
    check(set(results["reads"]) == {200}, "every read answered 200")


def variants(base):
    conn = connection(base)
    spent = 0
    while spent < 10000:
        status, _, _ = send(conn, "GET", "/api/v1/areas?size=1")
        spent += 1
        if status == 429:
            break
    print("  anonymous budget spent after %d requests" % spent, flush=True)
    for target in ["//api/v1/areas?size=1", "/%61pi/v1/areas?size=1", "/./api/v1/areas?size=1", "/api//v1/areas?size=1",
                   "/api/v1/./areas?size=1", "/api/v1/areas/../areas?size=1"]:
        status, _, _ = send(connection(base), "GET", target)
        check(status in (400, 429), "%s answered %d" % (target, status))


def replicas(base_a, base_b, limit):
    served = 0
    refused = 0
    conns = [connection(base_a), connection(base_b)]
    for i in range(3 * limit):
        status, _, _ = send(conns[i % 2], "GET", "/api/v1/areas?size=1&n=%d" % i)
        if status == 200:
            served += 1
        elif status == 429:
            refused += 1
        time.sleep(0.01)
    print("  %d requests alternating between two replicas, budget %d: %d served, %d refused (each replica alone "
          "would serve %d)" % (3 * limit, limit, served, refused, limit), flush=True)
    check(served < 1.5 * limit, "one budget across both replicas")


if __name__ == "__main__":
    step, args = sys.argv[1], sys.argv[2:]
    {"flood": lambda: flood(args[0], int(args[1])),
     "exponents": lambda: exponents(args[0], args[1]),
     "writers": lambda: writers(args[0], args[1], int(args[2])),
     "variants": lambda: variants(args[0]),
     "replicas": lambda: replicas(args[0], args[1], int(args[2]))}[step]()
    sys.exit(1 if failures else 0)
