#pragma once

#include <memory>

#include "core/storage/alertstore.h"

class PgPool;

/// AlertStore over the alerts table of a PostgreSQL database (migration 3): each (trend, reason) once, whichever
/// instance raises it first; the same columns and order as SqliteAlertStore.
class PgAlertStore final : public AlertStore
{
public:
    explicit PgAlertStore(std::shared_ptr<PgPool> pool) : m_pool(std::move(pool)) {}

    Result<std::optional<AlertRecord>> raise(const Alert &alert, qint64 nowMs) const override;
    Status setDelivery(qint64 id, int attempts, bool delivered) const override;
    Result<QList<AlertRecord>> list(int limit, int offset = 0) const override;
    Result<QList<AlertRecord>> undelivered(int maxAttempts) const override;

private:
    std::shared_ptr<PgPool> m_pool;
};
