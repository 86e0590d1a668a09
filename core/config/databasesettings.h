#pragma once

#include <QString>

/// The `database.*` keys.
struct DatabaseSettings
{
    QString sqlitePath; ///< database.sqlite; empty = the default file in the user's data directory
    /// database.url: where the data lives, ahead of database.sqlite: a file path (SQLite) or a
    /// `postgresql://` URI in libpq's syntax (PostgreSQL; the password comes from PGPASSWORD or ~/.pgpass).
    QString url;
    /// database.retention_days: PostgreSQL drops the day partitions of posts older than this many days
    /// (by created_at, against the clock); 0 keeps everything. SQLite keeps everything.
    int retentionDays = 0;
    /// database.max_wal_mb: the size the SQLite WAL file is kept near under sustained ingest (issue 15: it grew to
    /// 540 MB during a long REST ingest).
    int maxWalMb = 64;

    bool operator==(const DatabaseSettings &) const = default;
};
