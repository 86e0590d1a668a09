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
/// Attached to a writer connection, it lets the WAL grow to `backstopPages` (512 MB of 16 KB
/// pages; the connection's journal_size_limit is lifted meanwhile, since truncating after each
/// restart cost the writer too) and, from `thresholdPages` on, runs PASSIVE checkpoints on a
/// thread and connection of its own, at most every `minIntervalMs`; they never block the writer.
/// SQLite restarts a WAL only when it was completely copied before a write transaction began,
/// which a checkpointer racing a busy writer rarely achieves, so at `backstopPages` the writer
/// copies the rest itself and the WAL starts over: once every ten or so commits instead of every
/// second one, and mostly of pages the thread already copied.
class WalCheckpointer
{
public:
    struct Settings
    {
        int thresholdPages = 8192;
        int backstopPages = 32768;
        int minIntervalMs = 200;
    };

    WalCheckpointer(std::shared_ptr<Database> database, Settings settings);
    /// Detaches nothing (detach() first) and stops the thread; a checkpoint it is running finishes.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Takes over checkpointing for `writer`, a connection of the calling thread.
    Status attach(const QSqlDatabase &writer);
    /// Gives checkpointing of `writer` back to SQLite: its own wal_autocheckpoint and
    /// journal_size_limit as attach() found them. A WAL left large is copied back and truncated by
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
    qint64 m_journalSizeLimit = -1; ///< the writer's own setting, restored by detach()
    int m_autocheckpointPages = 1000; ///< the writer's own wal_autocheckpoint, restored by detach()
};
