#!/usr/bin/env bash
# The package's files checked without root (CTest: gt_packaging_lint, label packaging):
# the desktop entry, the AppStream metadata, the icon, the man page (renders without a warning and
# names every flag of `glasstrend --help`), the systemd unit for each role, the maintainer scripts,
# and the HAProxy example. Tools: desktop-file-utils, appstream, libxml2-utils, man-db, systemd,
# haproxy (packaging/install-deps.sh).
#   packaging/lint.sh BINARY      (the built glasstrend, for --help and the unit's ExecStart)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="$(realpath "$1")"
id=org.glasstrend.GlassTrend
failed=0
check() { # check NAME COMMAND…: runs it, prints its output on failure
    local name="$1"; shift
    local out
    if out="$("$@" 2>&1)"; then
        echo "ok    $name"
    else
        echo "FAIL  $name"
        echo "$out" | sed 's/^/      /'
        failed=1
    fi
}
need() {
    command -v "$1" >/dev/null || { echo "FAIL  $1 missing: apt-get install $2 (packaging/install-deps.sh)"; failed=1; return 1; }
}

need desktop-file-validate desktop-file-utils &&
    check "desktop entry" bash -c "out=\$(desktop-file-validate '$here/linux/$id.desktop') && [ -z \"\$out\" ] || { echo \"\$out\"; false; }"
need appstreamcli appstream &&
    check "AppStream metainfo" appstreamcli validate --no-net --explain "$here/linux/$id.metainfo.xml"
need xmllint libxml2-utils && check "icon is well-formed SVG" xmllint --noout "$here/../resources/icons/glasstrend.svg"

if need man man-db; then
    # As lintian renders a man page: any groff warning fails.
    check "man page renders without warnings" bash -c "
        out=\$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z '$here/glasstrend.1' 2>&1 >/dev/null)
        [ -z \"\$out\" ] || { echo \"\$out\"; false; }"
    # Every flag --help names is in the man page (as \-\-flag in roff).
    check "man page names every flag of --help" bash -c "
        missing=''
        for flag in \$('$binary' --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
            grep -q -- \"\$(echo \"\$flag\" | sed 's/-/\\\\\\\\-/g')\" '$here/glasstrend.1' || missing=\"\$missing \$flag\"
        done
        [ -z \"\$missing\" ] || { echo \"not in glasstrend.1:\$missing\"; false; }"
fi

check "systemd unit, each role" "$here/verify-units.sh" "$here/systemd/glasstrend@.service" "$binary"
check "maintainer scripts parse" bash -c "for s in '$here'/debian/postinst '$here'/debian/prerm '$here'/debian/postrm; do sh -n \"\$s\" || exit 1; [ -x \"\$s\" ] || { echo \"\$s is not executable\"; exit 1; }; done"
need haproxy haproxy && check "HAProxy example" haproxy -c -q -f "$here/haproxy/haproxy.cfg"

exit $failed
