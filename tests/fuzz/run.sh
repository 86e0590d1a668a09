#!/usr/bin/env bash
# Runs every fuzzer of a GT_FUZZ build, one after another, each for SECONDS (default 15), on a working corpus of its
# own (build/fuzz-work/<name>/corpus, seeded from the build's seed corpus and kept between runs). A crash, leak,
# sanitizer report or timeout stops that fuzzer; its input is saved as build/fuzz-work/<name>/crash-<sha1> (or
# leak-…, timeout-…) and the script exits 1 after running the others.
#
# Before fuzzing, each fuzzer replays the inputs that once failed it (tests/fuzz/regressions/<name>/, one file each):
# a finding is fixed, its input is kept there, and it can never come back unnoticed.
#
# usage: tests/fuzz/run.sh [BUILD_DIR] [SECONDS] [extra libFuzzer flags…]
#   BUILD_DIR  default build/fuzz (the `fuzz` preset); FUZZERS="fuzz_csvparser fuzz_sniff" picks some
set -uo pipefail
build="${1:-build/fuzz}"
seconds="${2:-15}"
shift $(( $# > 2 ? 2 : $# ))
list="$build/tests/fuzz/fuzzers.txt"
[ -f "$list" ] || { echo "run.sh: $list not found: configure with GT_FUZZ=ON (cmake --preset fuzz)" >&2; exit 2; }
work="$build/fuzz-work"
regressions="$(cd "$(dirname "$0")" && pwd)/regressions"
failed=()
while read -r name seeds; do
    [ -n "$name" ] || continue
    if [ -n "${FUZZERS:-}" ] && [[ " $FUZZERS " != *" $name "* ]]; then continue; fi
    binary="$build/tests/fuzz/$name"
    [ -x "$binary" ] || { echo "run.sh: $binary not built (cmake --build $build --target gt_fuzzers)" >&2; failed+=("$name"); continue; }
    mkdir -p "$work/$name/corpus"
    if compgen -G "$regressions/$name/*" >/dev/null; then
        if ! "$binary" -timeout=10 -rss_limit_mb=2048 "$regressions/$name"/* >"$work/$name/replay.log" 2>&1; then
            echo "== $name: a kept regression input fails again"
            tail -n 40 "$work/$name/replay.log"
            failed+=("$name")
            continue
        fi
        echo "== $name: $(ls "$regressions/$name" | wc -l) regression input(s) replayed"
    fi
    echo "== $name: ${seconds}s"
    # -rss_limit_mb: an input that makes a reader hold gigabytes is a finding too.
    if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$work/$name/" "$@" "$work/$name/corpus" "$seeds" 2>"$work/$name/log"; then
        failed+=("$name")
        tail -n 40 "$work/$name/log"
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$work/$name/log" | sed "s/^/   $name /"
done <"$list"
if [ ${#failed[@]} -gt 0 ]; then
    echo "run.sh: FAILED: ${failed[*]} (inputs in $work/<name>/)" >&2
    exit 1
fi
echo "run.sh: every fuzzer ran ${seconds}s without a finding"
