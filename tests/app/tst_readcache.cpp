// The optional Redis read cache end to end (issue 14): real `glasstrend --serve` processes over real
// HTTP, on one SQLite database, with a real redis-server this test starts on a free port.
//  - a cached answer is the uncached one byte for byte (an instance without the cache answers the same);
//  - a run stored by one instance is announced, and the other's next read shows it;
//  - Redis hung (SIGSTOP) or killed: every read still answers 200 (from the database), the log warns; Redis back: used again.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"
#include "tests/support/redistestserver.h"
#include "tests/support/testdata.h"

using namespace Qt::StringLiterals;

namespace {

/// One `glasstrend --serve` on `db`, with `cache.redis_url` = `redisUrl` (empty: no cache).
class ServerProcess
{
public:
    ServerProcess(const QString &db, const QString &redisUrl, const QString &home)
    {
        {
            QTcpServer probe; // a port free a moment ago; the server binds it right after
            if (probe.listen(QHostAddress::LocalHost, 0))
                m_port = probe.serverPort();
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        env.insert(u"GLASSTREND_CACHE_REDIS_URL"_s, redisUrl);
        m_process.setProcessEnvironment(env);
        // The log goes to a file: a pipe nobody reads would fill up and stall the server.
        static int serial = 0;
        m_logFile = home + u"/server-%1.log"_s.arg(++serial);
        m_process.setStandardErrorFile(m_logFile);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(testsupport::binaryPath(u"app/glasstrend"_s),
                        {u"--serve"_s, u"--port"_s, QString::number(m_port), u"--db"_s, db});
    }
    ~ServerProcess() { stop(); }

    quint16 port() const { return m_port; }
    /// SIGTERM and wait; the log (stderr) of the whole run.
    QString stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(60000);
        }
        QFile log(m_logFile);
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_logFile;
};

QJsonObject cacheHealth(HttpClient &client)
{
    return client.get(u"/health"_s).json().value(u"cache"_s).toObject();
}

} // namespace

class TestReadCache final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    RedisTestServer m_redis;
    QString m_db;

    /// The reads every case compares: the latest run's tiles, trend, list and decisions, and the same by run id.
    QStringList readPaths(HttpClient &client) const
    {
        const QJsonObject tiles = client.get(u"/api/v1/tiles"_s).json();
        const QString runId = tiles.value(u"run_id"_s).toString();
        const QString trendId = tiles.value(u"tiles"_s).toArray().first().toObject().value(u"trend_id"_s).toString();
        return {u"/api/v1/tiles"_s,
                u"/api/v1/tiles?limit=1&urgency=act_now"_s,
                u"/api/v1/tiles?run_id="_s + runId,
                u"/api/v1/trends/"_s + trendId,
                u"/api/v1/runs"_s,
                u"/api/v1/runs?offset=0&limit=5"_s,
                u"/api/v1/runs/%1/decisions?limit=7"_s.arg(runId),
                u"/api/v1/runs/%1/decisions?stage=validation&limit=3"_s.arg(runId)};
    }

    /// Posts of a planted trend (and noise) through POST /api/v1/posts, then a discovery: its run id.
    QString ingestAndDiscover(HttpClient &client, const QString &prefix, const QStringList &tags)
    {
        HttpResult r = client.post(u"/api/v1/posts"_s, apitest::postsBody(apitest::trendPosts(prefix, tags, 40)));
        if (r.status != 200)
            return {};
        r = client.post(u"/api/v1/posts"_s, apitest::postsBody(apitest::noisePosts(prefix + u"n"_s, 0, 400)));
        if (r.status != 200)
            return {};
        r = client.postJson(u"/api/v1/discover"_s, {});
        return r.status == 200 ? r.json().value(u"run_id"_s).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(u"team.db"_s);
        if (!m_redis.available())
            return;
        QVERIFY2(m_redis.start(), qPrintable(m_redis.error()));
    }

    void cachedAnswersAreTheUncachedBytes()
    {
        if (!m_redis.available())
            QSKIP(qPrintable(m_redis.skipReason()));
        ServerProcess plain(m_db, QString(), m_home.path());
        ServerProcess cached(m_db, m_redis.url(), m_home.path());
        HttpClient a(plain.port());
        HttpClient b(cached.port());
        QTRY_COMPARE_WITH_TIMEOUT(a.get(u"/health"_s).status, 200, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(b.get(u"/health"_s).status, 200, 60000);
        QCOMPARE(cacheHealth(a).value(u"backend"_s).toString(), u"none"_s);
        QCOMPARE(cacheHealth(a).value(u"state"_s).toString(), u"off"_s);
        QCOMPARE(cacheHealth(b).value(u"backend"_s).toString(), u"redis"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cacheHealth(b).value(u"state"_s).toString(), u"ok"_s, 30000);

        const QString runId = ingestAndDiscover(a, u"m"_s, {u"matcha"_s, u"matchalatte"_s});
        QVERIFY(!runId.isEmpty());
        // A writes behind its answer, and answers the list of runs from the queued run: its decision log is read
        // from the database, so that answer means the run is written, and B reads it there.
        QCOMPARE(a.get(u"/api/v1/runs/%1/decisions"_s.arg(runId)).status, 200);
        for (const QString &path : readPaths(a)) {
            const HttpResult fromDatabase = a.get(path);
            QVERIFY2(fromDatabase.status == 200, qPrintable(path + u" "_s + QString::fromUtf8(fromDatabase.body)));
            const HttpResult miss = b.get(path);
            const qint64 hitsBefore = cacheHealth(b).value(u"hits"_s).toInteger();
            const HttpResult hit = b.get(path);
            QCOMPARE(cacheHealth(b).value(u"hits"_s).toInteger(), hitsBefore + 1); // this one came from Redis
            QCOMPARE(miss.status, 200);
            QCOMPARE(hit.status, 200);
            QVERIFY2(miss.body == fromDatabase.body, qPrintable(path));
            QVERIFY2(hit.body == fromDatabase.body, qPrintable(path));
        }
        // Errors are never cached: an unknown run is a 404 each time, and the same 404 as without the cache.
        for (int i = 0; i < 2; ++i) {
            const HttpResult unknown = b.get(u"/api/v1/runs/r_nope/decisions"_s);
            QCOMPARE(unknown.status, 404);
            QCOMPARE(unknown.body, a.get(u"/api/v1/runs/r_nope/decisions"_s).body);
        }
        QVERIFY(plain.stop().contains(u"server stopped"_s));
        const QString log = cached.stop();
        QVERIFY2(log.contains(u"read cache: Redis at redis://127.0.0.1:"_s), qPrintable(log));
    }

    void aStoredRunReachesTheOtherInstance()
    {
        if (!m_redis.available())
            QSKIP(qPrintable(m_redis.skipReason()));
        ServerProcess first(m_db, m_redis.url(), m_home.path());
        ServerProcess second(m_db, m_redis.url(), m_home.path());
        HttpClient a(first.port());
        HttpClient b(second.port());
        QTRY_COMPARE_WITH_TIMEOUT(cacheHealth(a).value(u"state"_s).toString(), u"ok"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(cacheHealth(b).value(u"state"_s).toString(), u"ok"_s, 60000);

        const QString before = b.get(u"/api/v1/tiles"_s).json().value(u"run_id"_s).toString();
        QVERIFY(!before.isEmpty()); // the previous case's run
        QCOMPARE(b.get(u"/api/v1/tiles"_s).json().value(u"run_id"_s).toString(), before); // cached now
        const qint64 heard = cacheHealth(b).value(u"runs_heard"_s).toInteger();

        // A new run on A, with new posts: a new run id.
        const QString runId = ingestAndDiscover(a, u"h"_s, {u"hojicha"_s, u"hojichalatte"_s});
        QVERIFY(!runId.isEmpty());
        QVERIFY(runId != before);
        QCOMPARE(a.get(u"/api/v1/tiles"_s).json().value(u"run_id"_s).toString(), runId); // A sees its own at once
        // B hears of it (the announcement follows the write), and its next reads show the new run.
        QTRY_VERIFY_WITH_TIMEOUT(cacheHealth(b).value(u"runs_heard"_s).toInteger() > heard, 30000);
        QCOMPARE(b.get(u"/api/v1/tiles"_s).json().value(u"run_id"_s).toString(), runId);
        QCOMPARE(b.get(u"/api/v1/runs?limit=1"_s).json().value(u"runs"_s).toArray().first().toObject()
                     .value(u"run_id"_s).toString(), runId);
        QCOMPARE(b.get(u"/api/v1/tiles"_s).body, a.get(u"/api/v1/tiles"_s).body);
        QCOMPARE(b.get(u"/api/v1/runs"_s).body, a.get(u"/api/v1/runs"_s).body);
    }

    void redisKilledAndBack()
    {
        if (!m_redis.available())
            QSKIP(qPrintable(m_redis.skipReason()));
        ServerProcess server(m_db, m_redis.url(), m_home.path());
        HttpClient client(server.port());
        QTRY_COMPARE_WITH_TIMEOUT(cacheHealth(client).value(u"state"_s).toString(), u"ok"_s, 60000);
        const QStringList paths = readPaths(client);
        QHash<QString, QByteArray> bodies;
        for (const QString &path : paths) {
            const HttpResult r = client.get(path);
            QCOMPARE(r.status, 200);
            bodies.insert(path, r.body);
        }

        // A Redis that hangs: every call gives up after its timeout, and the reads come from the database.
        m_redis.pause();
        for (const QString &path : paths) {
            const HttpResult r = client.get(path);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body == bodies.value(path), qPrintable(path));
        }
        QCOMPARE(cacheHealth(client).value(u"state"_s).toString(), u"unavailable"_s);
        m_redis.resume();
        QTRY_VERIFY_WITH_TIMEOUT(client.get(u"/api/v1/tiles"_s).status == 200 &&
                                     cacheHealth(client).value(u"state"_s).toString() == u"ok"_s,
                                 30000);

        m_redis.kill(); // SIGKILL: no goodbye to the connections
        for (int round = 0; round < 3; ++round) {
            for (const QString &path : paths) {
                const HttpResult r = client.get(path);
                QCOMPARE(r.status, 200);
                QVERIFY2(r.body == bodies.value(path), qPrintable(path));
            }
        }
        const HttpResult health = client.get(u"/health"_s);
        QCOMPARE(health.status, 200); // the cache is not the database: the instance is up
        QCOMPARE(health.json().value(u"cache"_s).toObject().value(u"state"_s).toString(), u"unavailable"_s);
        // A discovery while Redis is down is stored and answered as ever.
        // (The same inputs: the same run id, stored again as the latest.)
        QCOMPARE(client.postJson(u"/api/v1/discover"_s, {}).status, 200);
        QCOMPARE(client.get(u"/api/v1/runs"_s).status, 200);

        // Redis back (empty, on the same port): the instance reconnects and answers from it again.
        QVERIFY2(m_redis.start(), qPrintable(m_redis.error()));
        const qint64 hits = cacheHealth(client).value(u"hits"_s).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(client.get(u"/api/v1/tiles"_s).status == 200 &&
                                     cacheHealth(client).value(u"hits"_s).toInteger() > hits,
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(cacheHealth(client).value(u"state"_s).toString(), u"ok"_s, 30000);
        for (const QString &path : paths)
            QCOMPARE(client.get(path).status, 200);

        const QString log = server.stop();
        QVERIFY2(log.contains(u"read cache unavailable"_s), qPrintable(log));
        // One warning per outage (the hang, then the kill), not one per request.
        QCOMPARE(log.count(u"read cache unavailable"_s), 2);
        QVERIFY2(log.contains(u"answers again"_s), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestReadCache)
#include "tst_readcache.moc"
