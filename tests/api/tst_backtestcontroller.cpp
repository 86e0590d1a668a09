#include <QtTest>

#include "core/api/backtestjobs.h"
#include "core/model/backtestjson.h"
#include "core/model/timeformat.h"
#include "core/service/backtest.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;
using namespace apitest;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

/// Polls GET /api/v1/backtest/{id} until the job has ended; the last answer.
HttpResult waitForEnd(HttpClient &client, const QString &id)
{
    HttpResult r;
    for (int i = 0; i < 6000; ++i) {
        r = client.get(u"/api/v1/backtest/"_s + id);
        const QString state = r.json().value(u"state"_s).toString();
        if (r.status != 200 || state == u"done"_s || state == u"failed"_s || state == u"cancelled"_s)
            break;
        QTest::qWait(20);
    }
    return r;
}

} // namespace

/// POST /api/v1/backtest and GET /api/v1/backtest/{id} over real HTTP: 202 at once with a job, progress, the result
/// (the same JSON as a Backtest run in process, so the same as `glasstrend backtest --json`), every error path, and
/// the bounds on queued and kept jobs.
class TestBacktestController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = ApiTestServer::start();
        QVERIFY(m_server);
        QJsonArray all = trendPosts(u"m"_s, {u"matcha"_s, u"matchalatte"_s}, 40);
        for (const auto &p : trendPosts(u"b"_s, {u"bubbletea"_s, u"boba"_s}, 30))
            all.append(p);
        QVERIFY(m_server->imports->ingestJson(all));
        QVERIFY(m_server->imports->ingestJson(noisePosts(u"n"_s, 0, 2000)));
    }

    void cleanupTestCase() { m_server.reset(); }

    void startsAtOnceAndAnswersTheResult()
    {
        HttpClient client(m_server->port());
        const QJsonObject body{{u"from"_s, isoUtc(kAsOfMs - 12 * kHourMs)}, {u"to"_s, isoUtc(kAsOfMs)},
                               {u"step_hours"_s, 1}};
        const HttpResult started = client.postJson(u"/api/v1/backtest"_s, body);
        QCOMPARE(started.status, 202);
        const QJsonObject job = started.json();
        const QString id = job.value(u"id"_s).toString();
        QCOMPARE(id.size(), 32);
        QVERIFY(QStringList({u"queued"_s, u"running"_s, u"done"_s}).contains(job.value(u"state"_s).toString()));
        QCOMPARE(job.value(u"progress"_s).toObject().value(u"total"_s).toInt(), 13);
        QCOMPARE(job.value(u"href"_s).toString(), u"/api/v1/backtest/"_s + id);
        QCOMPARE(started.header("Location"), (u"/api/v1/backtest/"_s + id).toUtf8());
        QCOMPARE(job.value(u"request"_s).toObject().value(u"from"_s).toString(), u"2025-06-01T00:00:00Z"_s);

        const HttpResult ended = waitForEnd(client, id);
        QCOMPARE(ended.status, 200);
        const QJsonObject done = ended.json();
        QCOMPARE(done.value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(done.value(u"progress"_s).toObject().value(u"done"_s).toInt(), 13);
        QJsonObject result = done.value(u"result"_s).toObject();
        QCOMPARE(result.value(u"steps"_s).toArray().size(), 13);
        QStringList anchors;
        for (const QJsonValue &t : result.value(u"trends"_s).toArray())
            anchors.append(t.toObject().value(u"anchor"_s).toString());
        anchors.sort();
        QCOMPARE(anchors, (QStringList{u"boba"_s, u"matcha"_s}));

        // The same answer as the backtest run in process (which `glasstrend backtest --json` prints).
        BacktestRequest request;
        request.fromMs = kAsOfMs - 12 * kHourMs;
        request.toMs = kAsOfMs;
        auto direct = Backtest(m_server->discovery->posts(), m_server->discovery->defaults()).run(request);
        QVERIFY(direct.ok());
        QJsonObject expected = backtestjson::toJson(direct.value());
        expected.remove(u"duration_ms"_s);
        result.remove(u"duration_ms"_s);
        QCOMPARE(QJsonDocument(result).toJson(), QJsonDocument(expected).toJson());
    }

    void badRequestsAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        const QString to = isoUtc(kAsOfMs);
        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        QTest::newRow("malformed") << QByteArray("{\"from\":") << 400 << u"malformed JSON"_s;
        QTest::newRow("empty") << QByteArray() << 400 << u"empty"_s;
        QTest::newRow("no to") << json({{u"from"_s, to}}) << 400 << u"to: required"_s;
        QTest::newRow("unknown key") << json({{u"from"_s, to}, {u"to"_s, to}, {u"stepp"_s, 1}}) << 400
                                     << u"unknown field \"stepp\""_s;
        QTest::newRow("not a time") << json({{u"from"_s, u"yesterday"_s}, {u"to"_s, to}}) << 422
                                    << u"from: not an ISO-8601 time"_s;
        QTest::newRow("reversed") << json({{u"from"_s, to}, {u"to"_s, isoUtc(kAsOfMs - kHourMs)}}) << 422
                                  << u"is before from"_s;
        QTest::newRow("step 0") << json({{u"from"_s, to}, {u"to"_s, to}, {u"step_hours"_s, 0}}) << 422
                                << u"step_hours: must be between 1"_s;
        QTest::newRow("step text") << json({{u"from"_s, to}, {u"to"_s, to}, {u"step_hours"_s, u"1"_s}}) << 400
                                   << u"step_hours: must be an integer"_s;
        QTest::newRow("too many steps") << json({{u"from"_s, isoUtc(kAsOfMs - 3000 * kHourMs)}, {u"to"_s, to}}) << 422
                                        << u"at most 2000 steps"_s;
        QTest::newRow("bad override") << json({{u"from"_s, to}, {u"to"_s, to},
                                               {u"overrides"_s, QJsonObject{{u"clustering.min_jaccrd"_s, 0.3}}}})
                                      << 422 << u"clustering.min_jaccrd"_s;
    }

    void badRequestsAreClearErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, says);
        HttpClient client(m_server->port());
        const HttpResult r = client.post(u"/api/v1/backtest"_s, body);
        QCOMPARE(r.status, status);
        const QString message = r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void unknownJobIs404AndOtherMethods405()
    {
        HttpClient client(m_server->port());
        const HttpResult missing = client.get(u"/api/v1/backtest/nosuchjob"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), u"not_found"_s);
        QCOMPARE(client.get(u"/api/v1/backtest"_s).status, 405);
        QCOMPARE(client.send("DELETE", u"/api/v1/backtest/nosuchjob"_s).status, 405);
    }

    /// Only the newest finished jobs are kept (a server answering backtests for weeks does not grow).
    void finishedJobsAreBounded()
    {
        BacktestJobs jobs(m_server->discovery->posts(), m_server->discovery->defaults(), 2);
        BacktestRequest request;
        request.fromMs = kAsOfMs - 2 * kHourMs;
        request.toMs = kAsOfMs;
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            auto job = jobs.start(request);
            QVERIFY(job.ok());
            ids.append(job.value().id);
        }
        QTRY_VERIFY_WITH_TIMEOUT(jobs.find(ids.last()) && jobs.find(ids.last())->state == u"done"_s, 60000);
        QVERIFY(!jobs.find(ids.first())); // evicted: the oldest of three finished, two kept
        QCOMPARE(jobs.find(ids.at(1))->state, u"done"_s);
    }

    /// More than four queued or running backtests: 409 with Retry-After; the server's end cancels them.
    void tooManyJobsIs409()
    {
        HttpClient client(m_server->port());
        const QJsonObject longOne{{u"from"_s, isoUtc(kAsOfMs - 1999 * kHourMs)}, {u"to"_s, isoUtc(kAsOfMs)}};
        int accepted = 0;
        HttpResult last;
        for (int i = 0; i < BacktestJobs::kMaxQueued + 1; ++i) {
            last = client.postJson(u"/api/v1/backtest"_s, longOne);
            accepted += last.status == 202 ? 1 : 0;
        }
        QCOMPARE(accepted, BacktestJobs::kMaxQueued);
        QCOMPARE(last.status, 409);
        QVERIFY(!last.header("Retry-After").isEmpty());
    }
};

QTEST_MAIN(TestBacktestController)
#include "tst_backtestcontroller.moc"
