#include "core/storage/sqlite/walcheckpointer.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include "core/log/log.h"
#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"

using namespace Qt::StringLiterals;

WalCheckpointer::WalCheckpointer(std::shared_ptr<Database> database, Settings settings)
    : m_database(std::move(database)), m_settings(settings)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"gt-wal-checkpoint"_s);
    m_thread->start();
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
}

WalCheckpointer::Settings WalCheckpointer::Settings::bounded(qint64 maxWalBytes, qint64 pageSize)
{
    const qint64 pages = std::max<qint64>(4, maxWalBytes / std::max<qint64>(512, pageSize));
    Settings s;
    s.thresholdPages = int(std::min<qint64>(pages / 4, 1 << 30));
    s.backstopPages = int(std::min<qint64>(pages * 3 / 4, 1 << 30));
    return s;
}

Status WalCheckpointer::attach(const QSqlDatabase &writer)
{
    Result<sqlite3 *> handle = SqliteStatement::nativeHandle(writer);
    if (!handle)
        return handle.error();
    // The connection keeps the storage's journal_size_limit (database.max_wal_mb): the WAL file is cut back to it
    // whenever it restarts.
    QSqlQuery query(writer);
    if (query.exec(u"PRAGMA wal_autocheckpoint"_s) && query.next())
        m_autocheckpointPages = query.value(0).toInt();
    // Replaces the hook behind wal_autocheckpoint (SQLite has one WAL hook per connection).
    sqlite3_wal_hook(handle.value(), &WalCheckpointer::onCommit, this);
    return Ok{};
}

void WalCheckpointer::detach(const QSqlDatabase &writer)
{
    if (Result<sqlite3 *> handle = SqliteStatement::nativeHandle(writer))
        sqlite3_wal_autocheckpoint(handle.value(), m_autocheckpointPages);
}

int WalCheckpointer::checkpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= checkpointer->m_settings.backstopPages) {
        // What SQLite's own hook does at wal_autocheckpoint pages (sqlite3WalDefaultHook).
        QElapsedTimer timer;
        timer.start();
        // A checkpoint running on the thread would make this one return SQLITE_BUSY at once and
        // the WAL grow on: wait for it (it copied most of the pages already).
        const std::lock_guard checkpointing(checkpointer->m_checkpointing);
        // TRUNCATE without waiting: a reader still on an older snapshot must not stall every POST behind the
        // writer (busy_timeout is 10 s). Then the checkpoint copies what it can, as PASSIVE would, and returns BUSY.
        sqlite3_busy_timeout(db, 0);
        const int rc = sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_busy_timeout(db, Database::kBusyTimeoutMs);
        gtlog::storage()->debug("WAL checkpoint on the writer at {} pages: {} in {:.1f} ms", pages,
                                rc == SQLITE_OK ? "truncated" : "readers still on it", timer.nsecsElapsed() / 1e6);
        return SQLITE_OK;
    }
    if (pages >= checkpointer->m_settings.thresholdPages) {
        {
            const std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_wanted = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_wanted || m_stopping; });
            if (m_stopping)
                break;
            m_wanted = false;
        }
        QElapsedTimer timer;
        timer.start();
        {
            const std::lock_guard checkpointing(m_checkpointing);
            QSqlQuery query(m_database->connection());
            // PASSIVE: copies what no reader still needs, without waiting for or blocking anyone.
            if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !query.next()) {
                gtlog::storage()->warn("WAL checkpoint failed: {}", query.lastError().text().toStdString());
            } else {
                gtlog::storage()->debug("WAL checkpoint: {} of {} pages in {} ms", query.value(2).toInt(),
                                        query.value(1).toInt(), timer.elapsed());
            }
        }
        std::unique_lock lock(m_mutex);
        ++m_checkpoints;
        // Pages rewritten by the next commits are copied once per interval, not once per commit.
        m_wake.wait_for(lock, std::chrono::milliseconds(m_settings.minIntervalMs), [&] { return m_stopping; });
        if (m_stopping)
            break;
    }
}
