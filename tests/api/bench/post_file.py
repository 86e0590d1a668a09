#!/usr/bin/env python3
"""Posts a native NDJSON file to POST /api/v1/posts over real HTTP (run by hand, never in CI).

The memory benchmark of issue 13 ingests the generated 1M set this way before discovering:

    glasstrend --serve --db /tmp/gt/rest1m.db --port 8765 &
    tests/api/bench/post_file.py /tmp/gt/1m.ndjson --port 8765 --clients 4 --batch 1000 --pid $!
    curl -X POST localhost:8765/api/v1/discover -H 'Content-Type: application/json' -d '{"as_of":"…"}'
    grep VmHWM /proc/$!/status

Each client keeps one keep-alive connection and posts its share of the batches in file order; the
lines are sent as they are (each a JSON object), so what the server reads is exactly the file.
"""
import argparse
import http.client
import sys
import threading
import time


def vm(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return -1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--token", default="")
    ap.add_argument("--pid", type=int, default=0, help="server pid: report its RSS and VmHWM at the end")
    args = ap.parse_args()

    with open(args.file, "rb") as f:
        lines = [line.strip() for line in f if line.strip()]
    bodies = [b'{"posts":[' + b",".join(lines[i:i + args.batch]) + b"]}" for i in range(0, len(lines), args.batch)]
    del lines
    headers = {"Content-Type": "application/json"}
    if args.token:
        headers["Authorization"] = "Bearer " + args.token

    totals = {"accepted": 0, "failed": 0}
    lock = threading.Lock()

    def client(n):
        conn = http.client.HTTPConnection(args.host, args.port, timeout=120)
        for body in bodies[n::args.clients]:
            for attempt in range(5):
                try:
                    conn.request("POST", "/api/v1/posts", body=body, headers=headers)
                    response = conn.getresponse()
                    text = response.read()
                    if response.status == 200:
                        accepted = int(text.split(b'"accepted":', 1)[1].split(b",", 1)[0])
                        with lock:
                            totals["accepted"] += accepted
                        break
                    if response.status != 503:
                        sys.stderr.write("HTTP %d: %s\n" % (response.status, text[:200]))
                        with lock:
                            totals["failed"] += 1
                        break
                except (OSError, http.client.HTTPException):
                    conn.close()
                    conn = http.client.HTTPConnection(args.host, args.port, timeout=120)
                time.sleep(0.5 * (attempt + 1))

    start = time.time()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.time() - start
    print("posted %d batches, %d posts accepted, %d batches failed, %.1f s, %.0f posts/s"
          % (len(bodies), totals["accepted"], totals["failed"], seconds, totals["accepted"] / seconds))
    if args.pid:
        print("server RSS %d MB, VmHWM %d MB" % (vm(args.pid, "VmRSS") // 1024, vm(args.pid, "VmHWM") // 1024))
    return 0 if totals["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
