#include "core/storage/postgres/pgingestsession.h"

using namespace Qt::StringLiterals;

PgIngestSession::PgIngestSession(std::shared_ptr<PgPool> pool, PgPool::Lease connection, int retentionDays)
    : m_pool(std::move(pool)), m_connection(std::move(connection)), m_writer(retentionDays)
{
}

PgIngestSession::~PgIngestSession()
{
    rollback();
}

Status PgIngestSession::begin()
{
    if (!m_connection || !m_connection->healthy()) {
        m_connection.reset();
        m_writer.rolledBack();
        auto again = m_pool->acquire();
        if (!again)
            return again.error();
        m_connection = std::move(again).value();
    }
    return m_connection->execute(u"BEGIN"_s, u"begin"_s);
}

Result<UpsertStats> PgIngestSession::upsert(const PreparedBatch &batch)
{
    if (!m_connection)
        return Error{u"busy"_s, u"PostgreSQL: no connection"_s, {}};
    return m_writer.upsert(*m_connection, batch);
}

Status PgIngestSession::commit()
{
    if (!m_connection)
        return Error{u"busy"_s, u"PostgreSQL: no connection"_s, {}};
    Status committed = m_connection->execute(u"COMMIT"_s, u"commit"_s);
    if (committed)
        m_writer.committed();
    else
        rollback();
    return committed;
}

void PgIngestSession::rollback()
{
    if (m_connection && m_connection->healthy() && m_connection->inTransaction())
        (void)m_connection->execute(u"ROLLBACK"_s, u"roll back"_s);
    m_writer.rolledBack();
}
