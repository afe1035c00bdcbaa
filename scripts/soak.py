#!/usr/bin/env python3
"""Mixed reads and writes against a running service for a while; prints, per window, requests, errors, p50/p99 latency
and the service's RSS. Usage: soak.py BASE_URL PID TOKEN [SECONDS=600] [READERS=8] [WINDOW=30]"""
import http.client, json, random, sys, threading, time, urllib.parse

base, pid, token = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seconds = int(sys.argv[4]) if len(sys.argv) > 4 else 600
readers = int(sys.argv[5]) if len(sys.argv) > 5 else 8
window = int(sys.argv[6]) if len(sys.argv) > 6 else 30
host = urllib.parse.urlparse(base)
READS = ["/api/v1/indicators", "/api/v1/indicators/retail.total", "/api/v1/indicators/gdp/series?area=440700",
         "/api/v1/observations?size=50", "/api/v1/observations?format=csv", "/api/v1/observations?indicator=retail.total",
         "/api/v1/areas/440700/latest", "/api/v1/compositions", "/api/v1/sources", "/api/v1/observations?format=jsonstat",
         "/api/v1/indicators/no.such", "/api/v1/observations?measure=bogus"]
HEADER = "indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n"
lock = threading.Lock()
samples = []  # (time, seconds, ok, kind)
failed = {}  # (path, status) -> count
stop = time.time() + seconds


def record(start, ok, kind):
    with lock:
        samples.append((start, time.time() - start, ok, kind))


def reader():
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    while time.time() < stop:
        path = random.choice(READS)
        start = time.time()
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            r.read()
            ok = r.status < 500 and (r.status < 400 or path.endswith(("no.such", "bogus")))
            record(start, ok, "read")
            if not ok:
                with lock:
                    failed[(path, r.status)] = failed.get((path, r.status), 0) + 1
        except Exception:
            record(start, False, "read")
            conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)


def writer():
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    n = 0
    while time.time() < stop:
        n += 1
        body = HEADER + "retail.total,440700,,,2032,actual,%d.%02d,CNY_100M,exact,jmdaily-2024-02-gdp,soak\n" % (n, n % 100)
        start = time.time()
        try:
            conn.request("POST", "/api/v1/observations/import?reason=soak", body=body.encode(),
                         headers={"Content-Type": "text/csv", "Authorization": "Bearer " + token})
            r = conn.getresponse()
            r.read()
            record(start, r.status == 200, "write")
            if r.status != 200:
                with lock:
                    failed[("import", r.status)] = failed.get(("import", r.status), 0) + 1
        except Exception:
            record(start, False, "write")
            conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
        time.sleep(0.2)


def rss_mb():
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def pct(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000


threads = [threading.Thread(target=reader, daemon=True) for _ in range(readers)] + [threading.Thread(target=writer, daemon=True)]
for t in threads:
    t.start()
t0 = time.time()
print("%6s %8s %7s %7s %8s %8s %9s %8s" % ("t(s)", "requests", "writes", "errors", "p50(ms)", "p99(ms)", "wp99(ms)", "RSS(MB)"))
totals = {"requests": 0, "errors": 0, "writes": 0}
rss = []
done = 0.0
while done < seconds:
    time.sleep(min(window, seconds - done))
    done = time.time() - t0
    with lock:
        batch = samples[:]
        samples.clear()
    lat = [s[1] for s in batch if s[3] == "read"]
    wlat = [s[1] for s in batch if s[3] == "write"]
    errors = sum(1 for s in batch if not s[2])
    rss.append(rss_mb())
    totals["requests"] += len(batch); totals["errors"] += errors; totals["writes"] += len(wlat)
    print("%6.0f %8d %7d %7d %8.1f %8.1f %9.1f %8.0f" % (done, len(batch), len(wlat), errors, pct(lat, .5), pct(lat, .99),
                                                          pct(wlat, .99), rss[-1]), flush=True)
for t in threads:
    t.join()
print("total: %(requests)d requests (%(writes)d writes), %(errors)d errors" % totals,
      "; RSS first %.0f MB, last %.0f MB, max %.0f MB" % (rss[0], rss[-1], max(rss)))
for (what, code), count in sorted(failed.items(), key=lambda kv: -kv[1]):
    print("  %d x %s %s" % (count, code, what))
sys.exit(1 if totals["errors"] else 0)
