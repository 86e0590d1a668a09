#pragma once

#include <QString>

/// The `database.*` keys.
struct DatabaseSettings
{
    QString sqlitePath; ///< database.sqlite; empty = the default file in the user's data directory
    /// database.postgres: a connection string. Not supported yet: the storage layer refuses it at
    /// open time with a clear error rather than silently using SQLite.
    QString postgres;
    /// database.max_wal_mb: the size the SQLite WAL file is kept near under sustained ingest (issue 15: it grew to
    /// 540 MB during a long REST ingest).
    int maxWalMb = 64;

    bool operator==(const DatabaseSettings &) const = default;
};
