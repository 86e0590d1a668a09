// discovery.schedule across instances (issue 14): a tick is run by exactly one of the schedulers sharing a
// database. LocalScheduleClaims (SQLite, one process) by hand; PgScheduleClaims with two "instances" (two
// connection pools, two services, two schedulers) on one real PostgreSQL 15 this test starts: N ticks
// claimed by both at the same moment give N runs, not 2N; the same with the schedulers' own timers.
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/model/ingestoptions.h"
#include "core/model/timeformat.h"
#include "core/service/discoveryscheduler.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/localscheduleclaims.h"
#include "core/storage/postgres/pgstorage.h"
#include "core/storage/scheduleclaims.h"
#include "tests/support/pgtestserver.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1748779200000LL; // 2025-06-01T12:00:00Z

QJsonArray posts(int n)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i)
        out.append(QJsonObject{{u"platform"_s, i % 2 ? u"tiktok"_s : u"weibo"_s},
                               {u"post_id"_s, QString(u"p"_s + QString::number(i))},
                               {u"creator_id"_s, QString(u"c"_s + QString::number(i))},
                               {u"hashtags"_s, QJsonArray{u"matcha"_s, u"latte"_s}},
                               {u"likes"_s, 10},
                               {u"created_at"_s, isoUtc(kT0 - qint64(i) * 60000)}});
    return out;
}

/// One server instance's part: its own connection pool, discovery service and scheduler.
struct Instance
{
    Storage storage;
    std::shared_ptr<DiscoveryService> discovery;
    std::unique_ptr<DiscoveryScheduler> scheduler;
    QSet<qint64> claimed;
    int stored = 0;
    int failed = 0;

    Instance(const QString &uri, int intervalMs)
    {
        auto opened = pgstorage::open(uri, {});
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return;
        }
        storage = std::move(opened).value();
        discovery = std::make_shared<DiscoveryService>(storage.posts, storage.runs, PipelineParams{});
        scheduler = std::make_unique<DiscoveryScheduler>(discovery, intervalMs, storage.schedule);
        QObject::connect(scheduler.get(), &DiscoveryScheduler::tickClaimed, [this](qint64 t) { claimed.insert(t); });
        QObject::connect(scheduler.get(), &DiscoveryScheduler::runStored, [this] { ++stored; });
        QObject::connect(scheduler.get(), &DiscoveryScheduler::runFailed, [this](const QString &why) {
            ++failed;
            qWarning("scheduled run failed: %s", qPrintable(why));
        });
    }
};

} // namespace

class TestScheduleClaims final : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_pg;
    bool m_running = false;

    QString database(const QString &name)
    {
        const QString uri = m_pg.createDatabase(name);
        auto storage = pgstorage::open(uri, {});
        if (!storage)
            return {};
        ImportService imports(storage.value().posts, IngestOptions{});
        return imports.ingestJson(posts(40)).ok() ? uri : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_pg.available())
            return;
        m_running = m_pg.start();
        QVERIFY2(m_running, qPrintable(m_pg.error()));
    }

    void localClaimsEachTickOnce()
    {
        LocalScheduleClaims claims;
        QCOMPARE(claims.claim(1000, 5).value(), true);
        QCOMPARE(claims.claim(1000, 5).value(), false); // taken
        QCOMPARE(claims.claim(1000, 4).value(), false); // older than one taken
        QCOMPARE(claims.claim(1000, 6).value(), true);
        QCOMPARE(claims.claim(2000, 5).value(), true); // another schedule
    }

    void postgresClaimsEachTickOnce()
    {
        if (!m_running)
            QSKIP(qPrintable(m_pg.skipReason()));
        const QString uri = m_pg.createDatabase(u"claims"_s);
        auto a = pgstorage::open(uri, {});
        auto b = pgstorage::open(uri, {});
        QVERIFY(a.ok() && b.ok());
        const ScheduleClaims &first = *a.value().schedule;
        const ScheduleClaims &second = *b.value().schedule;
        QCOMPARE(first.claim(60000, 100).value(), true);
        QCOMPARE(second.claim(60000, 100).value(), false); // after the winner committed: the row says taken
        QCOMPARE(first.claim(60000, 100).value(), false);
        QCOMPARE(second.claim(60000, 101).value(), true);
        QCOMPARE(first.claim(1000, 100).value(), true); // another interval, another schedule
    }

    void nTicksOnTwoInstancesAreNRuns()
    {
        if (!m_running)
            QSKIP(qPrintable(m_pg.skipReason()));
        const QString uri = database(u"ticks"_s);
        QVERIFY(!uri.isEmpty());
        Instance a(uri, 60000), b(uri, 60000);
        QVERIFY(a.scheduler && b.scheduler);
        constexpr int kTicks = 6;
        for (qint64 t = 1; t <= kTicks; ++t) {
            // Both instances' workers claim the same tick at the same moment.
            a.scheduler->runTick(t);
            b.scheduler->runTick(t);
            QTRY_VERIFY_WITH_TIMEOUT(!a.scheduler->isRunning() && !b.scheduler->isRunning(), 60000);
        }
        QCOMPARE(a.failed + b.failed, 0);
        QCOMPARE(a.stored + b.stored, kTicks); // N runs, not 2N
        QCOMPARE(a.scheduler->ticksTakenElsewhere() + b.scheduler->ticksTakenElsewhere(), kTicks);
        QVERIFY((a.claimed & b.claimed).isEmpty());
        QCOMPARE((a.claimed | b.claimed).size(), kTicks);
    }

    void theirOwnTimersRunEachTickOnce()
    {
        if (!m_running)
            QSKIP(qPrintable(m_pg.skipReason()));
        const QString uri = database(u"timers"_s);
        QVERIFY(!uri.isEmpty());
        Instance a(uri, 300), b(uri, 300);
        QVERIFY(a.scheduler && b.scheduler);
        a.scheduler->start();
        b.scheduler->start();
        QTRY_VERIFY_WITH_TIMEOUT((a.claimed | b.claimed).size() >= 4, 60000);
        a.scheduler->stop();
        b.scheduler->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!a.scheduler->isRunning() && !b.scheduler->isRunning(), 60000);
        QCoreApplication::processEvents(); // the last tickClaimed notes
        QVERIFY((a.claimed & b.claimed).isEmpty()); // no tick run by both
        QCOMPARE(a.stored + b.stored + a.failed + b.failed, (a.claimed | b.claimed).size());
        QCOMPARE(a.failed + b.failed, 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduleClaims)
#include "tst_scheduleclaims.moc"
