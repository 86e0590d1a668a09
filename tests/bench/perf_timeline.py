#!/usr/bin/env python3
"""What each thread did, bucket by bucket, from a `perf record` of one command: the samples per thread and the three
hottest functions in each bucket. Shows where a core sat idle (a serial step) and what ran beside what.

    perf record -F 2000 -o /tmp/p.data build/app/glasstrend discover --db 1m.db --as-of 2026-11-20T12:00:00Z
    perf script -i /tmp/p.data -F tid,time,ip,sym -G | tests/bench/perf_timeline.py 100

At -F 2000 a thread busy for a whole 100 ms bucket has 200 samples."""
import collections
import re
import sys

bucket_ms = int(sys.argv[1]) if len(sys.argv) > 1 else 100
start = None
buckets = collections.defaultdict(collections.Counter)
for line in sys.stdin:
    m = re.match(r'^\s*(\d+)\s+([\d.]+):\s+[0-9a-f]+\s+(.*)$', line)
    if not m:
        continue
    tid, t, symbol = m.group(1), float(m.group(2)), re.sub(r'\(.*$', '', m.group(3)).strip()
    start = t if start is None else start
    buckets[(int((t - start) * 1000 // bucket_ms) * bucket_ms, tid)][symbol[-45:]] += 1
for (ms, tid), symbols in sorted(buckets.items()):
    top = ' | '.join(f'{s} {n}' for s, n in symbols.most_common(3))
    print(f'{ms:5d} ms  thread {tid}  {sum(symbols.values()):4d}  {top}')
