#pragma once

#include <memory>

#include "core/storage/scheduleclaims.h"

class PgPool;

/// ScheduleClaims across every instance on one PostgreSQL database: in one transaction, a
/// pg_try_advisory_xact_lock keyed by the tick (instances claiming the same tick at the same moment do
/// not wait for each other: the one that does not get the lock has lost) and a row in schedule_ticks
/// (an instance whose timer fires after the winner committed finds the tick taken). Rows of ticks
/// older than 1,000 intervals are deleted as new ones are claimed.
class PgScheduleClaims final : public ScheduleClaims
{
public:
    explicit PgScheduleClaims(std::shared_ptr<PgPool> pool) : m_pool(std::move(pool)) {}

    Result<bool> claim(qint64 intervalMs, qint64 tick) const override;

private:
    std::shared_ptr<PgPool> m_pool;
};
