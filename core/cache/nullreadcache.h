#pragma once

#include "core/cache/readcache.h"

/// No cache (cache.redis_url empty): every read is a miss, nothing is kept, nobody is told anything,
/// and no memo of the latest run is ever trusted — the server answers from the database as it would
/// without the port.
class NullReadCache final : public ReadCache
{
public:
    std::optional<QByteArray> get(const QString &) const override { return std::nullopt; }
    void put(const QString &, const QByteArray &) const override {}
    void runQueued() const override {}
    void publishRunStored(const QString &) const override {}
    std::optional<quint64> generation() const override { return std::nullopt; }
    ReadCacheHealth health() const override { return {}; }
};
