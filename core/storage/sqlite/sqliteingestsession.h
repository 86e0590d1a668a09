#pragma once

#include <memory>
#include <optional>

#include <QSqlDatabase>

#include "core/storage/ingestsession.h"

class Database;
class PostRepository;
class SqlTransaction;
class WalCheckpointer;

/// The SQLite ingest session: the calling thread's connection, a PostRepository whose tag rows are
/// written at commit (flushPendingTags), and a WalCheckpointer that moves WAL checkpoints off this
/// writer for as long as the session lives (see walcheckpointer.h).
class SqliteIngestSession final : public IngestSession
{
public:
    explicit SqliteIngestSession(std::shared_ptr<Database> database);
    /// Rolls back an open transaction and gives checkpointing back to SQLite.
    ~SqliteIngestSession() override;
    SqliteIngestSession(const SqliteIngestSession &) = delete;
    SqliteIngestSession &operator=(const SqliteIngestSession &) = delete;

    Status begin() override;
    Result<UpsertStats> upsert(const PreparedBatch &batch) override;
    Status commit() override;
    void rollback() override;
    void releaseMemory() override;

private:
    std::shared_ptr<Database> m_database;
    QSqlDatabase m_db;
    std::unique_ptr<PostRepository> m_repository;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    bool m_checkpointing = false;
    std::unique_ptr<SqlTransaction> m_transaction;
};
