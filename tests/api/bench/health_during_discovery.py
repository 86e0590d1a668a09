#!/usr/bin/env python3
"""/health (or another GET, --path) latency while POST /api/v1/discover runs (run by hand against a filled
database). Issue 13 asks both /health and GET /api/v1/tiles to stay under 50 ms meanwhile:

    tests/api/bench/health_during_discovery.py --port 8765 --as-of 2025-06-01T12:00:00Z
    tests/api/bench/health_during_discovery.py --port 8765 --as-of 2025-06-01T12:00:00Z --path /api/v1/tiles
"""
import argparse
import http.client
import json
import threading
import time

ap = argparse.ArgumentParser()
ap.add_argument("--host", default="127.0.0.1")
ap.add_argument("--port", type=int, default=8000)
ap.add_argument("--as-of", default="2025-06-01T12:00:00Z")
ap.add_argument("--path", default="/health", help="the GET timed during the discovery")
ap.add_argument("--slowest", type=int, default=0, help="also list the N slowest answers, with when they began")
args = ap.parse_args()

result = {}


def discover():
    conn = http.client.HTTPConnection(args.host, args.port, timeout=600)
    t0 = time.monotonic()
    conn.request("POST", "/api/v1/discover", json.dumps({"as_of": args.as_of}), {"Content-Type": "application/json"})
    resp = conn.getresponse()
    body = json.loads(resp.read())
    result["status"] = resp.status
    result["seconds"] = time.monotonic() - t0
    result["body"] = body


health = http.client.HTTPConnection(args.host, args.port, timeout=60)
health.request("GET", "/health")
posts = json.loads(health.getresponse().read())["posts"]
t = threading.Thread(target=discover)
start = time.monotonic()
t.start()
lat = []
began = []
while t.is_alive():
    t0 = time.monotonic()
    health.request("GET", args.path)
    r = health.getresponse()
    r.read()
    lat.append((time.monotonic() - t0) * 1000)
    began.append((t0 - start) * 1000)
    assert r.status == 200
t.join()
slowest = sorted(zip(lat, began), reverse=True)[:args.slowest]
lat.sort()
b = result["body"]
print("discover: HTTP %d in %.2f s over %d stored posts (%s posts in window, %s clusters, %s trends, duration_ms %s)"
      % (result["status"], result["seconds"], posts, b.get("posts_in_window"), b.get("clusters"), b.get("trends"), b.get("duration_ms")))
print("%s during it: %d answers, p50 %.2f ms, p99 %.2f ms, max %.2f ms"
      % (args.path, len(lat), lat[len(lat) // 2], lat[int(len(lat) * 0.99)], lat[-1]))
for ms, at in slowest:
    print("  %.2f ms, sent %.0f ms after the discover (which took %.0f ms)" % (ms, at, result["seconds"] * 1000))
