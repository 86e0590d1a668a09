#!/usr/bin/env bash
# Checks a built glasstrend .deb (CI: packaging/test.sh after the test suite):
#  1. its control data: name, version, dependencies computed from the libraries, conffiles, scripts;
#  2. its files: binary, unit, sysusers, desktop entry, metainfo, icon, man page, configuration;
#  3. unpacked into a scratch root (dpkg -x): the binary runs (--version) and the unit verifies
#     for each role (systemd-analyze verify);
#  4. as root (unless GT_DEB_INSTALL=0): `apt-get install ./glasstrend_*.deb` resolves and installs
#     the dependencies, the installed glasstrend --version runs, the postinst created the user, the
#     installed unit verifies; then the package is purged again (GT_DEB_KEEP=1 keeps it).
#   packaging/check-deb.sh DEB
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deb="$(realpath "$1")"
version="$(sed -n 's/^project(GlassTrend VERSION \([0-9.]*\).*/\1/p' "$here/../CMakeLists.txt")"
fail() { echo "check-deb: $*" >&2; exit 1; }
field() { dpkg-deb -f "$deb" "$1"; }

# 1. control
[ "$(field Package)" = glasstrend ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version $(field Version), CMakeLists says $version"
depends="$(field Depends)"
for lib in libqt6core6 libqt6widgets6 libqt6network6 libyaml-cpp libsqlite3 libqt6sql6-sqlite; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
control="$(mktemp -d)"
root="$(mktemp -d)"
trap 'rm -rf "$control" "$root"' EXIT
dpkg-deb -e "$deb" "$control"
grep -qx /etc/glasstrend/config.yaml "$control/conffiles" || fail "config.yaml is not a conffile"
for s in postinst prerm postrm; do [ -x "$control/$s" ] || fail "no executable $s"; done

# 2. files
dpkg-deb -x "$deb" "$root"
for f in usr/bin/glasstrend lib/systemd/system/glasstrend@.service usr/lib/sysusers.d/glasstrend.conf \
         usr/share/applications/org.glasstrend.GlassTrend.desktop \
         usr/share/metainfo/org.glasstrend.GlassTrend.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.glasstrend.GlassTrend.svg usr/share/man/man1/glasstrend.1.gz \
         etc/glasstrend/config.yaml etc/glasstrend/ingest.env etc/glasstrend/discover.env \
         usr/share/doc/glasstrend/haproxy.cfg; do
    [ -e "$root/$f" ] || fail "missing /$f"
done

# 3. unpacked
"$root/usr/bin/glasstrend" --version | grep -qx "glasstrend $version" || fail "unpacked glasstrend --version"
"$here/verify-units.sh" "$root/lib/systemd/system/glasstrend@.service" "$root/usr/bin/glasstrend"
echo "check-deb: $(basename "$deb"): control, $(dpkg-deb -c "$deb" | grep -vc '/$') files, unpacked binary and unit ok"

# 4. installed
if [ "$(id -u)" -ne 0 ] || [ "${GT_DEB_INSTALL:-1}" = 0 ]; then
    echo "check-deb: not installed (needs root; GT_DEB_INSTALL=0 skips it)"
    exit 0
fi
if dpkg-query -W -f='${Status}' glasstrend 2>/dev/null | grep -q "install ok installed"; then
    fail "glasstrend is installed already; remove it first (the check installs and purges its own)"
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null || fail "apt-get install $deb failed"
cleanup() {
    if [ "${GT_DEB_KEEP:-0}" != 1 ]; then apt-get purge -y -qq glasstrend >/dev/null || true; fi
    rm -rf "$control" "$root"
}
trap cleanup EXIT
[ "$(command -v glasstrend)" = /usr/bin/glasstrend ] || fail "glasstrend is not /usr/bin/glasstrend after install"
glasstrend --version | grep -qx "glasstrend $version" || fail "installed glasstrend --version"
getent passwd glasstrend >/dev/null || fail "the postinst did not create the user glasstrend"
"$here/verify-units.sh" /lib/systemd/system/glasstrend@.service
if grep -qs '^path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
    echo "check-deb: this system's dpkg excludes man pages (slim image): man glasstrend not checked"
else
    man -w glasstrend >/dev/null || fail "man glasstrend does not find the page"
fi
echo "check-deb: installed with apt (dependencies resolved), glasstrend --version, user, unit and man page ok"
