#!/usr/bin/env python3
"""Ingestion benchmark for POST /api/v1/posts over real HTTP (run by hand, never in CI).

Start a server first (Release build), e.g.
    glasstrend --db /tmp/bench.db --serve --port 8765 2>/tmp/serve.log &
then
    tests/api/bench/ingest_bench.py --port 8765 --clients 4 --batch 1000 --seconds 30 [--pid PID]

Each client keeps one keep-alive connection and posts batches of distinct posts (ids never
repeat, so every post is an insert). Bodies are built from one template per client by replacing
a placeholder, so the client is not the bottleneck. With --pid, the server's resident memory is
sampled every 10 s to show whether it stays flat over a long run, and the CPU time of each server
thread during the run is printed (e.g. gt-ingest-write, the one writer every POST waits for; the
"Thread (pooled)" workers that parse and validate; the event loop under the program's name), next
to this client's own CPU time: on a shared machine, CPU per post says more than wall time.
"""
import os
import argparse
import http.client
import json
import threading
import time

TAGS = ["matcha", "matchalatte", "boba", "bubbletea", "ootd", "skincare", "glowup", "streetfood",
        "抹茶", "奶茶", "穿搭", "护肤", "travel", "citywalk", "coffee", "latteart"]
PLATFORMS = ["tiktok", "instagram", "xiaohongshu", "douyin", "youtube", "weibo", "x"]
REGIONS = ["US", "JP", "CN", "GB", "DE", "FR", "KR", "BR"]
AS_OF = 1748779200  # 2025-06-01T12:00:00Z


def template(batch_size):
    posts = []
    for i in range(batch_size):
        posts.append({
            "platform": PLATFORMS[i % len(PLATFORMS)],
            "post_id": "@@-%d" % i,
            "creator_id": "creator%d" % (i * 7919 % 50000),
            "text": "post %d #%s #%s" % (i, TAGS[i % len(TAGS)], TAGS[(i * 3 + 1) % len(TAGS)]),
            "hashtags": [TAGS[i % len(TAGS)], TAGS[(i * 3 + 1) % len(TAGS)]],
            "likes": i % 500, "comments": i % 40, "shares": i % 13,
            "views": (i % 500) * 30 if i % 5 else None,
            "created_at": AS_OF - (i * 37 % (96 * 3600)),
            "region": REGIONS[i % len(REGIONS)],
        })
    return json.dumps({"posts": posts}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def thread_cpu(pid):
    """CPU seconds (user + system) of each thread of `pid`, summed per thread name."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    try:
        tids = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return out
    for tid in tids:
        try:
            with open("/proc/%d/task/%s/comm" % (pid, tid)) as f:
                name = f.read().strip()
            with open("/proc/%d/task/%s/stat" % (pid, tid)) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--token", default="")
    ap.add_argument("--pid", type=int, default=0, help="server pid: sample its RSS every 10 s")
    ap.add_argument("--run", default=str(int(time.time())), help="id prefix, so repeated runs insert")
    args = ap.parse_args()

    body = template(args.batch)
    headers = {"Content-Type": "application/json"}
    if args.token:
        headers["Authorization"] = "Bearer " + args.token
    lock = threading.Lock()
    totals = {"posts": 0, "inserted": 0, "requests": 0, "errors": 0, "latency": []}
    deadline = time.monotonic() + args.seconds

    def client(c):
        conn = http.client.HTTPConnection(args.host, args.port, timeout=120)
        b = 0
        while time.monotonic() < deadline:
            data = body.replace(b"@@", ("r%s-c%d-b%d" % (args.run, c, b)).encode())
            t0 = time.monotonic()
            conn.request("POST", "/api/v1/posts", data, headers)
            resp = conn.getresponse()
            answer = resp.read()
            dt = time.monotonic() - t0
            with lock:
                totals["requests"] += 1
                totals["latency"].append(dt)
                if resp.status == 200:
                    a = json.loads(answer)
                    totals["posts"] += a["accepted"]
                    totals["inserted"] += a["inserted"]
                else:
                    totals["errors"] += 1
            b += 1

    threads = [threading.Thread(target=client, args=(c,)) for c in range(args.clients)]
    cpu_before = thread_cpu(args.pid) if args.pid else {}
    own_before = os.times()
    start = time.monotonic()
    for t in threads:
        t.start()
    samples = []
    if args.pid:
        while any(t.is_alive() for t in threads):
            samples.append((round(time.monotonic() - start), rss_kb(args.pid)))
            for _ in range(100):
                if not any(t.is_alive() for t in threads):
                    break
                time.sleep(0.1)
        samples.append((round(time.monotonic() - start), rss_kb(args.pid)))
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    own_after = os.times()
    cpu_after = thread_cpu(args.pid) if args.pid else {}
    lat = sorted(totals["latency"])
    pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else 0
    print("clients %d, batch %d, %.1f s: %d requests, %d errors, %d posts accepted (%d inserted)"
          % (args.clients, args.batch, elapsed, totals["requests"], totals["errors"], totals["posts"], totals["inserted"]))
    print("throughput: %.0f posts/s; request latency p50 %.1f ms, p99 %.1f ms"
          % (totals["posts"] / elapsed, pct(0.5), pct(0.99)))
    if samples:
        print("server RSS (s, MiB): " + ", ".join("%d:%.1f" % (s, kb / 1024) for s, kb in samples))
    if cpu_after:
        used = {name: cpu_after[name] - cpu_before.get(name, 0.0) for name in cpu_after}
        total = sum(used.values())
        print("server CPU %.2f s (%.2f us/post): " % (total, total * 1e6 / max(1, totals["posts"]))
              + ", ".join("%s %.2f s" % (name, sec) for name, sec in sorted(used.items(), key=lambda x: -x[1])))
    print("client CPU %.2f s; load average %s" % (own_after.user + own_after.system - own_before.user - own_before.system,
                                               " ".join(open("/proc/loadavg").read().split()[:3])))


if __name__ == "__main__":
    main()
