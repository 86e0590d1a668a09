#!/usr/bin/env python3
"""Issue 15 findings 1-6 against a running server over raw sockets (run by hand):
    tests/api/bench/http_findings.py PORT   (set server.body_timeout_s low to see 4c answered 408)
"""
import json, socket, sys, time
port = int(sys.argv[1]); H = b"Host: 127.0.0.1:%d\r\n" % port

def conn():
    s = socket.create_connection(("127.0.0.1", port)); s.settimeout(5); return s

def read_all(s, wait=2.0):
    s.settimeout(wait); out = b""
    try:
        while True:
            d = s.recv(65536)
            if not d: return out, True
            out += d
    except socket.timeout:
        return out, False
    except ConnectionResetError:
        return out, "reset"

import re
def statuses(b):
    return [int(m) for m in re.findall(rb"HTTP/1\.[01] (\d{3}) ", b)]

def post(path, body, ctype=b"application/json", extra=b""):
    return b"POST " + path + b" HTTP/1.1\r\n" + H + b"Content-Type: " + ctype + b"\r\nContent-Length: %d\r\n" % len(body) + extra + b"\r\n" + body

def get(path, extra=b""):
    return b"GET " + path + b" HTTP/1.1\r\n" + H + extra + b"\r\n"

posts = [{"platform": "tiktok", "post_id": "f%d-%d" % (int(time.time()), i), "creator_id": "c%d" % i, "created_at": "2025-06-01T10:00:00Z",
          "text": "#matcha", "likes": 1} for i in range(1000)]
body = json.dumps({"posts": posts}).encode()

# 1: pipelined GET + oversize POST (limit 16 MiB): expect 200 then 413
s = conn(); big = b"x" * (20 * 1024 * 1024)
try:
    s.sendall(get(b"/health") + post(b"/api/v1/posts", big))
except Exception as e:
    pass
out, closed = read_all(s, 10); print("1 pipelined GET + 20 MiB POST:", statuses(out), "closed" if closed else "open")
# 2: GET /health + POST 1000 posts in one write
s = conn(); s.sendall(get(b"/health") + post(b"/api/v1/posts", body)); out, closed = read_all(s, 10)
print("2 GET + POST(1000 posts) in one write:", statuses(out))
# 3: order: /api/v1/runs then /health
s = conn(); s.sendall(get(b"/api/v1/runs") + get(b"/health")); out, _ = read_all(s, 2)
bodies = out.split(b"\r\n\r\n")
first_json = out.split(b"\r\n\r\n", 1)[1][:20] if b"\r\n\r\n" in out else b""
print("3 runs then health, first answer body starts:", first_json)
# 4: Connection: close / HTTP/1.0 / short body
s = conn(); s.sendall(get(b"/health", b"Connection: close\r\n")); out, closed = read_all(s, 2); print("4a Connection: close ->", statuses(out), "closed" if closed is True else "still open")
s = conn(); s.sendall(b"GET /health HTTP/1.0\r\n\r\n"); out, closed = read_all(s, 2); print("4b HTTP/1.0 ->", statuses(out), "closed" if closed is True else "still open")
s = conn(); s.sendall(post(b"/api/v1/posts", b"{}")[:-1]); out, closed = read_all(s, 3); print("4c Content-Length longer than body, 3 s later:", statuses(out), "closed" if closed is True else "still open")
# 6: content type, host, nosniff
s = conn(); s.sendall(post(b"/api/v1/discover", b"{}", b"text/plain")); out, _ = read_all(s, 3); print("6a POST text/plain ->", statuses(out))
s = conn(); s.sendall(b"GET /health HTTP/1.1\r\nHost: evil.example:%d\r\n\r\n" % port); out, _ = read_all(s, 1); print("6b foreign Host ->", statuses(out))
print("6c nosniff:", b"nosniff" in out)
