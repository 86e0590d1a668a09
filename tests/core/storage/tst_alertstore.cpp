// The alerts' once-only set and delivery state, on SQLite (migration 7) and PostgreSQL (migration 3): a (trend,
// reason) is raised once, also by a second process opening the same database later; the list is newest first;
// delivery is kept.
#include <functional>

#include <QTemporaryDir>
#include <QTest>

#include "core/storage/alertstore.h"
#include "core/storage/database.h"
#include "core/storage/postgres/pgstorage.h"
#include "core/storage/sqlite/sqlitestorage.h"
#include "tests/support/storagebackends.h"

using namespace Qt::StringLiterals;

namespace {

Alert alertOf(const QString &trendId, const QString &reason, const QString &runId)
{
    Alert a;
    a.trendId = trendId;
    a.reason = reason;
    a.runId = runId;
    a.asOfMs = 1748779200000LL;
    a.title = u"#matcha #icedmatcha"_s;
    a.urgency = u"act_now"_s;
    a.growth = 4.5;
    if (reason == u"watched_tag"_s)
        a.watched = {u"matcha"_s, u"icedmatcha"_s};
    return a;
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

    StorageBackends m_backends;
    QTemporaryDir m_dir;
    int m_opened = 0;

    /// Opens the same database each call (as another process would): a file, or a PostgreSQL database.
    std::function<Result<Storage>()> sameDatabase(const QString &backend)
    {
        if (backend == u"sqlite"_s) {
            const QString path = m_dir.filePath(u"a%1.db"_s.arg(++m_opened));
            return [path]() -> Result<Storage> {
                auto db = Database::open(path);
                if (!db)
                    return db.error();
                return openSqliteStorage(db.value());
            };
        }
        const QString uri = m_backends.freshPostgresUri();
        return [uri]() { return pgstorage::open(uri, {}); };
    }

private Q_SLOTS:
    void initTestCase() { m_backends.start(); }

    void raisedOnceAcrossReopens_data() { StorageBackends::addRows(); }
    void raisedOnceAcrossReopens()
    {
        QFETCH(QString, backend);
        if (const QString why = m_backends.unavailable(backend); !why.isEmpty())
            QSKIP(qPrintable(why));
        const auto open = sameDatabase(backend);
        {
            auto storage = open();
            QVERIFY2(storage.ok(), qPrintable(storage.ok() ? QString() : storage.error().message));
            QVERIFY(storage.value().alerts);
            const AlertStore &store = *storage.value().alerts;
            auto first = store.raise(alertOf(u"t1"_s, u"watched_tag"_s, u"r1"_s), 1000);
            QVERIFY(first.ok());
            QVERIFY(first.value().has_value());
            QCOMPARE(first.value()->alert.watched, (QStringList{u"matcha"_s, u"icedmatcha"_s}));
            auto again = store.raise(alertOf(u"t1"_s, u"watched_tag"_s, u"r2"_s), 2000);
            QVERIFY(again.ok());
            QVERIFY(!again.value().has_value()); // same trend and reason, a later run
            auto otherReason = store.raise(alertOf(u"t1"_s, u"act_now"_s, u"r2"_s), 2000);
            QVERIFY2(otherReason.ok(), otherReason.ok() ? "" : qPrintable(otherReason.error().message));
            QVERIFY(otherReason.value().has_value());
            QVERIFY(store.setDelivery(first.value()->id, 3, true).ok());
            QVERIFY(store.setDelivery(otherReason.value()->id, 1, false).ok());
        }
        auto storage = open();
        QVERIFY(storage.ok());
        const AlertStore &store = *storage.value().alerts;
        auto afterRestart = store.raise(alertOf(u"t1"_s, u"act_now"_s, u"r3"_s), 3000);
        QVERIFY(afterRestart.ok());
        QVERIFY(!afterRestart.value().has_value());

        auto listed = store.list(10);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 2);
        const AlertRecord &newest = listed.value().at(0);
        QCOMPARE(newest.alert.reason, u"act_now"_s);
        QCOMPARE(newest.alert.runId, u"r2"_s);
        QCOMPARE(newest.createdAtMs, 2000);
        QVERIFY(!newest.delivered);
        QCOMPARE(newest.attempts, 1);
        QCOMPARE(newest.alert.growth, std::optional<double>(4.5));
        QVERIFY(newest.alert.watched.isEmpty());
        const AlertRecord &oldest = listed.value().at(1);
        QCOMPARE(oldest.alert.reason, u"watched_tag"_s);
        QVERIFY(oldest.delivered);
        QCOMPARE(oldest.attempts, 3);
        QCOMPARE(oldest.alert.title, u"#matcha #icedmatcha"_s);

        QCOMPARE(store.list(10, 1).value().size(), 1);
        QCOMPARE(store.undelivered(5).value().size(), 1);
        QCOMPARE(store.undelivered(1).value().size(), 0); // its one attempt used the bound
    }

    void undefinedGrowthStaysUndefined_data() { StorageBackends::addRows(); }
    void undefinedGrowthStaysUndefined()
    {
        GT_OPEN_STORAGE(m_backends, storage);
        const AlertStore &store = *storage.alerts;
        Alert a = alertOf(u"t2"_s, u"act_now"_s, u"r1"_s);
        a.growth.reset();
        QVERIFY(store.raise(a, 1).value().has_value());
        QVERIFY(!store.list(1).value().at(0).alert.growth.has_value());
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
