#include "core/storage/postgres/pgpool.h"

using namespace Qt::StringLiterals;

void PgPool::Giveback::operator()(PgConnection *connection) const
{
    if (auto owner = pool.lock())
        owner->giveBack(connection);
    else
        delete connection;
}

Result<PgPool::Lease> PgPool::acquire()
{
    {
        const std::lock_guard lock(m_mutex);
        while (!m_idle.empty()) {
            std::unique_ptr<PgConnection> connection = std::move(m_idle.back());
            m_idle.pop_back();
            if (connection->healthy())
                return Lease(connection.release(), Giveback{weak_from_this()});
        }
    }
    auto opened = PgConnection::open(m_uri);
    if (!opened)
        return opened.error();
    return Lease(opened.value().release(), Giveback{weak_from_this()});
}

void PgPool::giveBack(PgConnection *connection)
{
    std::unique_ptr<PgConnection> owned(connection);
    if (!owned->healthy())
        return;
    if (owned->inTransaction()) {
        // Left open by an error path: nothing of it may leak into the next borrower's work.
        if (!owned->execute(u"ROLLBACK"_s, u"roll back"_s))
            return;
    }
    const std::lock_guard lock(m_mutex);
    if (int(m_idle.size()) < m_maxIdle)
        m_idle.push_back(std::move(owned));
}
