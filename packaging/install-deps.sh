#!/usr/bin/env bash
# Installs the Debian 12 packages GlassTrend needs to build, test and run — only those missing.
# Run as root (or with sudo). Safe to run again: it does nothing when everything is present.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    clang-14 libclang-rt-14-dev python3  # tests/fuzz: libFuzzer + sanitizers (CI's fuzz smoke), seed script
    # Qt 6.4: Core/Gui/Widgets/Sql/Network/Concurrent/PrintSupport/Test live in qt6-base-dev
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    libsqlite3-dev                             # core/storage: native API of the SQLite Qt's driver uses
    libdeflate-dev                             # core/storage: the compressed run blocks (qCompress's format)
    libpq-dev                                  # core/storage/postgres: libpq (the PostgreSQL backend)
    postgresql-15                              # tests: a real PostgreSQL 15 server (tests/support/pgtestserver)
    libhiredis-dev                             # core/cache/redis: hiredis (the optional Redis read cache, cache.redis_url)
    redis-server                               # tests: a real Redis (tests/support/redistestserver)
    qt6-l10n-tools qt6-tools-dev               # lupdate/lrelease and Qt6LinguistTools (the zh_CN translation)
    qt6-translations-l10n                      # Qt's own zh_CN strings (standard buttons and dialogs)
    qt6-charts-dev libqt6opengl6-dev           # Qt Charts needs the OpenGL dev package apt does not pull in
    qt6-qpa-plugins                            # offscreen platform for headless PDF export and GUI tests
    libyaml-cpp-dev libspdlog-dev
    # Chinese hashtags must render in the app and in PDFs
    fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core   # PDFs embed WenQuanYi (TrueType: Chinese text extracts correctly)
    # tests: pdftotext for PDF checks, Xvfb for screenshots
    poppler-utils xvfb xauth
    # the .deb (packaging/build-deb.sh: dpkg-shlibdeps) and its checks (packaging/lint.sh, check-deb.sh):
    # desktop entry, AppStream metadata, SVG, man page, systemd-analyze verify, the HAProxy example
    dpkg-dev desktop-file-utils appstream libxml2-utils man-db groff-base systemd haproxy
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1; }
    SUDO=sudo
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
