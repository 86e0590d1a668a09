#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <QByteArray>

#include "core/cache/redis/redisaddress.h"

/// The subscription of one instance to the channel on which runs stored anywhere are announced: a
/// thread of its own that holds a connection SUBSCRIBEd to `channel`, counts what it hears, and
/// reconnects (every `retryMs`) when the connection is lost. A lost and regained subscription counts
/// as heard (a run may have been announced meanwhile).
class RedisSubscriber
{
public:
    RedisSubscriber(RedisAddress address, QByteArray channel, int timeoutMs, int retryMs);
    /// Stops the thread (it checks every `timeoutMs`).
    ~RedisSubscriber();
    RedisSubscriber(const RedisSubscriber &) = delete;
    RedisSubscriber &operator=(const RedisSubscriber &) = delete;

    /// Whether the subscription is up now.
    bool connected() const { return m_connected.load(); }
    /// Changes with every message and every (re)subscription.
    quint64 generation() const { return m_generation.load(); }
    /// Messages heard since the start.
    qint64 messages() const { return m_messages.load(); }

private:
    void run();
    /// Reads messages until the connection breaks or stop; false when it broke.
    bool listen(redisContext *context);
    /// Waits `ms` unless stopped meanwhile; false when stopped.
    bool pause(int ms);

    const RedisAddress m_address;
    const QByteArray m_channel;
    const int m_timeoutMs;
    const int m_retryMs;
    std::atomic<bool> m_connected{false};
    std::atomic<quint64> m_generation{0};
    std::atomic<qint64> m_messages{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false; ///< guarded by m_mutex
    std::thread m_thread;
};
