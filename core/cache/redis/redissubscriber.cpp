#include "core/cache/redis/redissubscriber.h"

#include <cerrno>

#include <poll.h>

#include <hiredis/hiredis.h>

#include "core/log/log.h"
#include "core/log/qstringformatter.h"

using namespace Qt::StringLiterals;

RedisSubscriber::RedisSubscriber(RedisAddress address, QByteArray channel, int timeoutMs, int retryMs)
    : m_address(std::move(address)), m_channel(std::move(channel)), m_timeoutMs(timeoutMs), m_retryMs(retryMs)
{
    m_thread = std::thread([this] { run(); });
}

RedisSubscriber::~RedisSubscriber()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool RedisSubscriber::pause(int ms)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop; });
}

void RedisSubscriber::run()
{
    bool warned = false; // one warning per outage, and one note when it is over
    for (;;) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
        }
        auto context = m_address.connect(m_timeoutMs);
        if (context) {
            const char *argv[] = {"SUBSCRIBE", m_channel.constData()};
            const size_t lengths[] = {9, size_t(m_channel.size())};
            auto *reply = static_cast<redisReply *>(redisCommandArgv(context.value().get(), 2, argv, lengths));
            const bool subscribed = reply && reply->type == REDIS_REPLY_ARRAY;
            if (reply)
                freeReplyObject(reply);
            if (subscribed) {
                ++m_generation; // whatever was announced while we were away is treated as heard
                m_connected = true;
                if (warned)
                    gtlog::api()->info("read cache: listening for stored runs again on {}", m_address.redacted());
                warned = false;
                const bool stopped = listen(context.value().get());
                m_connected = false;
                ++m_generation;
                if (stopped)
                    return;
            }
        }
        if (!warned) {
            gtlog::api()->warn("read cache: cannot listen for stored runs on {} ({}); retrying every {} ms, reads "
                               "ask the database which run is the latest meanwhile",
                               m_address.redacted(), context ? u"connection lost"_s : context.error().message, m_retryMs);
            warned = true;
        }
        if (!pause(m_retryMs))
            return;
    }
}

bool RedisSubscriber::listen(redisContext *context)
{
    for (;;) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stop)
                return true;
        }
        pollfd readable{context->fd, POLLIN, 0};
        const int ready = ::poll(&readable, 1, m_timeoutMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return false;
        if (ready == 0)
            continue;
        if (redisBufferRead(context) != REDIS_OK)
            return false;
        for (;;) {
            void *raw = nullptr;
            if (redisGetReplyFromReader(context, &raw) != REDIS_OK)
                return false;
            if (!raw)
                break;
            auto *reply = static_cast<redisReply *>(raw);
            // ["message", channel, payload]: a run was stored somewhere.
            if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 3 &&
                qstrncmp(reply->element[0]->str, "message", 7) == 0) {
                ++m_messages;
                ++m_generation;
            }
            freeReplyObject(reply);
        }
    }
}
