#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, start the desktop app.
# The database defaults to GlassTrend's SQLite file in the user's data directory.
# Extra arguments go to glasstrend (e.g. `packaging/run.sh --serve`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
packaging/install-deps.sh
build="${GT_BUILD_DIR:-build/release}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGT_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)" --target glasstrend
exec "$build/app/glasstrend" "$@"
