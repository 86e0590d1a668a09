#pragma once

#include <memory>

#include "core/storage/projectstore.h"

class PgPool;

/// ProjectStore over the project_settings table of a PostgreSQL database. saveCopy() is not offered
/// (a team database is copied with pg_dump): it answers the error "unsupported".
class PgProjectStore final : public ProjectStore
{
public:
    explicit PgProjectStore(std::shared_ptr<PgPool> pool) : m_pool(std::move(pool)) {}

    Result<QMap<QString, QString>> settings() const override;
    Status saveSettings(const QMap<QString, QString> &values) override;
    Status saveCopy(const QString &path) const override;

private:
    std::shared_ptr<PgPool> m_pool;
};
