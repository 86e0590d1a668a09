#pragma once

#include <memory>

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include "core/api/apiserver.h"

class Database;
class DiscoveryService;
class ImportService;

/// A REST server for a test: a fresh SQLite database in a temporary folder, the real services,
/// and an ApiServer on an ephemeral 127.0.0.1 port.
struct ApiTestServer
{
    QTemporaryDir dir;
    std::shared_ptr<Database> database;
    std::shared_ptr<ImportService> imports;
    std::shared_ptr<DiscoveryService> discovery;
    std::unique_ptr<ApiServer> server;

    /// nullptr (after a qWarning) if the database cannot be opened or the server cannot listen.
    /// `databaseFile`: another server's dbPath(), for a second instance on the same database (the
    /// roles of a deployment); empty = a fresh database of its own.
    static std::unique_ptr<ApiTestServer> start(ApiServerSettings settings = {}, const QString &databaseFile = {});

    quint16 port() const { return server->port(); }
    QString dbPath() const;

private:
    QString m_databaseFile;
};

namespace apitest {

/// 2025-06-01T12:00:00Z: the as_of of the generated data.
constexpr qint64 kAsOfMs = 1748779200000LL;

/// One post in SPEC section 1's field names.
QJsonObject post(const QString &platform, const QString &postId, const QString &creatorId,
                 const QStringList &hashtags, qint64 createdAtMs, qint64 likes = 10, const QString &region = QStringLiteral("US"));

/// A planted trend: `n` posts of `tags` in the 24 h before kAsOfMs, from n distinct creators over
/// several platforms and regions, with no baseline, so it passes every check of SPEC section 3.
QJsonArray trendPosts(const QString &idPrefix, const QStringList &tags, int n);

/// `n` posts of background noise (distinct ids starting at `first`), spread over four days.
QJsonArray noisePosts(const QString &idPrefix, int first, int n);

/// {"posts": posts}
QByteArray postsBody(const QJsonArray &posts);

} // namespace apitest
