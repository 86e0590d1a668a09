#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>

#include <QSqlDatabase>

#include "core/model/result.h"

class Database;
class QThread;
struct sqlite3;

/// Moves SQLite's WAL checkpoints off a busy writer thread. SQLite checkpoints inside the commit
/// that grew the WAL past wal_autocheckpoint pages, on the committing thread: for the ingest
/// queue's writer, the one thread every POST /api/v1/posts waits for, that was an eighth of its
/// time (copying 64 MB of pages into the database file and an fdatasync). Attached to a writer
/// connection, it replaces that with a PASSIVE checkpoint on a thread and connection of its own
/// (which never blocks the writer) once the WAL holds `thresholdPages`, at most every
/// `minIntervalMs`. If the WAL still reaches `backstopPages`, the writer checkpoints inline as
/// before, so the WAL stays bounded whatever happens.
class WalCheckpointer
{
public:
    struct Settings
    {
        int thresholdPages = 1024;
        int backstopPages = 4096; ///< the storage's own wal_autocheckpoint and journal_size_limit (64 MB)
        int minIntervalMs = 200;
    };

    WalCheckpointer(std::shared_ptr<Database> database, Settings settings);
    /// Detaches nothing (detach() first) and stops the thread after a last checkpoint.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Takes over checkpointing for `writer`, a connection of the calling thread.
    Status attach(const QSqlDatabase &writer);
    /// Gives checkpointing of `writer` back to SQLite (wal_autocheckpoint = thresholdPages).
    void detach(const QSqlDatabase &writer);

    /// Checkpoints completed by the thread (for tests and logs).
    int checkpoints() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    std::shared_ptr<Database> m_database;
    Settings m_settings;
    std::unique_ptr<QThread> m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;   ///< guarded by m_mutex
    bool m_stopping = false; ///< guarded by m_mutex
    int m_checkpoints = 0;   ///< guarded by m_mutex
};
