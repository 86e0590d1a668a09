#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>

#include <QSqlDatabase>

#include "core/model/result.h"

class Database;
class QThread;
struct sqlite3;

/// Moves SQLite's WAL checkpoints off a busy writer thread and makes them rarer. SQLite
/// checkpoints inside the commit that grew the WAL past wal_autocheckpoint pages (4096, 64 MB),
/// on the committing thread. For the ingest queue's writer, the one thread every POST
/// /api/v1/posts waits for, that was nearly every second commit: a group of 4,000 posts dirties
/// some 3,000 index leaf pages (the same ones, commit after commit), so each checkpoint copied
/// about as many pages as the WAL held, and the writer spent a quarter of its time on them.
///
/// Attached to a writer connection, it lets the WAL grow to `backstopPages` and, from
/// `thresholdPages` on, runs PASSIVE checkpoints on a thread and connection of its own, at most
/// every `minIntervalMs`; they never block the writer. SQLite restarts a WAL only when it was
/// completely copied before a write transaction began, which a checkpointer racing a busy writer
/// rarely achieves, so at `backstopPages` the writer copies the rest itself with a TRUNCATE
/// checkpoint that does not wait for readers: when no reader still needs the WAL, it starts over
/// and its file shrinks to nothing; when one does, the copy is as far as a PASSIVE one gets, and the
/// file is cut back to journal_size_limit when the WAL next restarts. Settings::bounded() derives
/// both page counts from database.max_wal_mb, so the file stays near that bound under sustained
/// ingest (issue 15: with a fixed 512 MB backstop it grew to 540 MB).
class WalCheckpointer
{
public:
    struct Settings
    {
        int thresholdPages = 1024;
        int backstopPages = 3072;
        int minIntervalMs = 200;

        /// For a WAL kept near `maxWalBytes` of `pageSize` pages: the thread from a quarter of it, the
        /// writer at three quarters (one commit's pages may pass the bound before the writer's checkpoint).
        static Settings bounded(qint64 maxWalBytes, qint64 pageSize = 16384);
    };

    WalCheckpointer(std::shared_ptr<Database> database, Settings settings);
    /// Detaches nothing (detach() first) and stops the thread; a checkpoint it is running finishes.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Takes over checkpointing for `writer`, a connection of the calling thread.
    Status attach(const QSqlDatabase &writer);
    /// Gives checkpointing of `writer` back to SQLite: its own wal_autocheckpoint as attach() found it. A WAL left large is copied back and truncated by
    /// the next checkpoint SQLite runs (the next writer's commit past wal_autocheckpoint).
    void detach(const QSqlDatabase &writer);

    /// Checkpoints completed by the thread (for tests and logs).
    int checkpoints() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    std::shared_ptr<Database> m_database;
    Settings m_settings;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_checkpointing; ///< held while either thread checkpoints
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;          ///< guarded by m_mutex
    bool m_stopping = false;        ///< guarded by m_mutex
    int m_checkpoints = 0;          ///< guarded by m_mutex
    int m_autocheckpointPages = 1000; ///< the writer's own wal_autocheckpoint, restored by detach()
};
