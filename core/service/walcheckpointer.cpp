#include "core/service/walcheckpointer.h"

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

Status WalCheckpointer::attach(const QSqlDatabase &writer)
{
    Result<sqlite3 *> handle = SqliteStatement::nativeHandle(writer);
    if (!handle)
        return handle.error();
    // The WAL may now grow to backstopPages: truncating it back to the storage's
    // journal_size_limit after every restart would cost the writer as much as it saves.
    QSqlQuery query(writer);
    if (query.exec(u"PRAGMA journal_size_limit"_s) && query.next())
        m_journalSizeLimit = query.value(0).toLongLong();
    if (query.exec(u"PRAGMA wal_autocheckpoint"_s) && query.next())
        m_autocheckpointPages = query.value(0).toInt();
    (void)query.exec(u"PRAGMA journal_size_limit = -1"_s);
    // Replaces the hook behind wal_autocheckpoint (SQLite has one WAL hook per connection).
    sqlite3_wal_hook(handle.value(), &WalCheckpointer::onCommit, this);
    return Ok{};
}

void WalCheckpointer::detach(const QSqlDatabase &writer)
{
    if (Result<sqlite3 *> handle = SqliteStatement::nativeHandle(writer))
        sqlite3_wal_autocheckpoint(handle.value(), m_autocheckpointPages);
    QSqlQuery query(writer);
    (void)query.exec(u"PRAGMA journal_size_limit = %1"_s.arg(m_journalSizeLimit));
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
        (void)sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        gtlog::storage()->debug("WAL checkpoint on the writer at {} pages: {:.1f} ms", pages,
                                timer.nsecsElapsed() / 1e6);
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
