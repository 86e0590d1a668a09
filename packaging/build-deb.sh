#!/usr/bin/env bash
# Builds the Debian package from a configured build directory: the binary and the man page, then
# CPack's DEB generator (package dependencies computed by dpkg-shlibdeps). Prints the .deb's path.
#   packaging/build-deb.sh [BUILD_DIR] [OUT_DIR]     (default: build/release, and BUILD_DIR/packages)
# A build directory that does not exist yet is configured (Release, no tests).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(realpath -m "${1:-${GT_BUILD_DIR:-$here/build/release}}")"
out="$(realpath -m "${2:-$build/packages}")"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGT_BUILD_TESTS=OFF
fi
type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")"
case "$type" in
    Release|RelWithDebInfo|MinSizeRel) ;;
    *) echo "build-deb: $build is a ${type:-untyped} build; package a Release build" >&2; exit 1 ;;
esac
command -v dpkg-shlibdeps >/dev/null || { echo "build-deb: dpkg-shlibdeps missing (apt-get install dpkg-dev)" >&2; exit 1; }
cmake --build "$build" --target glasstrend gt_manpage --parallel "$(nproc)"
mkdir -p "$out"
rm -f "$out"/glasstrend_*.deb
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
rm -rf "$out/_CPack_Packages"
ls "$out"/glasstrend_*.deb
