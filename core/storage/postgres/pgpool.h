#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include <QString>

#include "core/model/result.h"
#include "core/storage/postgres/pgconnection.h"

/// A small pool of connections to one database shared by every thread: acquire() lends an idle one
/// (or opens one), and the lease gives it back when it goes, unless it broke.
class PgPool : public std::enable_shared_from_this<PgPool>
{
public:
    explicit PgPool(QString uri, int maxIdle = 8) : m_uri(std::move(uri)), m_maxIdle(maxIdle) {}

    struct Giveback
    {
        std::weak_ptr<PgPool> pool;
        void operator()(PgConnection *connection) const;
    };
    using Lease = std::unique_ptr<PgConnection, Giveback>;

    Result<Lease> acquire();
    const QString &uri() const { return m_uri; }

private:
    void giveBack(PgConnection *connection);

    QString m_uri;
    int m_maxIdle = 8;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<PgConnection>> m_idle; ///< guarded by m_mutex
};
