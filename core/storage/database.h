#pragma once

#include <memory>
#include <mutex>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "core/model/result.h"

/// One SQLite database file, shared by every thread of the process. Each thread talks to it
/// through its own named QSqlDatabase connection (a connection must never cross threads), created
/// on first use and removed when that thread finishes or when the Database goes away.
///
/// Every connection runs in WAL mode with synchronous=NORMAL (a committed transaction survives a
/// killed process; only an OS crash may lose the last commits, never consistency), foreign keys
/// on, and a busy timeout so that a writer waits for another writer instead of failing.
class Database
{
public:
    /// Opens (creating the file and its parent directories if needed) and migrates the schema to
    /// the newest version. A database written by a newer GlassTrend is refused with
    /// code "schema_too_new" instead of being touched.
    /// `maxWalBytes` (database.max_wal_mb) bounds the WAL file: each connection's journal_size_limit, and the
    /// checkpoints of a WalCheckpointer attached to a writer.
    static Result<std::shared_ptr<Database>> open(const QString &sqlitePath, qint64 maxWalBytes = kDefaultMaxWalBytes);

    static constexpr qint64 kDefaultMaxWalBytes = 64LL << 20;
    /// How long a connection waits for another's lock before SQLITE_BUSY.
    static constexpr int kBusyTimeoutMs = 10000;
    /// Each connection's page cache (KiB). Readers need little (scans use even less, ScanPageCache): every worker
    /// thread of a server keeps a connection, and their caches together once held more than the live window.
    static constexpr int kPageCacheKib = 16384;
    /// The ingest writer's page cache (KiB, SqliteIngestSession): the index pages of a big import stay in memory.
    /// Given back when the road is idle (IngestSession::releaseMemory).
    static constexpr int kWriterPageCacheKib = 65536;

    /// The SQLite file in the user's data directory: <AppDataLocation of "GlassTrend">/trends.db.
    static QString defaultPath();

    /// The schema version this build writes (PRAGMA user_version after open()).
    static int schemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The calling thread's own open connection to this database (created lazily). Do not keep it
    /// beyond the current task, and never hand it to another thread.
    QSqlDatabase connection() const;

    QString path() const { return m_path; }
    qint64 maxWalBytes() const { return m_maxWalBytes; }

private:
    Database(QString path, qint64 maxWalBytes);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Status migrate(QSqlDatabase &db) const;

    QString m_path;
    qint64 m_maxWalBytes = kDefaultMaxWalBytes;
    QString m_prefix; ///< unique per Database object: connection names are m_prefix + thread id
    mutable std::mutex m_mutex;
    mutable QStringList m_connectionNames; ///< guarded by m_mutex
};
