#!/usr/bin/python3
"""POST /api/v1/discover side by side: GlassTrend's server and the seed's stack on the same data.

    side_by_side.py --data /tmp/gt/200k.ndjson --ours 8765 --seed 8766 --as-of 2026-11-20T12:00:00Z --reps 5

Ingests the file over REST into both (batches of 1,000; --skip-ingest when already done), then
times discover on each in turn (same as_of), and prints every time, the medians and the ratio.
"""
import argparse
import http.client
import json
import statistics
import time

ap = argparse.ArgumentParser()
ap.add_argument("--data", required=True)
ap.add_argument("--ours", type=int, default=8765)
ap.add_argument("--seed", type=int, default=8766)
ap.add_argument("--as-of", required=True)
ap.add_argument("--reps", type=int, default=5)
ap.add_argument("--batch", type=int, default=1000)
ap.add_argument("--skip-ingest", action="store_true")
ap.add_argument("--only", choices=["ours", "seed"])
args = ap.parse_args()


def post(port, path, body):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=3600)
    conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    if resp.status != 200:
        raise SystemExit(f"{port} {path}: HTTP {resp.status}: {data[:300]!r}")
    return json.loads(data)


ports = {"ours": args.ours, "seed": args.seed}
if args.only:
    ports = {args.only: ports[args.only]}
if not args.skip_ingest:
    for name, port in ports.items():
        t0 = time.monotonic()
        batch, n = [], 0
        with open(args.data, encoding="utf-8") as f:
            for line in f:
                batch.append(json.loads(line))
                if len(batch) == args.batch:
                    n += post(port, "/api/v1/posts", {"posts": batch})["accepted"]
                    batch = []
        if batch:
            n += post(port, "/api/v1/posts", {"posts": batch})["accepted"]
        print(f"{name}: ingested {n} posts in {time.monotonic() - t0:.1f} s")

times = {name: [] for name in ports}
for rep in range(args.reps):
    for name, port in ports.items():
        t0 = time.monotonic()
        answer = post(port, "/api/v1/discover", {"as_of": args.as_of})
        times[name].append(time.monotonic() - t0)
        print(f"{name} #{rep + 1}: {times[name][-1] * 1000:.0f} ms, {answer['posts_in_window']} in window, "
              f"{answer['clusters']} clusters, {answer['trends']} trends")
for name, ts in times.items():
    print(f"{name}: first {ts[0] * 1000:.0f} ms, median {statistics.median(ts) * 1000:.0f} ms, "
          f"median after the first {statistics.median(ts[1:] or ts) * 1000:.0f} ms")
if len(times) == 2:
    print(f"seed / ours (medians): {statistics.median(times['seed']) / statistics.median(times['ours']):.1f}x")
