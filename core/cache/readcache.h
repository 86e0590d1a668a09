#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

/// What /health tells about the read cache.
struct ReadCacheHealth
{
    QString backend = QStringLiteral("none"); ///< "none" (no cache.redis_url) or "redis"
    QString state = QStringLiteral("off");    ///< "off", "ok" or "unavailable" (reads go to the database)
    qint64 hits = 0;
    qint64 misses = 0;
    qint64 runsHeard = 0; ///< "a run finished" messages this instance received
};

/// The port of the optional shared cache of read answers (issue 14, README "Scaling out"): the REST
/// server keeps the bodies of GET answers about stored runs in it, under keys that name the run, and
/// tells every instance when a run finishes. app/ picks the adapter once (no cache.redis_url:
/// NullReadCache; else RedisReadCache). A cache never fails a request: an adapter that cannot reach
/// its server answers a miss (get), drops the write (put) and logs a rate-limited warning. Every call
/// may come from any thread and returns within a short timeout.
class ReadCache
{
public:
    virtual ~ReadCache() = default;

    /// The answer stored under `key`; nullopt on a miss or when the cache cannot be asked.
    virtual std::optional<QByteArray> get(const QString &key) const = 0;
    /// Stores `value` under `key` (with the adapter's expiry); failures are only logged.
    virtual void put(const QString &key, const QByteArray &value) const = 0;

    /// This instance is storing a new run (queued, not yet written): forget what the latest run is
    /// here until it is stored (generation() changes).
    virtual void runQueued() const = 0;
    /// Tells every instance sharing the cache that `runId` was stored (the latest run changed); called
    /// once the run is in the database, so that whoever hears it reads the new run.
    virtual void publishRunStored(const QString &runId) const = 0;
    /// A number that changes whenever this instance hears that a run was stored, or may have missed
    /// it (its subscription was lost and came back); nullopt while it cannot hear such news. A memo of
    /// "which run is the latest" may be kept only while this answers the same number.
    virtual std::optional<quint64> generation() const = 0;

    virtual ReadCacheHealth health() const = 0;
};
