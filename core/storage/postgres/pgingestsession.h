#pragma once

#include "core/storage/ingestsession.h"
#include "core/storage/postgres/pgpool.h"
#include "core/storage/postgres/pgpostwriter.h"

/// The PostgreSQL ingest session: one pooled connection for the session's life, its transactions,
/// and a PgPostWriter (ids and partitions it knows). A connection that broke is replaced at the
/// next begin(), so a restarted server is reconnected to without restarting the writer.
class PgIngestSession final : public IngestSession
{
public:
    PgIngestSession(std::shared_ptr<PgPool> pool, PgPool::Lease connection, int retentionDays);
    ~PgIngestSession() override;

    Status begin() override;
    Result<UpsertStats> upsert(const PreparedBatch &batch) override;
    Status commit() override;
    void rollback() override;

private:
    std::shared_ptr<PgPool> m_pool;
    PgPool::Lease m_connection;
    PgPostWriter m_writer;
};
