#pragma once

#include <memory>

#include "core/storage/pollstatestore.h"

class PgPool;

/// PollStateStore over the poll_state table of a PostgreSQL database (migration 4): ingest instances on one team
/// database share what their feeds have read.
class PgPollStateStore final : public PollStateStore
{
public:
    explicit PgPollStateStore(std::shared_ptr<PgPool> pool) : m_pool(std::move(pool)) {}

    Result<QHash<QString, PolledFile>> files(const QString &sourceId) const override;
    Status saveFile(const QString &sourceId, const PolledFile &file) const override;
    Result<UrlValidators> validators(const QString &sourceId) const override;
    Status saveValidators(const QString &sourceId, const UrlValidators &validators) const override;

private:
    std::shared_ptr<PgPool> m_pool;
};
