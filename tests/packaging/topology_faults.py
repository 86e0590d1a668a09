#!/usr/bin/env python3
"""Faults through a real team topology (issue 14), over real HTTP: packaging/topology.sh brings up PostgreSQL,
two ingest instances, one discover instance and HAProxy on free ports; clients post through HAProxy and retry
what is not acknowledged, as a collector would.

1. One ingest instance killed with SIGKILL under load: every acknowledged post is stored, the clients carried on
   through the other instance.
2. PostgreSQL stopped during ingest: an instance answers 503 with Retry-After while it is down; after it is back,
   the instances reconnect by themselves and every acknowledged post is stored.
3. Redis (the read cache) killed with SIGKILL while readers read through HAProxy: no client sees an error.
4. Two discover instances with discovery.schedule on one database: each tick is run once, not once per instance.

usage: topology_faults.py --bin GLASSTREND --topology packaging/topology.sh
Exit 0 when every check holds; 77 (CTest's skip) when PostgreSQL 15 or HAProxy is not installed.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

PG_BIN = os.environ.get("GT_PG_BIN", "/usr/lib/postgresql/15/bin")


def log(*args):
    print("[%s]" % time.strftime("%H:%M:%S"), *args, flush=True)


class Topology:
    def __init__(self, script, binary, folder):
        self.script, self.binary, self.folder = script, binary, folder
        self.env = {}

    def up(self, *extra):
        subprocess.run([self.script, "up", self.folder, "--bin", self.binary, "--fast", *extra], check=True)
        with open(os.path.join(self.folder, "topology.env")) as f:
            for line in f:
                key, _, value = line.strip().partition("=")
                self.env[key] = value.strip('"')

    def part(self, action, name):
        subprocess.run([self.script, action, name, self.folder], check=True)

    def down(self):
        subprocess.run([self.script, "down", self.folder], check=False)

    def port(self, name):
        return int(self.env[name + "_PORT"])

    def pid(self, name):
        with open(os.path.join(self.folder, name + ".pid")) as f:
            return int(f.read())

    def sql(self, query):
        out = subprocess.run([os.path.join(PG_BIN, "psql"), "-X", "-A", "-t", "-q", "-h", "127.0.0.1", "-p",
                              self.env["GT_PG_PORT"], "-U", "glasstrend", "-d", "glasstrend", "-c", query],
                             check=True, capture_output=True, text=True)
        return out.stdout


def batch_body(prefix, size):
    posts = []
    for i in range(size):
        posts.append({"platform": "tiktok", "post_id": "%s-%d" % (prefix, i), "creator_id": "c%d" % (i % 97),
                      "text": "fault test #matcha #latte", "hashtags": ["matcha", "latte"], "likes": i,
                      "comments": 1, "shares": 0, "created_at": "2025-06-01T%02d:%02d:00Z" % (i % 24, i % 60),
                      "region": "US"})
    return json.dumps({"posts": posts}).encode()


class Clients:
    """Collectors posting batches of unique posts through HAProxy, each retrying its batch until acknowledged."""

    def __init__(self, port, run, count=4, size=200):
        self.port, self.run, self.count, self.size = port, run, count, size
        self.acked = set()
        self.statuses = {}
        self.retry_after = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.work, args=(c,)) for c in range(count)]

    def start(self):
        for t in self.threads:
            t.start()

    def stop(self, grace=60):
        """Stops after each client's current batch is acknowledged (or `grace` seconds pass)."""
        self.stopping.set()
        for t in self.threads:
            t.join(grace)
        return not any(t.is_alive() for t in self.threads)

    def note(self, status, retry_after=None):
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if retry_after:
                self.retry_after += 1

    def work(self, client):
        seq = 0
        while not self.stopping.is_set():
            prefix = "%s-%d-%d" % (self.run, client, seq)
            body = batch_body(prefix, self.size)
            give_up = time.time() + 60
            while time.time() < give_up:
                status, retry_after = self.post(body)
                self.note(status, retry_after)
                if status == 200:
                    with self.lock:
                        self.acked.update("%s-%d" % (prefix, i) for i in range(self.size))
                    break
                time.sleep(min(float(retry_after or 0.2), 1.0))
            seq += 1

    def post(self, body):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            conn.request("POST", "/api/v1/posts", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            conn.close()
            return response.status, response.getheader("Retry-After")
        except (OSError, http.client.HTTPException) as error:
            return type(error).__name__, None


def stored_ids(topology, run):
    rows = topology.sql("SELECT post_id FROM post_identity WHERE post_id LIKE '%s-%%'" % run)
    return set(line for line in rows.splitlines() if line)


def check(condition, what):
    if not condition:
        log("FAIL:", what)
        sys.exit(1)
    log("ok:", what)


def ingest_instance_killed(topology):
    log("fault 1: ingest1 killed with SIGKILL under load")
    clients = Clients(topology.port("GT_HAPROXY"), "kill")
    clients.start()
    time.sleep(1.5)
    os.kill(topology.pid("ingest1"), signal.SIGKILL)
    time.sleep(3.0)
    check(clients.stop(), "every client's last batch acknowledged after the kill")
    stored = stored_ids(topology, "kill")
    log("statuses", clients.statuses, "acknowledged", len(clients.acked), "stored", len(stored))
    check(len(clients.acked) > 0, "posts were acknowledged")
    check(clients.acked <= stored, "every acknowledged post is stored (%d missing)" % len(clients.acked - stored))
    topology.part("start", "ingest1")


def postgres_restarted(topology):
    log("fault 2: PostgreSQL stopped and started again during ingest")
    clients = Clients(topology.port("GT_HAPROXY"), "pgdown")
    clients.start()
    time.sleep(1.0)
    topology.part("stop", "postgres")
    # While it is down an instance answers 503 with Retry-After (never a hang, never a 500).
    probe = Clients(topology.port("ingest2"), "probe")
    status, retry_after = probe.post(batch_body("probe", 3))
    log("an ingest instance with its database down answered", status, "Retry-After", retry_after)
    check(status == 503 and retry_after, "503 with Retry-After while PostgreSQL is down")
    time.sleep(2.0)
    topology.part("start", "postgres")
    time.sleep(4.0)
    check(clients.stop(), "every client's last batch acknowledged once PostgreSQL was back")
    stored = stored_ids(topology, "pgdown")
    log("statuses", clients.statuses, "acknowledged", len(clients.acked), "stored", len(stored))
    check(clients.acked <= stored, "every acknowledged post is stored (%d missing)" % len(clients.acked - stored))
    after = Clients(topology.port("GT_HAPROXY"), "after")
    check(after.post(batch_body("after", 10))[0] == 200, "ingest works again without restarting any instance")
    for name in ("ingest1", "ingest2", "discover1", "discover2"):
        conn = http.client.HTTPConnection("127.0.0.1", topology.port(name), timeout=10)
        conn.request("GET", "/health")
        health = json.loads(conn.getresponse().read())
        check(health.get("database") == "ok", "%s reconnected: /health says database %s" % (name, health.get("database")))


def get(port, path):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return response.status, body
    except (OSError, http.client.HTTPException) as error:
        return type(error).__name__, b""


def redis_killed(topology):
    log("fault 3: Redis killed with SIGKILL while clients read")
    port = topology.port("GT_HAPROXY")
    conn = http.client.HTTPConnection("127.0.0.1", topology.port("discover1"), timeout=10)
    conn.request("GET", "/health")
    health = json.loads(conn.getresponse().read())
    check(health.get("cache", {}).get("state") == "ok", "the discover instance uses Redis: %s" % health.get("cache"))
    statuses = {}
    stopping = threading.Event()

    def read():
        while not stopping.is_set():
            for path in ("/api/v1/tiles", "/api/v1/runs", "/health"):
                status, _ = get(port, path)
                statuses[status] = statuses.get(status, 0) + 1

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    time.sleep(1.5)
    os.kill(topology.pid("redis"), signal.SIGKILL)
    time.sleep(2.5)
    stopping.set()
    for t in readers:
        t.join(30)
    log("statuses", statuses)
    check(set(statuses) == {200} and statuses[200] > 0, "every read answered 200 while Redis died")
    topology.part("start", "redis")


def log_lines(topology, name, needle):
    with open(os.path.join(topology.folder, name + ".log"), errors="replace") as f:
        return sum(1 for line in f if needle in line)


def schedule_once_per_tick(topology, interval_s):
    log("fault 4: two discover instances with discovery.schedule %ds: one run per tick" % interval_s)
    ran = ("scheduled discovery stored run", "scheduled discovery failed")
    count_runs = lambda: sum(log_lines(topology, n, needle) for n in ("discover1", "discover2") for needle in ran)
    count_taken = lambda: sum(log_lines(topology, n, "is run by another instance") for n in ("discover1", "discover2"))
    count_ticks = lambda: int(topology.sql("SELECT count(*) FROM schedule_ticks").strip())
    runs0, taken0, ticks0 = count_runs(), count_taken(), count_ticks()
    time.sleep(interval_s * 4 + 1)
    runs, taken, ticks = count_runs() - runs0, count_taken() - taken0, count_ticks() - ticks0
    log("ticks claimed", ticks, "runs", runs, "ticks seen taken by the other instance", taken)
    check(ticks >= 3, "the schedule ticked (%d ticks)" % ticks)
    # Each instance runs one discovery at a time, so at either end of the watch at most two runs are in flight
    # (claimed but not finished, or finished but claimed before): one run per tick within that, never one per
    # instance (2 × ticks). An instance still running skips a tick instead of finding it taken.
    check(ticks - 2 <= runs <= ticks + 2, "one run per tick, not one per instance (%d runs for %d ticks)" % (runs, ticks))
    check(taken >= 1, "the other instance found ticks taken (%d)" % taken)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--topology", required=True)
    ap.add_argument("--keep", action="store_true", help="leave the folder (logs) behind")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(PG_BIN, "initdb")) or not shutil.which("haproxy") or not shutil.which("redis-server"):
        print("skipped: needs PostgreSQL 15 (%s), haproxy and redis-server (packaging/install-deps.sh)" % PG_BIN)
        return 77
    folder = tempfile.mkdtemp(prefix="gt-topology-")
    topology = Topology(os.path.abspath(args.topology), os.path.abspath(args.bin), folder)
    try:
        schedule_s = 2
        topology.up("--discover", "2", "--redis", "--schedule", "%ds" % schedule_s)
        ingest_instance_killed(topology)
        postgres_restarted(topology)
        redis_killed(topology)
        schedule_once_per_tick(topology, schedule_s)
    except subprocess.CalledProcessError as error:
        log("FAIL:", error)
        return 1
    finally:
        topology.down()
        if args.keep:
            log("kept", folder)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
