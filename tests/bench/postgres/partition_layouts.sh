#!/usr/bin/env bash
# Runs partition_layouts.sql against a scratch PostgreSQL database (run by hand; see the SQL's header).
# usage: tests/bench/postgres/partition_layouts.sh postgresql://user@host:port/db
set -euo pipefail
psql="${GT_PG_BIN:-/usr/lib/postgresql/15/bin}/psql"
exec "$psql" -X -q "$1" -f "$(dirname "$0")/partition_layouts.sql"
