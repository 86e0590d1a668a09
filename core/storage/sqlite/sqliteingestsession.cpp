#include "core/storage/sqlite/sqliteingestsession.h"

#include <sqlite3.h>

#include <string>

#include "core/log/log.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/sqlite/walcheckpointer.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/sqltransaction.h"

SqliteIngestSession::SqliteIngestSession(std::shared_ptr<Database> database)
    : m_database(std::move(database)), m_db(m_database->connection()),
      m_repository(std::make_unique<PostRepository>(m_database)),
      m_checkpointer(
          std::make_unique<WalCheckpointer>(m_database, WalCheckpointer::Settings::bounded(m_database->maxWalBytes())))
{
    if (Result<sqlite3 *> handle = SqliteStatement::nativeHandle(m_db)) {
        const std::string pragma = "PRAGMA cache_size = -" + std::to_string(Database::kWriterPageCacheKib);
        sqlite3_exec(handle.value(), pragma.c_str(), nullptr, nullptr, nullptr);
    }
    Status attached = m_checkpointer->attach(m_db);
    m_checkpointing = attached.ok();
    if (!attached)
        gtlog::ingest()->warn("ingest: checkpoints stay on the writer: {}", attached.error().message.toStdString());
}

SqliteIngestSession::~SqliteIngestSession()
{
    m_transaction.reset();
    if (m_checkpointing)
        m_checkpointer->detach(m_db);
}

Status SqliteIngestSession::begin()
{
    m_transaction = std::make_unique<SqlTransaction>(m_db);
    return m_transaction->begin();
}

Result<UpsertStats> SqliteIngestSession::upsert(const PreparedBatch &batch)
{
    return m_repository->upsert(batch);
}

Status SqliteIngestSession::commit()
{
    if (Status flushed = m_repository->flushPendingTags(); !flushed)
        return flushed;
    Status committed = m_transaction ? m_transaction->commit() : Status(Ok{});
    m_transaction.reset();
    return committed;
}

void SqliteIngestSession::rollback()
{
    m_transaction.reset(); // rolls back unless committed
    // The id caches may name rows that were rolled back: start afresh.
    m_repository = std::make_unique<PostRepository>(m_database);
}

void SqliteIngestSession::releaseMemory()
{
    if (m_transaction)
        return;
    if (Result<sqlite3 *> handle = SqliteStatement::nativeHandle(m_db))
        sqlite3_db_release_memory(handle.value());
    // The writer's caches too (every committed tag name, each post's tag generation): the next batch reads what it
    // needs again.
    m_repository = std::make_unique<PostRepository>(m_database);
}
