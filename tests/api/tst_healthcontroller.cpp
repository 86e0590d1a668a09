#include <QtTest>

#include "core/service/importservice.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;
using namespace apitest;

/// GET /health: the SPEC's body, the post count following ingestion, open without a token.
class TestHealthController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersTheSpecBody()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        HttpClient client(t->port());
        const HttpResult r = client.get(u"/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(body.value(u"database"_s).toString(), u"ok"_s);
        QVERIFY(body.value(u"posts"_s).isDouble());
        QCOMPARE(body.value(u"posts"_s).toInt(), 0);
        QCOMPARE(body.value(u"version"_s).toString(), QStringLiteral(GT_VERSION));
        QCOMPARE(body.value(u"role"_s).toString(), u"all"_s); // issue 14: the instance's role (tst_serverroles)
        // issue 14: no cache.redis_url, no cache (tst_readcache: with Redis).
        const QJsonObject cache = body.value(u"cache"_s).toObject();
        QCOMPARE(cache.value(u"backend"_s).toString(), u"none"_s);
        QCOMPARE(cache.value(u"state"_s).toString(), u"off"_s);
        QCOMPARE(body.keys().size(), 6);
    }

    void countsPostsStoredThroughTheApi()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        HttpClient client(t->port());
        QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(noisePosts(u"h"_s, 0, 120))).status, 200);
        QCOMPARE(client.get(u"/health"_s).json().value(u"posts"_s).toInt(), 120);
        QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(noisePosts(u"h"_s, 100, 50))).status, 200); // 20 known
        QCOMPARE(client.get(u"/health"_s).json().value(u"posts"_s).toInt(), 150);
    }

    void countsPostsStoredBehindItsBack()
    {
        // Another writer of the same database (the desktop app's import) shows up after the cache
        // expires (about a second): waited for by condition, never asserted as a time.
        auto t = ApiTestServer::start();
        QVERIFY(t);
        HttpClient client(t->port());
        QCOMPARE(client.get(u"/health"_s).json().value(u"posts"_s).toInt(), 0);
        QVERIFY(t->imports->ingestJson(noisePosts(u"x"_s, 0, 30)));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/health"_s).json().value(u"posts"_s).toInt(), 30, 30000);
    }

    void headIsNotAMethodOfHealth()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        HttpClient client(t->port());
        // A JSON body: any other POST is refused (415) before routing (issue 15, browser safety).
        QCOMPARE(client.post(u"/health"_s, "{}").status, 405);
    }
};

QTEST_GUILESS_MAIN(TestHealthController)
#include "tst_healthcontroller.moc"
