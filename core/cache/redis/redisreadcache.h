#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "core/cache/readcache.h"
#include "core/cache/redis/redisaddress.h"

class RedisSubscriber;

/// The ReadCache adapter over Redis (hiredis): answers under `glasstrend:<space>:<key>` with an
/// expiry, runs announced on the channel `glasstrend:<space>:runs`, and a RedisSubscriber thread that
/// listens to it. `space` separates databases sharing one Redis (app/ derives it from the database's
/// location). Every call gives up after `timeoutMs`; after a failure Redis is left alone for `retryMs`
/// (reads go to the database meanwhile, with one warning per outage in the log), then tried again.
class RedisReadCache final : public ReadCache
{
public:
    struct Settings
    {
        int timeoutMs = 100; ///< connect, read and write, each call
        int retryMs = 1000;  ///< how long a Redis that failed is not asked
        int expiryS = 3600;  ///< how long an answer is kept
    };

    RedisReadCache(RedisAddress address, const QString &space, Settings settings);
    ~RedisReadCache() override;
    RedisReadCache(const RedisReadCache &) = delete;
    RedisReadCache &operator=(const RedisReadCache &) = delete;

    std::optional<QByteArray> get(const QString &key) const override;
    void put(const QString &key, const QByteArray &value) const override;
    void runQueued() const override;
    void publishRunStored(const QString &runId) const override;
    std::optional<quint64> generation() const override;
    ReadCacheHealth health() const override;

private:
    struct Reply;
    /// Runs one command on a pooled connection; null when Redis cannot be asked (down, timeout, error).
    std::unique_ptr<Reply> command(const QList<QByteArray> &words) const;
    RedisContextPtr lend() const;
    void giveBack(RedisContextPtr context) const;
    void failed(const QString &why) const;
    bool resting() const;

    const RedisAddress m_address;
    const QByteArray m_prefix;
    const QByteArray m_channel;
    const Settings m_settings;
    std::unique_ptr<RedisSubscriber> m_subscriber;

    mutable std::mutex m_mutex;
    mutable std::vector<RedisContextPtr> m_idle; ///< guarded by m_mutex
    mutable std::atomic<qint64> m_restUntilMs{0}; ///< not asked before (after a failure)
    mutable std::atomic<bool> m_down{false};      ///< warned about an outage not over yet
    mutable std::atomic<quint64> m_localGeneration{0};
    mutable std::atomic<qint64> m_hits{0};
    mutable std::atomic<qint64> m_misses{0};
};
