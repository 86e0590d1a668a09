#pragma once

#include <memory>

#include <QString>

#include "core/model/result.h"

struct redisContext;

/// Frees a hiredis connection.
struct RedisContextFree
{
    void operator()(redisContext *context) const;
};
using RedisContextPtr = std::unique_ptr<redisContext, RedisContextFree>;

/// Where a Redis server is, from cache.redis_url: `redis://[[user]:password@]host[:port][/db]` (port
/// 6379, database 0 by default). The password is never part of what is logged (redacted()).
struct RedisAddress
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    int database = 0;
    QString password; ///< AUTH when not empty

    /// Parses `url`; an "invalid_value" error says what is wrong (without the password).
    static Result<RedisAddress> parse(const QString &url);
    /// "redis://host:port/db" (no password), for logs and /health.
    QString redacted() const;

    /// A connection (AUTH and SELECT done) whose connect and every later read and write give up after
    /// `timeoutMs`; an "unavailable" error names the address (never the password) and the cause.
    Result<RedisContextPtr> connect(int timeoutMs) const;
};
