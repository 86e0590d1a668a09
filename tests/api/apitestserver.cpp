#include "tests/api/apitestserver.h"

#include <QJsonDocument>

#include "core/storage/postrepository.h"
#include "core/model/ingestoptions.h"
#include "core/model/pipelineparams.h"
#include "core/model/timeformat.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitealertstore.h"
#include "tests/support/sqlitediscovery.h"

using namespace Qt::StringLiterals;

std::unique_ptr<ApiTestServer> ApiTestServer::start(ApiServerSettings settings, const QString &databaseFile)
{
    auto t = std::make_unique<ApiTestServer>();
    t->m_databaseFile = databaseFile;
    auto db = Database::open(t->dbPath());
    if (!db) {
        qWarning("cannot open test database: %s", qPrintable(db.error().message));
        return nullptr;
    }
    t->database = db.value();
    t->imports = std::make_shared<ImportService>(std::make_shared<PostRepository>(t->database), IngestOptions{});
    t->discovery = sqliteDiscovery(t->database, PipelineParams{}, u"latest"_s, true);
    settings.port = 0;
    t->server = std::make_unique<ApiServer>(
        settings, ApiServices{t->imports, t->discovery, std::make_shared<const SqliteAlertStore>(t->database)});
    if (Status s = t->server->listen(); !s) {
        qWarning("cannot listen: %s", qPrintable(s.error().message));
        return nullptr;
    }
    return t;
}

QString ApiTestServer::dbPath() const
{
    return m_databaseFile.isEmpty() ? dir.filePath(u"api-test.db"_s) : m_databaseFile;
}

namespace apitest {

QJsonObject post(const QString &platform, const QString &postId, const QString &creatorId, const QStringList &hashtags,
                 qint64 createdAtMs, qint64 likes, const QString &region)
{
    return QJsonObject{{u"platform"_s, platform},
                       {u"post_id"_s, postId},
                       {u"creator_id"_s, creatorId},
                       {u"text"_s, QString(u"post "_s + postId)},
                       {u"hashtags"_s, QJsonArray::fromStringList(hashtags)},
                       {u"likes"_s, likes},
                       {u"comments"_s, 2},
                       {u"shares"_s, 1},
                       {u"views"_s, likes * 20},
                       {u"created_at"_s, isoUtc(createdAtMs)},
                       {u"region"_s, region}};
}

QJsonArray trendPosts(const QString &idPrefix, const QStringList &tags, int n)
{
    static const QStringList platforms{u"tiktok"_s, u"instagram"_s, u"xiaohongshu"_s};
    static const QStringList regions{u"US"_s, u"JP"_s, u"CN"_s, u"GB"_s, u"DE"_s};
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        const qint64 t = kAsOfMs - qint64(i % 20) * 3600 * 1000 - 60000;
        out.append(post(platforms.at(i % platforms.size()), idPrefix + QString::number(i),
                        idPrefix + u"creator"_s + QString::number(i), tags, t, 100 + i, regions.at(i % regions.size())));
    }
    return out;
}

QJsonArray noisePosts(const QString &idPrefix, int first, int n)
{
    QJsonArray out;
    for (int i = first; i < first + n; ++i) {
        const qint64 t = kAsOfMs - qint64(i % 96) * 3600 * 1000 - 1000;
        out.append(post(u"tiktok"_s, idPrefix + QString::number(i), u"noise"_s + QString::number(i % 500),
                        {u"noise"_s + QString::number(i % 1000)}, t, i % 50));
    }
    return out;
}

QByteArray postsBody(const QJsonArray &posts)
{
    return QJsonDocument(QJsonObject{{u"posts"_s, posts}}).toJson(QJsonDocument::Compact);
}

} // namespace apitest
