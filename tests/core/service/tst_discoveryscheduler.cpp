// discovery.schedule: a short interval on a real DiscoveryService over a temporary SQLite database stores
// one run per tick; a tick while a run is going is skipped, not queued.
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/timeformat.h"
#include "core/service/discoveryscheduler.h"
#include "core/service/importservice.h"
#include "tests/support/sqlitediscovery.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1748779200000LL; // 2025-06-01T12:00:00Z

/// `n` posts whose newest is at `newestMs`: each batch moves "latest", so each run has inputs of its own.
QJsonArray posts(const QString &prefix, int n, qint64 newestMs)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i)
        out.append(QJsonObject{{u"platform"_s, u"tiktok"_s},
                               {u"post_id"_s, QString(prefix + QString::number(i))},
                               {u"creator_id"_s, QString(u"c"_s + QString::number(i))},
                               {u"hashtags"_s, QJsonArray{u"matcha"_s, u"latte"_s}},
                               {u"likes"_s, 10},
                               {u"created_at"_s, isoUtc(newestMs - qint64(i) * 60000)}});
    return out;
}

} // namespace

class TestDiscoveryScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesARunOnEveryTick()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.db"_s));
        QVERIFY(db.ok());
        ImportService imports(std::make_shared<PostRepository>(db.value()), IngestOptions{});
        QVERIFY(imports.ingestJson(posts(u"a"_s, 20, kT0)).ok());
        auto discovery = sqliteDiscovery(db.value(), {}, u"latest"_s, true);

        DiscoveryScheduler scheduler(discovery, 20);
        QStringList stored;
        connect(&scheduler, &DiscoveryScheduler::runStored, this, [&](const QString &runId) {
            stored.append(runId);
            // New posts after the first run: the next scheduled run has a later as_of, so a new run id.
            if (stored.size() == 1)
                QVERIFY(imports.ingestJson(posts(u"b"_s, 20, kT0 + 3600000)).ok());
        });
        QSignalSpy failed(&scheduler, &DiscoveryScheduler::runFailed);
        scheduler.start();
        QVERIFY(scheduler.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(QSet<QString>(stored.cbegin(), stored.cend()).size() >= 2, 60000);
        scheduler.stop();
        QCOMPARE(failed.count(), 0);

        auto listed = discovery->runs()->listRuns(10);
        QVERIFY(listed.ok());
        QVERIFY2(listed.value().size() >= 2, qPrintable(QString::number(listed.value().size())));
        QSet<QString> listedIds;
        for (const RunSummary &r : listed.value())
            listedIds.insert(r.runId);
        for (const QString &id : stored)
            QVERIFY2(listedIds.contains(id), qPrintable(id));
    }

    void aTickDuringARunIsSkipped()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.db"_s));
        QVERIFY(db.ok());
        ImportService imports(std::make_shared<PostRepository>(db.value()), IngestOptions{});
        QVERIFY(imports.ingestJson(posts(u"a"_s, 20, kT0)).ok());
        DiscoveryScheduler scheduler(sqliteDiscovery(db.value()), 3600 * 1000);
        QSignalSpy stored(&scheduler, &DiscoveryScheduler::runStored);
        scheduler.tick();
        QVERIFY(scheduler.isRunning());
        scheduler.tick(); // the first run's result comes through the event loop: it is still going
        QCOMPARE(scheduler.skippedTicks(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 60000);
        QVERIFY(!scheduler.isRunning());
        scheduler.tick();
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 2, 60000);
        QCOMPARE(scheduler.skippedTicks(), 1);
    }

    /// The desktop's schedule: each tick asks with the project's parameters in full (DiscoverRequest::params), and the
    /// stored run comes with the `stored` signal.
    void aTickAsksWithTheGivenParameters()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.db"_s));
        QVERIFY(db.ok());
        ImportService imports(std::make_shared<PostRepository>(db.value()), IngestOptions{});
        QVERIFY(imports.ingestJson(posts(u"a"_s, 20, kT0)).ok());
        auto discovery = sqliteDiscovery(db.value());
        DiscoveryScheduler scheduler(discovery, 3600 * 1000);
        int asked = 0;
        scheduler.setRequest([&asked] {
            ++asked;
            DiscoverRequest request;
            PipelineParams params;
            params.windowHours = 48;
            params.minPosts = 7;
            request.params = params;
            request.overrides = QJsonObject{{u"clustering.min_jaccard"_s, 0.3}}; // still applied on top
            return request;
        });
        QSignalSpy stored(&scheduler, &DiscoveryScheduler::stored);
        scheduler.tick();
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 60000);
        QCOMPARE(asked, 1);
        const auto run = stored.at(0).at(0).value<std::shared_ptr<const RunResult>>();
        QVERIFY(run);
        QCOMPARE(run->params.windowHours, 48);
        QCOMPARE(run->params.minPosts, 7);
        QCOMPARE(run->params.minJaccard, 0.3);
        QCOMPARE(run->asOfMs, kT0); // as_of left empty: the newest post
        auto loaded = discovery->runs()->loadRun(run->runId);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value()->params.windowHours, 48);
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryScheduler)
#include "tst_discoveryscheduler.moc"
