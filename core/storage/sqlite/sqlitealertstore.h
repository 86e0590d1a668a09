#pragma once

#include <memory>

#include "core/storage/alertstore.h"

class Database;

/// AlertStore over the `alerts` table of a SQLite database (schema version 7): UNIQUE (trend_id, reason)
/// makes raise() once-only, whichever process or thread asks.
class SqliteAlertStore final : public AlertStore
{
public:
    explicit SqliteAlertStore(std::shared_ptr<Database> database);

    Result<std::optional<AlertRecord>> raise(const Alert &alert, qint64 nowMs) const override;
    Status setDelivery(qint64 id, int attempts, bool delivered) const override;
    Result<QList<AlertRecord>> list(int limit, int offset = 0) const override;
    Result<QList<AlertRecord>> undelivered(int maxAttempts) const override;

private:
    std::shared_ptr<Database> m_database;
};
