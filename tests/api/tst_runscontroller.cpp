#include <QtTest>
#include <QXmlStreamReader>

#include "core/model/timeformat.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;
using namespace apitest;

/// GET /api/v1/runs and GET /api/v1/runs/{run_id}/decisions: listing, filters, paging, errors.
class TestRunsController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QStringList m_runIds; ///< oldest first

private Q_SLOTS:
    void initTestCase()
    {
        m_server = ApiTestServer::start();
        QVERIFY(m_server);
        HttpClient client(m_server->port());
        QCOMPARE(client.get(u"/api/v1/runs"_s).json().value(u"runs"_s).toArray().size(), 0);
        QJsonArray posts = trendPosts(u"m"_s, {u"matcha"_s, u"matchalatte"_s}, 40);
        for (const auto &p : noisePosts(u"n"_s, 0, 300))
            posts.append(p);
        QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(posts)).status, 200);
        for (int hours : {24, 12}) {
            const HttpResult r = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}, {u"window_hours"_s, hours}});
            QCOMPARE(r.status, 200);
            m_runIds.append(r.json().value(u"run_id"_s).toString());
        }
    }

    void cleanupTestCase() { m_server.reset(); }

    void listsRunsNewestFirst()
    {
        HttpClient client(m_server->port());
        const HttpResult r = client.get(u"/api/v1/runs"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray runs = r.json().value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 2);
        const QJsonObject newest = runs.at(0).toObject();
        QCOMPARE(newest.value(u"run_id"_s).toString(), m_runIds.at(1));
        QCOMPARE(newest.value(u"window_hours"_s).toInt(), 12);
        QCOMPARE(newest.value(u"as_of"_s).toString(), u"2025-06-01T12:00:00Z"_s);
        QVERIFY(newest.value(u"created_at"_s).toString().endsWith(u'Z'));
        QVERIFY(newest.value(u"decisions"_s).toInteger() > 0);
        QCOMPARE(client.get(u"/api/v1/runs?limit=1&offset=1"_s).json().value(u"runs"_s).toArray().at(0).toObject().value(u"run_id"_s).toString(),
                 m_runIds.at(0));
    }

    /// GET /api/v1/runs/{run_id}/network: the graph as JSON, the same as GEXF, and its errors.
    void networkAsJsonAndGexf()
    {
        HttpClient client(m_server->port());
        const QString runId = m_runIds.at(0);
        const HttpResult r = client.get(u"/api/v1/runs/%1/network"_s.arg(runId));
        QCOMPARE(r.status, 200);
        const QJsonObject net = r.json();
        QCOMPARE(net.value(u"run_id"_s).toString(), runId);
        QCOMPARE(net.value(u"as_of"_s).toString(), isoUtc(kAsOfMs));
        const QJsonArray nodes = net.value(u"nodes"_s).toArray();
        const QJsonArray edges = net.value(u"edges"_s).toArray();
        QVERIFY(!nodes.isEmpty());
        QHash<QString, QJsonObject> byTag;
        for (const QJsonValue &n : nodes)
            byTag.insert(n.toObject().value(u"tag"_s).toString(), n.toObject());
        QCOMPARE(byTag.size(), nodes.size());
        // The planted trend: matcha and matchalatte on every one of its 40 posts, one cluster, a trend.
        const QJsonObject matcha = byTag.value(u"matcha"_s);
        QCOMPARE(matcha.value(u"posts"_s).toInt(), 40);
        QVERIFY(matcha.value(u"trend"_s).toBool());
        QVERIFY(!matcha.value(u"urgency"_s).toString().isEmpty());
        QCOMPARE(matcha.value(u"cluster"_s), byTag.value(u"matchalatte"_s).value(u"cluster"_s));
        QJsonObject edge;
        for (const QJsonValue &e : edges)
            if (e.toObject().value(u"source"_s) == u"matcha"_s && e.toObject().value(u"target"_s) == u"matchalatte"_s)
                edge = e.toObject();
        QCOMPARE(edge.value(u"cooccurrence"_s).toInt(), 40);
        QCOMPARE(edge.value(u"jaccard"_s).toDouble(), 1.0); // 40 / (40 + 40 − 40)
        QCOMPARE(edge.value(u"dropped_by_split"_s).toBool(), false);
        // The same numbers as the clustering decision about that edge.
        const QJsonObject decision = client.get(u"/api/v1/runs/"_s + runId
                                                    + u"/decisions?subject=edge:matcha%7Cmatchalatte&outcome=kept"_s)
                                         .json().value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(decision.value(u"values"_s).toObject().value(u"jaccard"_s), edge.value(u"jaccard"_s));

        const HttpResult gexf = client.get(u"/api/v1/runs/%1/network?format=gexf"_s.arg(runId));
        QCOMPARE(gexf.status, 200);
        QCOMPARE(gexf.header("Content-Type"), QByteArray("application/gexf+xml"));
        QVERIFY(gexf.header("Content-Disposition").contains(runId.toUtf8()));
        QXmlStreamReader xml(gexf.body);
        int gexfNodes = 0, gexfEdges = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                gexfNodes += xml.name() == u"node" ? 1 : 0;
                gexfEdges += xml.name() == u"edge" ? 1 : 0;
            }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(gexfNodes, nodes.size());
        QCOMPARE(gexfEdges, edges.size());
        QCOMPARE(client.get(u"/api/v1/runs/%1/network?format=json"_s.arg(runId)).body, r.body);

        QCOMPARE(client.get(u"/api/v1/runs/nope/network"_s).status, 404);
        const HttpResult badFormat = client.get(u"/api/v1/runs/%1/network?format=graphml"_s.arg(runId));
        QCOMPARE(badFormat.status, 422);
        QVERIFY(badFormat.body.contains("graphml"));
        QCOMPARE(client.get(u"/api/v1/runs/%1/network?layout=1"_s.arg(runId)).status, 400);
    }

    /// GET /api/v1/runs/{a}/compare/{b}: a run whose window holds the planted trend beside one whose window ends
    /// before it began.
    void comparesTwoRuns()
    {
        HttpClient client(m_server->port());
        const HttpResult early = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs - 3 * 24 * 3600 * 1000LL)}});
        QCOMPARE(early.status, 200);
        const QString earlyId = early.json().value(u"run_id"_s).toString();
        const QString withTrend = m_runIds.at(0);
        const QJsonArray tiles = client.get(u"/api/v1/tiles?run_id=%1"_s.arg(withTrend)).json().value(u"tiles"_s).toArray();
        QVERIFY(!tiles.isEmpty());

        const HttpResult forward = client.get(u"/api/v1/runs/%1/compare/%2"_s.arg(withTrend, earlyId));
        QCOMPARE(forward.status, 200);
        const QJsonObject f = forward.json();
        QCOMPARE(f.value(u"run_id"_s).toString(), withTrend);
        QCOMPARE(f.value(u"base_run_id"_s).toString(), earlyId);
        QCOMPARE(f.value(u"new"_s).toInt(), tiles.size());
        QCOMPARE(f.value(u"gone"_s).toInt(), 0);
        const QJsonObject first = f.value(u"trends"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"trend_id"_s), tiles.at(0).toObject().value(u"trend_id"_s));
        QCOMPARE(first.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(first.value(u"rank"_s).toInt(), 1);
        QVERIFY(first.value(u"rank_change"_s).isNull());

        const QJsonObject back = client.get(u"/api/v1/runs/%1/compare/%2"_s.arg(earlyId, withTrend)).json();
        QCOMPARE(back.value(u"gone"_s).toInt(), tiles.size());
        QCOMPARE(back.value(u"trends"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"gone"_s);
        QCOMPARE(back.value(u"trends"_s).toArray().at(0).toObject().value(u"previous_rank"_s).toInt(), 1);

        const QJsonObject same = client.get(u"/api/v1/runs/%1/compare/%1"_s.arg(withTrend)).json();
        QCOMPARE(same.value(u"kept"_s).toInt(), tiles.size());
        QCOMPARE(same.value(u"trends"_s).toArray().at(0).toObject().value(u"rank_change"_s).toInt(), 0);

        const HttpResult unknown = client.get(u"/api/v1/runs/%1/compare/nosuchrun"_s.arg(withTrend));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"not_found"_s);
        QCOMPARE(client.get(u"/api/v1/runs/%1/compare/%2?x=1"_s.arg(withTrend, earlyId)).status, 400);
    }

    void decisionsArePagedAndFiltered()
    {
        HttpClient client(m_server->port());
        const QString base = u"/api/v1/runs/%1/decisions"_s.arg(m_runIds.at(0));
        const HttpResult all = client.get(base + u"?limit=10000"_s);
        QCOMPARE(all.status, 200);
        const qint64 total = all.json().value(u"total"_s).toInteger();
        QVERIFY(total > 5);
        QCOMPARE(all.json().value(u"items"_s).toArray().size(), total);

        const HttpResult page = client.get(base + u"?limit=2&offset=1"_s);
        QCOMPARE(page.json().value(u"total"_s).toInteger(), total);
        QCOMPARE(page.json().value(u"items"_s).toArray().size(), 2);
        QCOMPARE(page.json().value(u"items"_s).toArray().at(0), all.json().value(u"items"_s).toArray().at(1));

        const HttpResult clustering = client.get(base + u"?stage=clustering&limit=10000"_s);
        QCOMPARE(clustering.status, 200);
        for (const auto &d : clustering.json().value(u"items"_s).toArray())
            QCOMPARE(d.toObject().value(u"stage"_s).toString(), u"clustering"_s);
        // Filter by a subject the log actually has (its last decision's), then check every item.
        const QJsonArray items = all.json().value(u"items"_s).toArray();
        const QString subject = items.last().toObject().value(u"subject"_s).toString();
        const HttpResult bySubject = client.get(base + u"?limit=10000&subject="_s + QString::fromLatin1(QUrl::toPercentEncoding(subject)));
        QCOMPARE(bySubject.status, 200);
        QVERIFY(bySubject.json().value(u"total"_s).toInteger() >= 1);
        QVERIFY(bySubject.json().value(u"total"_s).toInteger() < total || subject == u"run"_s);
        for (const auto &d : bySubject.json().value(u"items"_s).toArray())
            QCOMPARE(d.toObject().value(u"subject"_s).toString(), subject);
        QCOMPARE(client.get(base + u"?subject=tag:nothing-like-this"_s).json().value(u"total"_s).toInt(), 0);
    }

    void errorPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown run") << u"/api/v1/runs/nope/decisions"_s << 404 << u"not_found"_s;
        QTest::newRow("negative offset") << u"/api/v1/runs?offset=-1"_s << 422 << u"unprocessable"_s;
        QTest::newRow("negative limit") << u"/api/v1/runs?limit=-5"_s << 422 << u"unprocessable"_s;
        QTest::newRow("limit not a number") << u"/api/v1/runs?limit=1e3"_s << 400 << u"bad_request"_s;
        QTest::newRow("unknown parameter") << u"/api/v1/runs?page=2"_s << 400 << u"bad_request"_s;
        QTest::newRow("unknown stage") << u"/api/v1/runs/RUN/decisions?stage=magic"_s << 422 << u"unprocessable"_s;
        QTest::newRow("decisions negative limit") << u"/api/v1/runs/RUN/decisions?limit=-1"_s << 422 << u"unprocessable"_s;
        QTest::newRow("decisions unknown parameter") << u"/api/v1/runs/RUN/decisions?who=me"_s << 400 << u"bad_request"_s;
    }

    void errorPaths()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        HttpClient client(m_server->port());
        const HttpResult r = client.get(QString(path).replace(u"RUN"_s, m_runIds.at(0)));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
    }
};

QTEST_GUILESS_MAIN(TestRunsController)
#include "tst_runscontroller.moc"
