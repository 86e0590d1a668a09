#!/usr/bin/env bash
# Screenshots of the desktop app's main views on the bundled sample data, under Xvfb: trends (cards +
# evidence), clusters, charts, decisions; the trends view with a dark palette; and the Chinese UI
# (trends, clusters and Help → Guide). PNGs go to $1 (default: docs/screenshots/).
# The window is the real MainWindow on a fresh sample database (see tests/ui/screenshots.cpp).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$here/docs/screenshots}")"
build="${GT_BUILD_DIR:-$here/build/screenshots}"
cd "$here"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGT_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target gt_ui_screenshots --parallel "$(nproc)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"
# A fresh XDG tree: the screenshots never touch (or show) the user's own settings and databases.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export QT_QPA_PLATFORM=xcb QT_AUTO_SCREEN_SCALE_FACTOR=0
shoot() {
    xvfb-run -a -s "-screen 0 1920x1200x24 -dpi 96" \
        "$build/tests/ui/gt_ui_screenshots" --db "$scratch/sample.db" --out "$out" --size 1600x1000 "$@"
}
shoot                                                     # light (the system palette)
shoot --dark --prefix dark- --pages trends                # dark palette
shoot --language zh_CN --prefix zh- --pages trends,clusters,guide   # 中文
ls -1 "$out"/*.png
