#include "core/cache/redis/redisaddress.h"

#include <QList>
#include <QUrl>

#include <hiredis/hiredis.h>

using namespace Qt::StringLiterals;

Result<RedisAddress> RedisAddress::parse(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    auto invalid = [](const QString &why) {
        return Error{u"invalid_value"_s, u"cache.redis_url: %1"_s.arg(why), {}};
    };
    if (!parsed.isValid() || parsed.scheme() != u"redis"_s)
        return invalid(u"expected redis://host[:port][/db]"_s);
    RedisAddress address;
    if (!parsed.host().isEmpty())
        address.host = parsed.host();
    address.port = parsed.port(6379);
    address.password = parsed.password();
    const QString path = parsed.path().mid(1);
    if (!path.isEmpty()) {
        bool ok = false;
        address.database = path.toInt(&ok);
        if (!ok || address.database < 0)
            return invalid(u"the database after the / must be a number, got \"%1\""_s.arg(path));
    }
    return address;
}

QString RedisAddress::redacted() const
{
    return u"redis://%1%2:%3/%4"_s.arg(password.isEmpty() ? QString() : u"***@"_s, host).arg(port).arg(database);
}

void RedisContextFree::operator()(redisContext *context) const
{
    if (context)
        redisFree(context);
}

Result<RedisContextPtr> RedisAddress::connect(int timeoutMs) const
{
    const timeval timeout{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    RedisContextPtr context(redisConnectWithTimeout(host.toUtf8().constData(), port, timeout));
    auto failed = [this](const QString &why) {
        return Error{u"unavailable"_s, u"%1: %2"_s.arg(redacted(), why), {}};
    };
    if (!context)
        return failed(u"out of memory"_s);
    if (context->err)
        return failed(QString::fromUtf8(context->errstr));
    if (redisSetTimeout(context.get(), timeout) != REDIS_OK)
        return failed(QString::fromUtf8(context->errstr));
    auto run = [&context, &failed](const QList<QByteArray> &words) -> Status {
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &w : words) {
            argv.push_back(w.constData());
            lengths.push_back(size_t(w.size()));
        }
        auto *reply = static_cast<redisReply *>(
            redisCommandArgv(context.get(), int(argv.size()), argv.data(), lengths.data()));
        if (!reply)
            return failed(QString::fromUtf8(context->errstr));
        const bool refused = reply->type == REDIS_REPLY_ERROR;
        const QString message = refused ? QString::fromUtf8(reply->str, int(reply->len)) : QString();
        freeReplyObject(reply);
        if (refused)
            return failed(QString::fromLatin1(words.first()) + u" refused: "_s + message);
        return Ok{};
    };
    if (!password.isEmpty()) {
        if (Status s = run({QByteArrayLiteral("AUTH"), password.toUtf8()}); !s)
            return s.error();
    }
    if (database != 0) {
        if (Status s = run({QByteArrayLiteral("SELECT"), QByteArray::number(database)}); !s)
            return s.error();
    }
    return context;
}
