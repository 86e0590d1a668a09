#!/bin/bash
# Cold `glasstrend discover` of two builds side by side: each round runs A then B on the same database, so both see
# the same minute of a noisy machine. Prints each build's wall times and their median and minimum.
#   tests/bench/cold_side_by_side.sh OLD_BINARY NEW_BINARY DB AS_OF [ROUNDS]
# e.g. tests/bench/cold_side_by_side.sh /tmp/glasstrend-before build/app/glasstrend /tmp/gt-lw/1m.db \
#          2026-11-20T12:00:00Z 8
set -euo pipefail
A=$1 B=$2 DB=$3 AS_OF=$4 ROUNDS=${5:-6}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for _ in $(seq "$ROUNDS"); do
    for name in A B; do
        bin=${!name}
        /usr/bin/time -f "$name %e %U %S" "$bin" discover --db "$DB" --as-of "$AS_OF" 2>&1 >/dev/null |
            grep -E "^[AB] " >>"$out"
    done
done
python3 - "$out" <<'PY'
import collections, statistics, sys
walls = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, wall, user, system = line.split()
    walls[name].append(float(wall))
for name in sorted(walls):
    w = walls[name]
    print(f"{name}: {' '.join(f'{x:.2f}' for x in w)}  median {statistics.median(w):.2f} s, min {min(w):.2f} s")
PY
