#include <QtTest>

#include "core/model/timeformat.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;
using namespace apitest;

/// GET /api/v1/trends/{trend_id}: one tile with its evidence chain and decisions.
class TestTrendsController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_runId;
    QString m_trendId;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = ApiTestServer::start();
        QVERIFY(m_server);
        HttpClient client(m_server->port());
        QCOMPARE(client.get(u"/api/v1/trends/abc"_s).status, 404); // no run yet
        QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(trendPosts(u"m"_s, {u"matcha"_s, u"matchalatte"_s}, 40))).status, 200);
        // a background of one-off posts over the window and the 3 baseline windows, so the baseline is covered
        QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(noisePosts(u"n"_s, 0, 400))).status, 200);
        const HttpResult run = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}});
        QCOMPARE(run.status, 200);
        m_runId = run.json().value(u"run_id"_s).toString();
        m_trendId = run.json().value(u"tiles"_s).toArray().at(0).toObject().value(u"trend_id"_s).toString();
        QVERIFY(!m_trendId.isEmpty());
    }

    void cleanupTestCase() { m_server.reset(); }

    void tileWithEvidenceAndDecisions()
    {
        HttpClient client(m_server->port());
        const HttpResult r = client.get(u"/api/v1/trends/"_s + m_trendId);
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"trend_id"_s).toString(), m_trendId);
        QCOMPARE(body.value(u"run_id"_s).toString(), m_runId);
        QCOMPARE(body.value(u"anchor"_s).toString(), u"matcha"_s);
        const QJsonObject evidence = body.value(u"evidence"_s).toObject();
        QVERIFY(!evidence.value(u"formulas"_s).toArray().isEmpty());
        QVERIFY(!evidence.value(u"edges"_s).toArray().isEmpty());
        QVERIFY(!evidence.value(u"top_posts"_s).toArray().isEmpty());
        QVERIFY(!evidence.value(u"top_posts"_s).toArray().at(0).toObject().value(u"text"_s).toString().isEmpty());
        QCOMPARE(body.value(u"checks"_s).toArray().size(), 6);
        const QJsonArray decisions = body.value(u"decisions"_s).toArray();
        QVERIFY(!decisions.isEmpty());
        QStringList subjects;
        for (const auto &d : decisions)
            subjects.append(d.toObject().value(u"subject"_s).toString());
        QVERIFY2(subjects.contains(u"cluster:"_s + m_trendId), qPrintable(subjects.join(u", "_s)));
    }

    void givenRun()
    {
        HttpClient client(m_server->port());
        QCOMPARE(client.get(u"/api/v1/trends/%1?run_id=%2"_s.arg(m_trendId, m_runId)).status, 200);
        QCOMPARE(client.get(u"/api/v1/trends/%1?run_id=nope"_s.arg(m_trendId)).status, 404);
    }

    void errorPaths()
    {
        HttpClient client(m_server->port());
        const HttpResult unknown = client.get(u"/api/v1/trends/t_doesnotexist"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"not_found"_s);
        QCOMPARE(client.get(u"/api/v1/trends/%1?runid=x"_s.arg(m_trendId)).status, 400);
        QCOMPARE(client.send("DELETE", u"/api/v1/trends/"_s + m_trendId).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestTrendsController)
#include "tst_trendscontroller.moc"
