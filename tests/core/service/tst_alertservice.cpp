// AlertService records the alerts a run raises off its own thread: while another connection holds the database's
// write lock (a run being stored, an ingest), the thread it lives on (the server's event loop, the desktop's window)
// keeps running, and the alert is recorded, signalled and listed once the lock is let go.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QSignalSpy>

#include "core/model/runresult.h"
#include "core/service/alertservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitealertstore.h"

using namespace Qt::StringLiterals;

namespace {

/// A run with one trend at act_now.
std::shared_ptr<const RunResult> actNowRun()
{
    auto run = std::make_shared<RunResult>();
    run->runId = u"run1"_s;
    run->asOfMs = 1748779200000LL;
    ClusterResult c;
    c.trendId = u"t1"_s;
    c.anchor = u"matcha"_s;
    c.hashtags = {u"matcha"_s, u"matchalatte"_s};
    c.title = u"#matcha #matchalatte"_s;
    c.isTrend = true;
    c.urgency = u"act_now"_s;
    c.growth = 4.0;
    run->clusters = {c};
    return run;
}

} // namespace

class TestAlertService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHeldWriteLockDoesNotHoldUpTheEventLoop()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"t.db"_s));
        QVERIFY(database.ok());
        auto store = std::make_shared<const SqliteAlertStore>(database.value());
        AlertService alerts(store, WatchList{{}, true}, WebhookSettings{}, QString());
        QSignalSpy evaluated(&alerts, &AlertService::runEvaluated);

        // Another connection takes the write lock, as a run being stored holds it.
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(dir.filePath(u"t.db"_s));
            QVERIFY(holder.open());
            QSqlQuery begin(holder);
            QVERIFY(begin.exec(u"BEGIN IMMEDIATE"_s));

            int ticks = 0;
            QTimer ticker;
            connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
            ticker.start(10);
            alerts.runStored(actNowRun());
            QTest::qWait(400);
            // Recording waits for the lock (SQLite's busy timeout is seconds), this thread does not: before, the
            // alert was written here and the timer stood still until the lock was let go (at most one tick). A
            // loaded machine still ticks a few times in 400 ms.
            QCOMPARE(evaluated.count(), 0);
            QVERIFY2(ticks >= 5, qPrintable(u"%1 ticks in 400 ms"_s.arg(ticks)));

            QVERIFY(QSqlQuery(holder).exec(u"ROLLBACK"_s));
            holder.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);

        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 10000);
        QCOMPARE(evaluated.at(0).at(0).toString(), u"run1"_s);
        QCOMPARE(evaluated.at(0).at(1).toInt(), 1);
        auto listed = store->list(10, 0);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().at(0).alert.reason, u"act_now"_s);

        // Evaluated again, nothing is new: still signalled, in order.
        alerts.runStored(actNowRun());
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 2, 10000);
        QCOMPARE(evaluated.at(1).at(1).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertService)
#include "tst_alertservice.moc"
