// The REST server on PostgreSQL over real HTTP (issue 14): posts stored and discovered through the
// ports, and a database that goes away answers 503 with Retry-After, then works again once it is back
// (the ingest writer reconnects; nothing acknowledged is lost).
#include <QJsonArray>
#include <QTest>

#include "core/api/apiserver.h"
#include "core/model/ingestoptions.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/service/livewindow.h"
#include "core/storage/postgres/pgstorage.h"
#include "core/storage/poststore.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"
#include "tests/support/pgtestserver.h"

using namespace Qt::StringLiterals;
using apitest::kAsOfMs;
using apitest::post;
using apitest::postsBody;

class TestPostgresApi final : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_pg;
    bool m_running = false;

    QJsonArray somePosts(const QString &prefix, int count) const
    {
        QJsonArray posts;
        for (int i = 0; i < count; ++i)
            posts.append(post(i % 2 ? u"tiktok"_s : u"weibo"_s, prefix + QString::number(i), u"c%1"_s.arg(i),
                              {u"matcha"_s, u"latte"_s}, kAsOfMs - qint64(i) * 60000));
        return posts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_pg.available())
            return;
        m_running = m_pg.start();
        QVERIFY2(m_running, qPrintable(m_pg.error()));
    }

    void ingestDiscoverAndSurviveARestart()
    {
        if (!m_running)
            QSKIP(qPrintable(m_pg.skipReason()));
        const QString uri = m_pg.createDatabase(u"api"_s);
        QVERIFY(!uri.isEmpty());
        auto storage = pgstorage::open(uri, {});
        QVERIFY2(storage.ok(), qPrintable(storage.ok() ? QString() : storage.error().message));
        const Storage &s = storage.value();
        auto imports = std::make_shared<ImportService>(s.posts, IngestOptions{});
        auto discovery = std::make_shared<DiscoveryService>(s.posts, s.runs, PipelineParams{}, u"latest"_s,
                                                            std::make_shared<LiveWindow>(s.posts));
        ApiServerSettings settings;
        settings.port = 0;
        ApiServer server(settings, ApiServices{imports, discovery});
        QVERIFY(server.listen().ok());
        HttpClient client(server.port());

        HttpResult r = client.post(u"/api/v1/posts"_s, postsBody(somePosts(u"a"_s, 40)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 40);
        r = client.post(u"/api/v1/posts"_s, postsBody(somePosts(u"a"_s, 40)));
        QCOMPARE(r.json().value(u"updated"_s).toInt(), 40);
        r = client.postJson(u"/api/v1/discover"_s, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"posts_in_window"_s).toInt(), 40);
        QCOMPARE(client.get(u"/api/v1/runs"_s).json().value(u"runs"_s).toArray().size(), 1);

        // The database goes away: the client is told to come back, not given an internal error.
        m_pg.stop();
        r = client.post(u"/api/v1/posts"_s, postsBody(somePosts(u"b"_s, 10)));
        QCOMPARE(r.status, 503);
        QVERIFY(!r.header("Retry-After").isEmpty());
        r = client.postJson(u"/api/v1/discover"_s, {});
        QCOMPARE(r.status, 503);

        // Back: the same server stores and discovers again, and nothing acknowledged was lost.
        QVERIFY2(m_pg.restart(), qPrintable(m_pg.error()));
        r = client.post(u"/api/v1/posts"_s, postsBody(somePosts(u"b"_s, 10)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 10);
        QCOMPARE(s.posts->count().value(), 50);
        r = client.postJson(u"/api/v1/discover"_s, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"posts_in_window"_s).toInt(), 50);
    }
};

QTEST_MAIN(TestPostgresApi)
#include "tst_postgresapi.moc"
