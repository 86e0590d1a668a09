#pragma once

#include "core/model/result.h"
#include "core/storage/upsertstats.h"

class PreparedBatch;

/// The ingest road's port (ImportService, IngestQueue): one writer thread's transactions on the post
/// store. A session is opened and used on one thread only; it groups upserts into a transaction that
/// it commits or rolls back as a whole, and keeps whatever the backend needs between them (SQLite: its
/// connection, the id caches, the WAL checkpointer; PostgreSQL: its connection and prepared statements).
class IngestSession
{
public:
    virtual ~IngestSession() = default;

    /// Opens a write transaction.
    virtual Status begin() = 0;
    /// Stores a batch inside the open transaction (PostStore::upsert's rules).
    virtual Result<UpsertStats> upsert(const PreparedBatch &batch) = 0;
    /// Writes whatever the upserts held back and commits; nothing of the transaction is kept on error.
    virtual Status commit() = 0;
    /// Rolls back the open transaction, if any, and forgets what the session cached about rows it wrote.
    virtual void rollback() = 0;
    /// Gives back what the session caches between transactions while the road is idle (SQLite: the
    /// connection's page cache, up to 64 MB after a long ingest, and the writer's id caches); the next transaction
    /// reads it again.
    virtual void releaseMemory() {}
};
