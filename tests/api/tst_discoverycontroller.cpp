#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include "core/model/timeformat.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/service/threadpriority.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"
#include "tests/support/testdata.h"

using namespace Qt::StringLiterals;
using namespace apitest;

/// POST /api/v1/discover over real HTTP: the run and its tiles, every error path, one discovery
/// at a time (409), /health during a long discovery, and the same tiles as the command line.
class TestDiscoveryController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server; ///< seeded with two planted trends and noise

    static void seed(ApiTestServer &t, int noise)
    {
        QJsonArray all = trendPosts(u"m"_s, {u"matcha"_s, u"matchalatte"_s}, 40);
        for (const auto &p : trendPosts(u"b"_s, {u"bubbletea"_s, u"boba"_s}, 30))
            all.append(p);
        QVERIFY(t.imports->ingestJson(all));
        for (int first = 0; first < noise; first += 10000) {
            auto r = t.imports->ingestJson(noisePosts(u"n"_s, first, std::min(10000, noise - first)));
            QVERIFY(r);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = ApiTestServer::start();
        QVERIFY(m_server);
        seed(*m_server, 2000);
    }

    void cleanupTestCase() { m_server.reset(); }

    void discoverReturnsTheRunAndItsTiles()
    {
        HttpClient client(m_server->port());
        const HttpResult r = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}, {u"window_hours"_s, 24}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        for (const QString &key : {u"run_id"_s, u"as_of"_s, u"window_hours"_s, u"posts_in_window"_s, u"clusters"_s,
                                   u"trends"_s, u"duration_ms"_s, u"tiles"_s})
            QVERIFY2(body.contains(key), qPrintable(key));
        QVERIFY(!body.value(u"run_id"_s).toString().isEmpty());
        QCOMPARE(body.value(u"as_of"_s).toString(), u"2025-06-01T12:00:00Z"_s);
        QCOMPARE(body.value(u"window_hours"_s).toInt(), 24);
        const QJsonArray tiles = body.value(u"tiles"_s).toArray();
        QCOMPARE(body.value(u"trends"_s).toInt(), tiles.size());
        QCOMPARE(tiles.size(), 2);
        QStringList anchors;
        for (const auto &v : tiles) {
            const QJsonObject tile = v.toObject();
            anchors.append(tile.value(u"anchor"_s).toString());
            for (const QString &key : {u"trend_id"_s, u"hashtags"_s, u"engagement_rate"_s, u"velocity"_s,
                                       u"creator_diversity"_s, u"growth"_s, u"surge_z"_s, u"significance"_s, u"health"_s,
                                       u"confidence"_s, u"urgency"_s, u"checks"_s, u"insight"_s, u"recommendation"_s})
                QVERIFY2(tile.contains(key), qPrintable(key));
            QVERIFY(!tile.contains(u"evidence"_s)); // the evidence chain is GET /trends/{id}'s
        }
        anchors.sort();
        QCOMPARE(anchors, (QStringList{u"boba"_s, u"matcha"_s})); // anchor ties break lexicographically
    }

    void aRunIsMadeBelowTheRequestsPriority()
    {
#ifdef Q_OS_LINUX
        // The run listener is called on the thread that made the run: its nice value is the discovery's, and the
        // threads answering requests keep theirs (the next request is answered as fast as ever).
        const int base = threadNiceness(); // the tests may run niced already
        std::atomic<int> runNiceness{-100};
        m_server->discovery->setRunListener([&runNiceness](const auto &) { runNiceness = threadNiceness(); });
        HttpClient client(m_server->port());
        QCOMPARE(client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}}).status, 200);
        m_server->discovery->setRunListener({});
        QCOMPARE(runNiceness.load(), std::max(kDiscoveryNiceness, base));
        QCOMPARE(threadNiceness(), base);
#else
        QSKIP("thread priorities are set on Linux only");
#endif
    }

    void emptyBodyUsesDefaults()
    {
        HttpClient client(m_server->port());
        const HttpResult r = client.post(u"/api/v1/discover"_s, QByteArray());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"window_hours"_s).toInt(), 24);
    }

    void epochZeroIsATimeNotLatest()
    {
        // Issue 15, finding 8: as_of 1970-01-01T00:00:00Z was read as "latest" (0 was the sentinel).
        HttpClient client(m_server->port());
        for (const QJsonValue &asOf : {QJsonValue(u"1970-01-01T00:00:00Z"_s), QJsonValue(0)}) {
            const HttpResult r = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, asOf}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"as_of"_s).toString(), u"1970-01-01T00:00:00Z"_s);
            QCOMPARE(r.json().value(u"posts_in_window"_s).toInt(), 0);
            QCOMPARE(r.json().value(u"trends"_s).toInt(), 0);
        }
    }

    void postsFromOutsideTimeDoNotMoveTheDefaultAsOf()
    {
        // Issue 15, finding 8: one post dated 9999-12-31 moved the default as_of to year 9999 (and discovery from
        // thousands of posts to one). Such posts are now rejected, naming created_at, and as_of stays put.
        HttpClient client(m_server->port());
        const HttpResult before = client.post(u"/api/v1/discover"_s, QByteArray());
        QCOMPARE(before.status, 200);
        const QString asOf = before.json().value(u"as_of"_s).toString();
        QVERIFY(asOf.startsWith(u"2025-"_s));

        QJsonArray bad;
        for (const QJsonValue &when : {QJsonValue(u"9999-12-31T00:00:00Z"_s), QJsonValue(u"0001-01-01T00:00:00Z"_s),
                                       QJsonValue(qint64(9999999999999))}) {
            QJsonObject p = post(u"tiktok"_s, u"future"_s + QString::number(bad.size()), u"c"_s, {u"matcha"_s}, kAsOfMs);
            p.insert(u"created_at"_s, when);
            bad.append(p);
        }
        const HttpResult posted = client.post(u"/api/v1/posts"_s, postsBody(bad));
        QCOMPARE(posted.status, 200);
        QCOMPARE(posted.json().value(u"accepted"_s).toInt(), 0);
        const QJsonArray rejected = posted.json().value(u"rejected"_s).toArray();
        QCOMPARE(rejected.size(), 3);
        for (const auto &r : rejected)
            QCOMPARE(r.toObject().value(u"field"_s).toString(), u"created_at"_s);

        const HttpResult after = client.post(u"/api/v1/discover"_s, QByteArray());
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json().value(u"as_of"_s).toString(), asOf);
        QCOMPARE(after.json().value(u"trends"_s).toInt(), before.json().value(u"trends"_s).toInt());
    }

    void overridesApplyToThisRunOnly()
    {
        HttpClient client(m_server->port());
        const HttpResult strict = client.postJson(
            u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}, {u"overrides"_s, QJsonObject{{u"validation.min_creators"_s, 35}}}});
        QCOMPARE(strict.status, 200);
        QCOMPARE(strict.json().value(u"trends"_s).toInt(), 1); // only the 40-creator trend passes
        const HttpResult again = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}});
        QCOMPARE(again.json().value(u"trends"_s).toInt(), 2);
    }

    void errorPaths_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("needle");
        QTest::newRow("malformed JSON") << QByteArray("{\"as_of\": ") << 400 << u"malformed"_s;
        QTest::newRow("not an object") << QByteArray("[1]") << 400 << u"object"_s;
        QTest::newRow("unknown field") << QByteArray("{\"window\": 24}") << 400 << u"window"_s;
        QTest::newRow("window_hours a string") << QByteArray("{\"window_hours\": \"24\"}") << 400 << u"window_hours"_s;
        QTest::newRow("window_hours fractional") << QByteArray("{\"window_hours\": 1.5}") << 400 << u"window_hours"_s;
        QTest::newRow("window_hours negative") << QByteArray("{\"window_hours\": -3}") << 422 << u"window_hours"_s;
        QTest::newRow("window_hours zero") << QByteArray("{\"window_hours\": 0}") << 422 << u"window_hours"_s;
        QTest::newRow("as_of not a time") << QByteArray("{\"as_of\": \"yesterday\"}") << 422 << u"as_of"_s;
        QTest::newRow("as_of naive") << QByteArray("{\"as_of\": \"2025-06-01T12:00:00\"}") << 422 << u"as_of"_s;
        QTest::newRow("as_of a boolean") << QByteArray("{\"as_of\": true}") << 400 << u"as_of"_s;
        QTest::newRow("as_of negative") << QByteArray("{\"as_of\": -5}") << 422 << u"as_of"_s;
        QTest::newRow("overrides an array") << QByteArray("{\"overrides\": []}") << 400 << u"overrides"_s;
        QTest::newRow("unknown override key") << QByteArray("{\"overrides\": {\"clustering.nope\": 1}}") << 422 << u"clustering.nope"_s;
        QTest::newRow("override wrong type") << QByteArray("{\"overrides\": {\"clustering.min_posts\": \"many\"}}") << 422 << u"clustering.min_posts"_s;
    }

    void errorPaths()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, needle);
        HttpClient client(m_server->port());
        const HttpResult r = client.post(u"/api/v1/discover"_s, body);
        QCOMPARE(r.status, status);
        const QJsonObject error = r.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), status == 400 ? u"bad_request"_s : u"unprocessable"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(needle), qPrintable(error.value(u"message"_s).toString()));
    }

    void wrongMethodIs405()
    {
        HttpClient client(m_server->port());
        const HttpResult r = client.get(u"/api/v1/discover"_s);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
    }

    /// A large dataset makes discovery take long enough to overlap: /health keeps answering and a
    /// second discovery gets 409 with Retry-After. Latencies are printed, never asserted (CI
    /// machines vary); see the README for the 1M-post measurement.
    void healthAnswersAndSecondDiscoveryConflictsWhileOneRuns()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        const int noise = qEnvironmentVariableIntValue("GT_API_TEST_POSTS") > 0 ? qEnvironmentVariableIntValue("GT_API_TEST_POSTS")
                                                                              : 100000;
        seed(*t, noise);
        const quint16 port = t->port();

        // 1. /health while a discovery runs.
        std::atomic_int firstStatus{0};
        QThread *first = QThread::create([port, &firstStatus] {
            HttpClient client(port);
            firstStatus = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}}).status;
        });
        first->start();
        HttpClient client(port);
        int healthDuring = 0;
        double worstMs = 0;
        while (firstStatus.load() == 0) {
            QElapsedTimer timer;
            timer.start();
            const HttpResult h = client.get(u"/health"_s);
            const double ms = timer.nsecsElapsed() / 1e6;
            QCOMPARE(h.status, 200);
            QCOMPARE(h.json().value(u"status"_s).toString(), u"ok"_s);
            if (firstStatus.load() == 0) {
                ++healthDuring;
                worstMs = std::max(worstMs, ms);
            }
        }
        while (!first->wait(10))
            QCoreApplication::processEvents();
        delete first;
        QCOMPARE(firstStatus.load(), 200);
        qInfo("%d posts: %d /health answers during the discovery, slowest %.1f ms", noise + 70, healthDuring, worstMs);
        QVERIFY(healthDuring > 0);

        // 2. Two discoveries at once: one runs, the other is told 409 + Retry-After at once.
        std::atomic_int statuses[2] = {0, 0};
        QByteArray retryAfter[2];
        QString codes[2];
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads.append(QThread::create([port, i, &statuses, &retryAfter, &codes] {
                HttpClient c(port);
                const HttpResult r = c.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}});
                retryAfter[i] = r.header("Retry-After");
                codes[i] = r.errorCode();
                statuses[i] = r.status;
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            while (!thread->wait(10))
                QCoreApplication::processEvents();
        }
        qDeleteAll(threads);
        QList<int> got{statuses[0].load(), statuses[1].load()};
        std::sort(got.begin(), got.end());
        if (got == QList<int>{200, 200})
            QSKIP("the two discoveries did not overlap on this machine");
        QCOMPARE(got, (QList<int>{200, 409}));
        const int refused = statuses[0].load() == 409 ? 0 : 1;
        QCOMPARE(retryAfter[refused], QByteArray("2"));
        QCOMPARE(codes[refused], u"conflict"_s);
    }

    /// `glasstrend discover --json` and POST /api/v1/discover print the same body for the same
    /// as_of (run ids and durations aside): one runjson, one pipeline.
    void sameTilesAsTheCommandLine()
    {
        const QString exe = testsupport::binaryPath(u"app/glasstrend"_s);
        QVERIFY2(QFileInfo::exists(exe), "glasstrend is built with this test (add_dependencies)");
        HttpClient client(m_server->port());
        const HttpResult api = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}});
        QCOMPARE(api.status, 200);

        QProcess cli;
        cli.start(exe, {u"--db"_s, m_server->dbPath(), u"discover"_s, u"--as-of"_s, isoUtc(kAsOfMs), u"--json"_s});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject fromCli = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QVERIFY(!fromCli.isEmpty());
        QJsonObject fromApi = api.json();
        QCOMPARE(fromCli.value(u"tiles"_s).toArray(), fromApi.value(u"tiles"_s).toArray());
        QCOMPARE(fromCli.value(u"as_of"_s), fromApi.value(u"as_of"_s));
        QCOMPARE(fromCli.value(u"posts_in_window"_s), fromApi.value(u"posts_in_window"_s));
        QCOMPARE(fromCli.value(u"clusters"_s), fromApi.value(u"clusters"_s));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryController)
#include "tst_discoverycontroller.moc"
