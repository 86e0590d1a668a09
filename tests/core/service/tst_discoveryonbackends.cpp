// issue 14: the same data and settings give the same Dataset, tiles, numbers, ids and order on
// PostgreSQL as on SQLite, through DiscoveryService, loading per run (the CLI) and through the live
// window (the server, the desktop).
#include <limits>

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/ingestoptions.h"
#include "core/model/runjson.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/service/livewindow.h"
#include "core/storage/poststore.h"
#include "core/storage/preparedbatch.h"
#include "core/storage/runstore.h"
#include "tests/bench/datagen/datagenerator.h"
#include "tests/bench/datagen/nativendjsonwriter.h"
#include "tests/support/storagebackends.h"

using namespace Qt::StringLiterals;

namespace {

/// Every field of a Dataset, as text (row ids included: both stores number new posts in file order).
QByteArray dump(const Dataset &d)
{
    QByteArray out;
    const QStringList ids = d.postIds.toList();
    for (const auto &[name, list] : {std::pair("platforms ", &d.platforms), std::pair("creators ", &d.creators),
                                     std::pair("names ", &d.creatorNames), std::pair("regions ", &d.regions),
                                     std::pair("tags ", &d.tags), std::pair("ids ", &ids)}) {
        out += name;
        out += list->join(u'|').toUtf8();
        out += '\n';
    }
    for (const DatasetPost &p : d.posts) {
        out += QByteArray::number(p.rowId) + ' ' + QByteArray::number(p.createdAtMs) + ' ' +
               QByteArray::number(p.likes) + ' ' + QByteArray::number(p.comments) + ' ' + QByteArray::number(p.shares) +
               ' ' + QByteArray::number(p.saves) + ' ' + QByteArray::number(p.views) + ' ' +
               QByteArray::number(p.platform) + ' ' + QByteArray::number(p.creator) + ' ' +
               QByteArray::number(p.region) + ' ' + QByteArray::number(p.tagBegin) + ' ' +
               QByteArray::number(p.tagCount) + ' ' + QByteArray::number(int(p.approximateTime)) + '\n';
    }
    for (std::int32_t t : d.postTags)
        out += QByteArray::number(t) + ',';
    out += "\nnewest " + QByteArray::number(d.newestCreatedAtMs);
    return out;
}

/// A run as the API answers it (discoverBody: tiles with their evidence), without the wall-clock duration,
/// then every cluster and decision.
QByteArray dump(const RunResult &run)
{
    QJsonObject body = runjson::discoverBody(run);
    body.remove(u"duration_ms"_s);
    QByteArray out = QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
    for (const ClusterResult &c : run.clusters)
        out += QJsonDocument(runjson::toJson(c, runjson::Detail::Evidence)).toJson(QJsonDocument::Compact) + '\n';
    for (const Decision &d : run.decisions)
        out += QJsonDocument(runjson::toJson(d)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace

class TestDiscoveryOnBackends final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    GeneratorConfig m_config;
    QString m_file;
    StorageBackends m_backends;
    Storage m_sqlite;

    std::shared_ptr<DiscoveryService> discovery(const Storage &storage, bool liveWindow) const
    {
        return std::make_shared<DiscoveryService>(storage.posts, storage.runs, PipelineParams{}, u"latest"_s,
                                                  liveWindow ? std::make_shared<LiveWindow>(storage.posts) : nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_backends.start();
        m_config.posts = 4000;
        m_config.seed = 5;
        DataGenerator generator(m_config);
        QCOMPARE(generator.validate(), QString());
        m_file = m_dir.filePath(u"posts.ndjson"_s);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        NativeNdjsonWriter writer;
        QCOMPARE(generator.run(file, writer), QString());
        file.close();
        auto sqlite = m_backends.open(u"sqlite"_s);
        QVERIFY(sqlite.ok());
        m_sqlite = sqlite.value();
        QVERIFY(ImportService(m_sqlite.posts, IngestOptions{}).importFile(m_file).ok());
    }

    void postgresAnswersAsSqlite_data()
    {
        QTest::addColumn<bool>("liveWindow");
        QTest::newRow("loaded per run") << false;
        QTest::newRow("live window") << true;
    }
    void postgresAnswersAsSqlite()
    {
        QFETCH(bool, liveWindow);
        if (const QString why = m_backends.unavailable(u"postgres"_s); !why.isEmpty())
            QSKIP(qPrintable(why));
        auto pg = m_backends.open(u"postgres"_s);
        QVERIFY2(pg.ok(), qPrintable(pg.ok() ? QString() : pg.error().message));
        const ImportService pgImports(pg.value().posts, IngestOptions{});
        auto imported = pgImports.importFile(m_file);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported.value().inserted, m_sqlite.posts->count().value());

        const auto onSqlite = discovery(m_sqlite, liveWindow);
        const auto onPg = discovery(pg.value(), liveWindow);
        for (int round = 0; round < 2; ++round) {
            if (round == 1) {
                // Every post again (all updates, as a second capture would bring them): the same again.
                QCOMPARE(pgImports.importFile(m_file).value().inserted, 0);
                QCOMPARE(ImportService(m_sqlite.posts, IngestOptions{}).importFile(m_file).value().inserted, 0);
            }
            auto params = onSqlite->resolve({});
            QVERIFY(params.ok());
            auto sqliteData = onSqlite->loadWindow(params.value());
            auto pgData = onPg->loadWindow(params.value());
            QVERIFY(sqliteData.ok() && pgData.ok());
            QVERIFY(!sqliteData.value().posts.empty());
            QCOMPARE(dump(pgData.value()), dump(sqliteData.value()));

            auto sqliteRun = onSqlite->discover({});
            auto pgRun = onPg->discover({});
            QVERIFY2(sqliteRun.ok() && pgRun.ok(), "discovery failed");
            QVERIFY(sqliteRun.value()->trendCount() > 0);
            QCOMPARE(dump(*pgRun.value()), dump(*sqliteRun.value()));

            // What the REST API reads back: the stored run, its tiles and its decision log.
            const QString id = pgRun.value()->runId;
            auto stored = pg.value().runs->loadRun(id);
            QVERIFY(stored.ok());
            const auto sqliteStored = m_sqlite.runs->loadRun(sqliteRun.value()->runId);
            QCOMPARE(stored.value()->clusters.size(), sqliteStored.value()->clusters.size());
            for (qsizetype i = 0; i < stored.value()->clusters.size(); ++i)
                QCOMPARE(QJsonDocument(runjson::toJson(stored.value()->clusters[i], runjson::Detail::Evidence)).toJson(),
                         QJsonDocument(runjson::toJson(sqliteStored.value()->clusters[i], runjson::Detail::Evidence))
                             .toJson());
            QCOMPARE(pg.value().runs->tiles(id).value().size(), sqliteRun.value()->trendCount());
            QCOMPARE(pg.value().runs->decisions(id).value().total, qint64(sqliteRun.value()->decisions.size()));
        }
        if (liveWindow) {
            // The live window catches up from PostgreSQL's change marker instead of reloading: one post
            // written since the last run is all it reads.
            const auto before = pg.value().posts->loadDataset(0, std::numeric_limits<qint64>::max()).value();
            Post again;
            again.platform = before.platforms.at(before.posts.back().platform);
            again.postId = before.postIds.at(before.postIds.size() - 1);
            again.creatorId = before.creators.at(before.posts.back().creator);
            again.createdAtMs = before.posts.back().createdAtMs;
            again.likes = before.posts.back().likes + 1;
            QCOMPARE(pg.value().posts->upsert(PreparedBatch(std::vector<Post>{again})).value().updated, 1);
            QVERIFY(onPg->discover({}).ok());
            const LiveWindow::Refresh refresh = onPg->window()->lastRefresh();
            QVERIFY(!refresh.reloaded);
            QCOMPARE(refresh.readPosts, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryOnBackends)
#include "tst_discoveryonbackends.moc"
