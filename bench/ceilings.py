#!/usr/bin/env python3
"""Helpers of bench/ceilings.sh, one subcommand each:

  capture LOG OFFSET DB OUTDIR      the SQL the service ran for each marked request, from PostgreSQL's log (statements
                                    logged with log_min_duration_statement=0), as pgbench scripts OUTDIR/<name>.sql
  latency FILE...                   p50, p99 and p99.9 in ms from pgbench's per-transaction logs (-l)
  table-csv IN OUT COLUMN...        the import's CSV as rows of the observation table (period type and dates computed
                                    beforehand, so that the COPY ceiling does only what COPY does)
  replicas A B TOKEN URL WRITES     a write through replica A, then B polled until its ETag for URL changes: p50/p99
  mix AREAS URLS LUA [COUNT]        random series, snapshots and pages in both languages and formats, and a wrk script
"""
import csv
import http.client
import json
import re
import statistics
import sys
import time
import urllib.parse
from datetime import date
from pathlib import Path

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \w+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL):  (.*)$")
# an execute of a statement, not the further fetches of a cursor's portal (those repeat the statement's text)
STATEMENT = re.compile(r"^duration: [0-9.]+ ms  (?:execute (?!fetch from)[^:]+|statement): (.*)$", re.S)
MARKER = re.compile(r"select 'capture:([a-z0-9_-]+)'")


def entries(path, offset):
    """(pid, db, kind, text) for every log entry after offset, continuation lines joined."""
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        f.seek(offset)
        for line in f:
            m = ENTRY.match(line.rstrip("\n"))
            if m:
                if current:
                    yield current
                current = [m.group(1), m.group(3), m.group(4), m.group(5)]
            elif current:
                current[3] += "\n" + line.rstrip("\n")
    if current:
        yield current


def literal(sql, detail):
    """The statement with its $n parameters replaced by the values the log shows."""
    values = dict(re.findall(r"\$(\d+) = ((?:'(?:[^']|'')*')|NULL)", detail or ""))
    return re.sub(r"\$(\d+)\b", lambda m: values.get(m.group(1), m.group(0)), sql)


def capture(log, offset, db, outdir):
    out, name, last = Path(outdir), None, None
    out.mkdir(parents=True, exist_ok=True)
    scripts = {}
    for pid, entry_db, kind, text in entries(log, int(offset)):
        if entry_db != db:
            continue
        if kind == "LOG":
            m = STATEMENT.match(text)
            if not m:
                last = None
                continue
            sql = m.group(1).strip().rstrip(";")
            marker = MARKER.search(sql)
            if marker:
                name, last = marker.group(1), None
                scripts.setdefault(name, [])
                continue
            last = [sql, None]
            if name:
                scripts[name].append(last)
        elif kind == "DETAIL" and last is not None and text.startswith("parameters:"):
            last[1] = text
    for name, statements in scripts.items():
        lines = [" ".join(literal(sql, detail).split()) + ";" for sql, detail in statements]
        lines = [line for line in lines if not line.lower().startswith(("set application_name", "show "))]
        (out / f"{name}.sql").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} statements")


def latency(files):
    micros = []
    for name in files:
        with open(name) as f:
            micros.extend(int(line.split()[2]) for line in f if line.strip())
    micros.sort()
    pick = lambda q: micros[min(len(micros) - 1, int(q * len(micros)))] / 1000
    print(f"p50={pick(0.5):.3f} p99={pick(0.99):.3f} p999={pick(0.999):.3f} n={len(micros)}")


def period_dates(period):
    if len(period) == 4:
        start = date(int(period), 1, 1)
        return "year", start, date(start.year + 1, 1, 1)
    start = date(int(period[:4]), int(period[5:7]), 1)
    end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return "month", start, end


def table_csv(source, target, columns):
    with open(source, encoding="utf-8", newline="") as f, open(target, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        for row in csv.DictReader(f):
            kind, start, end = period_dates(row["period"])
            values = {"indicator_code": row["indicator"], "area_code": row["area"] or None,
                      "project_code": row["project"] or None, "scope": row["scope"] or None, "period": row["period"],
                      "period_type": kind, "period_start": start.isoformat(), "period_end": end.isoformat(),
                      "measure": row["measure"], "value": row["value"], "unit_code": row["unit"],
                      "qualifier": row["qualifier"], "source_code": row["source"], "quote": row["quote"]}
            w.writerow([values[c] if values[c] is not None else "" for c in columns])


def etag(conn, path):
    conn.request("GET", path, headers={"Accept": "application/json"})
    r = conn.getresponse()
    r.read()
    return r.getheader("ETag")


def replicas(a, b, token, path, writes):
    """Corrects a figure of the series at path through A, then polls B until its answer for path has a new ETag."""
    ua, ub = urllib.parse.urlsplit(a), urllib.parse.urlsplit(b)
    ca, cb = http.client.HTTPConnection(ua.netloc), http.client.HTTPConnection(ub.netloc)
    series = urllib.parse.urlsplit(path)
    indicator = series.path.split("/")[4]
    area = urllib.parse.parse_qs(series.query)["area"][0]
    ca.request("GET", f"/api/v1/observations?indicator={indicator}&area={area}&size=1", headers={"Accept": "application/json"})
    fid = json.loads(ca.getresponse().read())["items"][0]["id"]
    delays = []
    for i in range(int(writes)):
        before = etag(cb, path)
        ca.request("GET", f"/api/v1/observations/{fid}", headers={"Accept": "application/json"})
        r = ca.getresponse()
        body, version = json.loads(r.read()), r.getheader("ETag")
        doc = {k: body.get(k) for k in ("indicator", "area", "project", "scope", "period", "measure", "unit", "qualifier",
                                        "source", "quote")}
        doc.update(value=f"{100 + i}.{i % 100:02d}", reason="bench: a write seen by the other replica")
        ca.request("PUT", f"/api/v1/observations/{fid}", body=json.dumps(doc),
                   headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json", "If-Match": version})
        w = ca.getresponse()
        answer = w.read()
        if w.status >= 300:
            sys.exit(f"write {i}: {w.status} {answer[:300]!r}")
        written = time.monotonic()
        while etag(cb, path) == before:
            if time.monotonic() - written > 10:
                sys.exit("replica B did not see the write within 10 s")
        delays.append((time.monotonic() - written) * 1000)
    delays.sort()
    pick = lambda q: delays[min(len(delays) - 1, int(q * len(delays)))]
    print(f"writes={len(delays)} p50={pick(0.5):.1f} p99={pick(0.99):.1f} max={delays[-1]:.1f} "
          f"mean={statistics.mean(delays):.1f}")


def mix(areas_csv, urls_out, lua_out, count="20000"):
    """Random reads as varied open-data queries are: areas x 300 indicators, periods, two languages, JSON or CSV.
    The URLs go to a file that the wrk script draws from, so that the ceiling can replay the SQL of the same URLs."""
    import random
    rnd = random.Random(20261203)
    with open(areas_csv, encoding="utf-8") as f:
        codes = [row["code"] for row in csv.DictReader(f)]
    kinds = ["gdp", "industry", "investment", "consumption", "budget"]
    urls = []
    for _ in range(int(count)):
        area, ind = rnd.choice(codes), f"bench.{rnd.choice(kinds)}.i{rnd.randint(0, 59):03d}"
        q = f"lang={rnd.choice(['zh', 'en'])}&format={rnd.choice(['json', 'csv'])}"
        r = rnd.randint(1, 10)
        if r <= 6:
            start = rnd.randint(2000, 2020)
            urls.append(f"/api/v1/indicators/{ind}/series?area={area}&from={start}&to={start + rnd.randint(0, 4)}&{q}")
        elif r <= 8:
            urls.append(f"/api/v1/areas/{area}/latest?{q}")
        else:
            urls.append(f"/api/v1/observations?indicator={ind}&area={area}&size=100&{q}")
    Path(urls_out).write_text("\n".join(urls) + "\n", encoding="utf-8")
    Path(lua_out).write_text(f"""-- Draws each request from {urls_out}, at random.
local urls = {{}}
for line in io.lines("{urls_out}") do urls[#urls + 1] = line end
math.randomseed(20261203)
request = function() return wrk.format("GET", urls[math.random(#urls)]) end
""", encoding="utf-8")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"capture": lambda: capture(*args), "latency": lambda: latency(args),
     "table-csv": lambda: table_csv(args[0], args[1], args[2:]), "replicas": lambda: replicas(*args),
     "mix": lambda: mix(*args)}[command]()
