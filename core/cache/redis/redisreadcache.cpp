#include "core/cache/redis/redisreadcache.h"

#include <QDateTime>

#include <hiredis/hiredis.h>

#include "core/cache/redis/redissubscriber.h"
#include "core/log/log.h"
#include "core/log/qstringformatter.h"

using namespace Qt::StringLiterals;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct RedisReadCache::Reply
{
    redisReply *reply = nullptr;
    ~Reply()
    {
        if (reply)
            freeReplyObject(reply);
    }
};

RedisReadCache::RedisReadCache(RedisAddress address, const QString &space, Settings settings)
    : m_address(std::move(address)),
      m_prefix("glasstrend:" + space.toUtf8() + ':'),
      m_channel(m_prefix + "runs"),
      m_settings(settings),
      m_subscriber(std::make_unique<RedisSubscriber>(m_address, m_channel, settings.timeoutMs, settings.retryMs))
{
    gtlog::api()->info("read cache: Redis at {} (timeout {} ms, answers kept {} s)", m_address.redacted(),
                       settings.timeoutMs, settings.expiryS);
}

RedisReadCache::~RedisReadCache() = default;

bool RedisReadCache::resting() const
{
    return nowMs() < m_restUntilMs.load();
}

RedisContextPtr RedisReadCache::lend() const
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            RedisContextPtr context = std::move(m_idle.back());
            m_idle.pop_back();
            return context;
        }
    }
    auto context = m_address.connect(m_settings.timeoutMs);
    if (!context) {
        failed(context.error().message);
        return nullptr;
    }
    return std::move(context).value();
}

void RedisReadCache::giveBack(RedisContextPtr context) const
{
    const std::lock_guard lock(m_mutex);
    if (m_idle.size() < 16)
        m_idle.push_back(std::move(context));
}

void RedisReadCache::failed(const QString &why) const
{
    m_restUntilMs = nowMs() + m_settings.retryMs;
    {
        // Every pooled connection goes with the one that failed: they talk to the same server.
        const std::lock_guard lock(m_mutex);
        m_idle.clear();
    }
    if (!m_down.exchange(true))
        gtlog::api()->warn("read cache unavailable ({}): reads go to the database; Redis is tried again every {} ms",
                           why, m_settings.retryMs);
}

std::unique_ptr<RedisReadCache::Reply> RedisReadCache::command(const QList<QByteArray> &words) const
{
    if (resting())
        return nullptr;
    RedisContextPtr context = lend();
    if (!context)
        return nullptr;
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &w : words) {
        argv.push_back(w.constData());
        lengths.push_back(size_t(w.size()));
    }
    auto reply = std::make_unique<Reply>();
    reply->reply = static_cast<redisReply *>(redisCommandArgv(context.get(), int(argv.size()), argv.data(), lengths.data()));
    if (!reply->reply || context->err) {
        failed(u"%1 on %2: %3"_s.arg(QString::fromLatin1(words.first()), m_address.redacted(),
                                     QString::fromUtf8(context->errstr)));
        return nullptr;
    }
    giveBack(std::move(context));
    if (reply->reply->type == REDIS_REPLY_ERROR) {
        gtlog::api()->warn("read cache: {} refused: {}", QString::fromLatin1(words.first()),
                           QString::fromUtf8(reply->reply->str, int(reply->reply->len)));
        return nullptr;
    }
    if (m_down.exchange(false))
        gtlog::api()->info("read cache: Redis at {} answers again", m_address.redacted());
    return reply;
}

std::optional<QByteArray> RedisReadCache::get(const QString &key) const
{
    auto reply = command({QByteArrayLiteral("GET"), m_prefix + key.toUtf8()});
    if (!reply || reply->reply->type != REDIS_REPLY_STRING) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return QByteArray(reply->reply->str, qsizetype(reply->reply->len));
}

void RedisReadCache::put(const QString &key, const QByteArray &value) const
{
    (void)command({QByteArrayLiteral("SET"), m_prefix + key.toUtf8(), value, QByteArrayLiteral("EX"),
                   QByteArray::number(m_settings.expiryS)});
}

void RedisReadCache::runQueued() const
{
    ++m_localGeneration;
}

void RedisReadCache::publishRunStored(const QString &runId) const
{
    ++m_localGeneration;
    (void)command({QByteArrayLiteral("PUBLISH"), m_channel, runId.toUtf8()});
}

std::optional<quint64> RedisReadCache::generation() const
{
    // A memo of the latest run is only as good as the news of new runs: none while the subscription is
    // down, or while Redis does not answer (a hung server may still hold the subscription open).
    if (!m_subscriber->connected() || resting())
        return std::nullopt;
    return m_subscriber->generation() + m_localGeneration.load();
}

ReadCacheHealth RedisReadCache::health() const
{
    ReadCacheHealth h;
    h.backend = u"redis"_s;
    h.state = m_subscriber->connected() && !resting() && !m_down.load() ? u"ok"_s : u"unavailable"_s;
    h.hits = m_hits.load();
    h.misses = m_misses.load();
    h.runsHeard = m_subscriber->messages();
    return h;
}
