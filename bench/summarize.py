#!/usr/bin/env python3
"""Turns bench/run.sh's results (TSV: target, test, connections, wrk RESULT line) into a Markdown report with the
ratios service/peer (Platformatic DB), service/peer2 (Directus) and service/nginx. The run's metadata comes on stdin, one 'key: value' a line."""
import re
import sys

meta = [line.rstrip("\n") for line in sys.stdin if line.strip()]
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    target, test, conns, result = line.rstrip("\n").split("\t")
    rows[(target, test, int(conns))] = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", result)}

print("# Benchmark results\n")
for m in meta:
    key, _, value = m.partition(": ")
    print(f"- **{key}**: {value}")
print("\nThroughput in requests/s, latency in ms (wrk, loopback), RSS of the server process after the run in MB.\n")
print("| test | conns | service req/s | p50 | p99 | p99.9 | RSS | peer req/s | peer p99 | peer2 req/s | peer2 p99 | nginx req/s | nginx p99 | service÷peer | service÷peer2 | service÷nginx |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
CACHED = ["latest", "series", "page", "304"]
tests = sorted({(t, c) for (target, t, c) in rows if target in ("service", "peer", "peer2", "nginx") and t in CACHED},
               key=lambda x: (CACHED.index(x[0]), x[1]))
for test, c in tests:
    s, p, n = rows.get(("service", test, c)), rows.get(("peer", test, c)), rows.get(("nginx", test, c))
    p2 = rows.get(("peer2", test, c))
    f = lambda r, k, fmt="{:.0f}": fmt.format(r[k]) if r else "–"
    ratio = lambda a, b: f"{a['rps'] / b['rps']:.2f}" if a and b and b["rps"] else "–"
    print(f"| {test} | {c} | {f(s, 'rps')} | {f(s, 'p50', '{:.2f}')} | {f(s, 'p99', '{:.2f}')} | {f(s, 'p999', '{:.2f}')} "
          f"| {f(s, 'rss_mb')} | {f(p, 'rps')} | {f(p, 'p99', '{:.2f}')} | {f(p2, 'rps')} | {f(p2, 'p99', '{:.2f}')} "
          f"| {f(n, 'rps')} | {f(n, 'p99', '{:.2f}')} | {ratio(s, p)} | {ratio(s, p2)} | {ratio(s, n)} |")
errors = [(k, v) for k, v in rows.items() if v.get("errors") or v.get("non2xx3xx")]
if errors:
    print("\nRuns with errors or non-2xx/3xx answers: " + ", ".join(f"{t}/{x}/c={c}: {v.get('errors', 0):.0f} errors, "
                                                                f"{v.get('non2xx3xx', 0):.0f} non-2xx/3xx" for (t, x, c), v in errors))

ceiling = [(t, c) for (target, t, c) in rows if target == "pgbench"]
if ceiling:
    print("\n**Uncached reads against the database ceiling.** pgbench replays the SQL the service issued for the request "
          "(captured from PostgreSQL's log); *uncached* is the service with its response cache off; *mix* is the service "
          "with its cache on, asked varied reads (areas × indicators × periods × zh/en × JSON/CSV), beside pgbench "
          "replaying the SQL of 100 of those reads (pgbench takes at most 128 scripts). The peers (Platformatic DB with its indexes, Directus with its cache off) answer the same three queries.\n")
    print("| test | conns | pgbench tx/s | pgbench p99 | service req/s | service p99 | service÷pgbench | peer req/s | service÷peer | peer2 req/s | service÷peer2 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for test, c in sorted(set(ceiling), key=lambda x: (["latest", "series", "page", "mix"].index(x[0]), x[1])):
        g = rows[("pgbench", test, c)]
        s = rows.get(("service" if test == "mix" else "uncached", test, c))
        p, p2 = rows.get(("peer", test, c)), rows.get(("peer2", test, c))
        f = lambda r, k, fmt="{:.0f}": fmt.format(r[k]) if r and k in r else "–"
        ratio = lambda a, b: f"{a['rps'] / b['rps']:.2f}" if a and b and b.get("rps") else "–"
        print(f"| {test} | {c} | {f(g, 'rps')} | {f(g, 'p99', '{:.2f}')} | {f(s, 'rps')} | {f(s, 'p99', '{:.2f}')} "
              f"| {ratio(s, g)} | {f(p, 'rps')} | {ratio(s, p)} | {f(p2, 'rps')} | {ratio(s, p2)} |")
both = [(c, v) for (target, t, c), v in rows.items() if target == "replicas"]
if both:
    print("\n**Two replicas on one database**, cached series read, both loaded at once (sum of both):\n")
    print("| conns (each) | both req/s | one alone req/s |")
    print("|---|---|---|")
    for c, v in sorted(both):
        one = rows.get(("service", "series", c))
        print(f"| {c} | {v['rps']:.0f} | {one['rps']:.0f} |" if one else f"| {c} | {v['rps']:.0f} | – |")
