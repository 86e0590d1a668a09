#!/usr/bin/env bash
# systemd-analyze verify of glasstrend@.service for each role's instance (all, ingest, discover).
#   packaging/verify-units.sh UNIT_FILE [BINARY]
# BINARY replaces /usr/bin/glasstrend in ExecStart when the package is not installed (verify checks
# that the program exists). Any message from systemd-analyze — an unknown key is only a warning to
# it — fails the check. Works without a running systemd (containers included).
set -euo pipefail
unit="$(realpath "$1")"
binary="${2:-}"
command -v systemd-analyze >/dev/null || { echo "verify-units: systemd-analyze missing (apt-get install systemd)" >&2; exit 1; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if [ -n "$binary" ]; then
    sed "s|/usr/bin/glasstrend|$(realpath "$binary")|" "$unit" > "$scratch/glasstrend@.service"
else
    cp "$unit" "$scratch/glasstrend@.service"
fi
status=0
for role in all ingest discover; do
    ln -s "glasstrend@.service" "$scratch/glasstrend@$role.service"
    if ! messages="$(cd "$scratch" && SYSTEMD_LOG_COLOR=0 systemd-analyze verify --man=no "./glasstrend@$role.service" 2>&1)" \
        || [ -n "$messages" ]; then
        echo "verify-units: glasstrend@$role.service:" >&2
        echo "${messages:-systemd-analyze verify failed}" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "verify-units: glasstrend@{all,ingest,discover}.service verified"
exit $status
