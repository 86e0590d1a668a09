#pragma once

#include <QString>

/// The `cache.*` keys: the optional shared cache of read answers (README "Scaling out").
struct CacheSettings
{
    /// cache.redis_url: `redis://[:password@]host[:port][/db]`; empty = no cache (everything is read
    /// from the database, as without the key).
    QString redisUrl;

    bool operator==(const CacheSettings &) const = default;
};
