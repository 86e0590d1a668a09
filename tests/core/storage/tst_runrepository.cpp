#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/model/runjson.h"
#include "core/storage/database.h"
#include "core/storage/runrepository.h"
#include "core/storage/schema.h"
#include "core/storage/tagblob.h"
#include "tests/support/storagebackends.h"

using namespace Qt::StringLiterals;

namespace {

ClusterResult makeCluster(const QString &anchor, int rank, const QString &urgency, const QStringList &platforms)
{
    ClusterResult c;
    c.trendId = u"t-"_s % anchor;
    c.anchor = anchor;
    c.title = u"#"_s % anchor;
    c.hashtags = {anchor, anchor % u"2"_s};
    c.edges = {ClusterEdge{anchor, anchor % u"2"_s, 7, 0.35}};
    c.posts = 40 + rank;
    c.uniqueCreators = 30;
    c.platforms = platforms;
    c.regions = {u"CN-ZJ"_s, u"US"_s};
    c.engagementSum = 41414;
    c.firstSeenMs = 1748736000000;
    c.lastSeenMs = 1748736000000 + 3600000;
    c.engagementRate = rank == 2 ? std::nullopt : std::optional<double>(0.0123456789);
    c.hoursSinceFirstSeen = 7.7;
    c.velocity = 41414 / 7.7;
    c.creatorDiversity = 0.75;
    c.baselineCounts = {3, 4, 5};
    c.baselineMean = 4;
    c.baselineStd = 0.816496580927726;
    c.growth = 4.2;
    c.surgeZ = 18.1;
    c.significance = 12.5;
    c.health = 0.61;
    c.confidence = 0.7;
    c.crossPlatform = platforms.size() > 1;
    c.checks = {ValidationCheck{u"unique_creators"_s, 30, 5, true, {}}, ValidationCheck{u"growth"_s, 4.2, 1.5, true, {}}};
    c.isTrend = rank > 0;
    c.rank = rank;
    c.urgency = urgency;
    c.insight = u"#%1 posts grew 4.2× over baseline"_s.arg(anchor);
    c.recommendation = u"Act now"_s;
    c.formulas = {FormulaTrace{u"velocity"_s, u"velocity = Σ engagement / hours_since_first_seen"_s,
                               QJsonObject{{u"engagement_sum"_s, 41414}, {u"hours_since_first_seen"_s, 7.7}},
                               c.velocity, QString()}};
    TopPost post;
    post.rowId = 17;
    post.platform = platforms.value(0);
    post.postId = u"p17"_s;
    post.creatorId = u"c1"_s;
    post.text = u"抹茶 #matcha"_s;
    post.likes = 10;
    post.views = 1000;
    post.engagement = 10;
    post.createdAtMs = c.firstSeenMs;
    c.topPosts = {post};
    c.hourlyPosts = {1, 2, 3};
    c.hourlyEngagement = {10, 20, 30};
    return c;
}

Decision makeDecision(int i)
{
    Decision d;
    d.stage = i % 3 == 0 ? u"hashtag_stats"_s : (i % 3 == 1 ? u"clustering"_s : u"validation"_s);
    d.subject = u"tag:t%1"_s.arg(i % 10);
    d.rule = u"clustering.min_posts"_s;
    d.values = QJsonObject{{u"posts"_s, i}, {u"threshold"_s, 3}};
    d.outcome = i % 2 ? u"dropped"_s : u"kept"_s;
    d.message = u"tag #t%1 has %2 posts (100%_ sure)"_s.arg(i % 10).arg(i);
    return d;
}

RunResult makeRun(const QString &id, int decisions = 30)
{
    RunResult run;
    run.runId = id;
    run.params.windowHours = 48;
    run.params.minJaccard = 0.25;
    run.params.asOfMs = 1748822400000;
    run.asOfMs = 1748822400000;
    run.windowStartMs = run.asOfMs - 48 * 3600000LL;
    run.baselineStartMs = run.windowStartMs - 3 * 48 * 3600000LL;
    run.postsInWindow = 1234;
    run.durationMs = 321;
    for (int k = 3; k >= 1; --k) // oldest first; window 3 uncovered
        run.baselineWindows.append(BaselineWindow{k, run.windowStartMs - k * 48 * 3600000LL,
                                                  run.windowStartMs - (k - 1) * 48 * 3600000LL, k == 3 ? 12 : 900 + k,
                                                  k != 3});
    run.clusters = {makeCluster(u"matcha"_s, 1, u"act_now"_s, {u"tiktok"_s, u"xiaohongshu"_s}),
                    makeCluster(u"latte"_s, 2, u"prepare"_s, {u"x"_s}),
                    makeCluster(u"oat"_s, 3, u"act_now"_s, {u"x"_s, u"tiktok"_s}),
                    makeCluster(u"noise"_s, 0, QString(), {u"tiktok"_s})};
    for (int i = 0; i < decisions; ++i)
        run.decisions.push_back(makeDecision(i));
    return run;
}

QByteArray json(const ClusterResult &c)
{
    return QJsonDocument(runjson::toJson(c, runjson::Detail::Evidence)).toJson(QJsonDocument::Compact);
}

QByteArray json(const Decision &d)
{
    return QJsonDocument(runjson::toJson(d)).toJson(QJsonDocument::Compact);
}

/// Writes `run` into a schema-2 database at `path` the way RunRepository stored runs before
/// schema 3: a row per decision and a posting list per distinct stage, subject and outcome.
bool writeOldLayout(const QString &path, const RunResult &run)
{
    const QString name = u"schema2"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        const auto exec = [&q, &ok](const QString &sql, const QVariantList &values = {}) {
            ok = ok && q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = ok && q.exec();
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        };
        for (const Migration &step : schema::migrations()) {
            if (step.version <= 2) {
                for (const QString &sql : step.statements)
                    exec(sql);
            }
        }
        exec(u"PRAGMA user_version = 2"_s);
        exec(u"BEGIN"_s);
        exec(u"INSERT INTO runs (id, run_id, created_at_ms, as_of_ms, window_hours, window_start_ms, "
             "baseline_start_ms, params, posts_in_window, clusters, trends, decisions, duration_ms, cancelled) "
             "VALUES (1, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s,
             QVariantList{run.runId, run.asOfMs, run.params.windowHours, run.windowStartMs, run.baselineStartMs,
              QString::fromUtf8(QJsonDocument(runjson::toJson(run.params)).toJson(QJsonDocument::Compact)),
              run.postsInWindow, int(run.clusters.size()), run.trendCount(), qint64(run.decisions.size()),
              run.durationMs});
        for (qsizetype i = 0; i < run.clusters.size(); ++i) {
            const ClusterResult &c = run.clusters.at(i);
            exec(u"INSERT INTO run_clusters VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 QVariantList{qint64(i), c.trendId, c.rank, c.isTrend ? 1 : 0, c.urgency.isEmpty() ? QVariant() : QVariant(c.urgency),
                  c.anchor, QString(u","_s + c.platforms.join(u',') + u","_s), QString::fromUtf8(json(c))});
        }
        QMap<std::pair<int, QString>, std::vector<std::int32_t>> keys;
        for (std::size_t i = 0; i < run.decisions.size(); ++i) {
            const Decision &d = run.decisions[i];
            exec(u"INSERT INTO decisions VALUES (1, ?, ?, ?, ?, ?, ?, ?)"_s,
                 QVariantList{qint64(i), d.stage, d.subject, d.rule, d.outcome,
                  QJsonDocument(d.values).toJson(QJsonDocument::Compact), d.message});
            keys[{0, d.stage}].push_back(std::int32_t(i));
            keys[{1, d.subject}].push_back(std::int32_t(i));
            keys[{2, d.outcome}].push_back(std::int32_t(i));
        }
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            exec(u"INSERT INTO decision_keys VALUES (1, ?, ?, ?)"_s,
                 QVariantList{it.key().first, it.key().second, tagblob::encode(it.value())});
        exec(u"COMMIT"_s);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestRunRepository final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;

    StorageBackends m_backends;

private Q_SLOTS:
    void initTestCase() { m_backends.start(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"runs.db"_s));
        QVERIFY(db.ok());
        m_db = db.value();
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void roundTrip_data() { StorageBackends::addRows(); }
    void roundTrip()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const RunStore &repo = *storage.runs;
        const RunResult run = makeRun(u"run-a"_s);
        QVERIFY(repo.save(run).ok());
        auto loaded = repo.loadRun(u"run-a"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const RunResult &back = *loaded.value();
        QCOMPARE(back.runId, run.runId);
        QVERIFY(back.params == run.params);
        QCOMPARE(back.asOfMs, run.asOfMs);
        QCOMPARE(back.windowStartMs, run.windowStartMs);
        QCOMPARE(back.baselineStartMs, run.baselineStartMs);
        QCOMPARE(back.postsInWindow, run.postsInWindow);
        QCOMPARE(back.durationMs, run.durationMs);
        QCOMPARE(back.baselineWindows, run.baselineWindows); // stored with the run (schema v3)
        QCOMPARE(back.coveredBaselineWindows(), 2);
        QVERIFY(back.decisions.empty()); // paged separately
        QCOMPARE(back.clusters.size(), run.clusters.size());
        for (qsizetype i = 0; i < run.clusters.size(); ++i)
            QCOMPARE(json(back.clusters[i]), json(run.clusters[i]));
        QCOMPARE(back.clusters[1].engagementRate, std::optional<double>());
        QCOMPARE(back.clusters[0].engagementRate, std::optional<double>(0.0123456789));
        QCOMPARE(back.trendCount(), 3);

        auto summary = repo.summary(u"run-a"_s);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().clusters, 4);
        QCOMPARE(summary.value().trends, 3);
        QCOMPARE(summary.value().decisions, 30);
        QCOMPARE(summary.value().windowHours, 48);
    }

    void unknownRunIsNotFound_data() { StorageBackends::addRows(); }
    void unknownRunIsNotFound()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const RunStore &repo = *storage.runs;
        QCOMPARE(repo.loadRun(u"nope"_s).error().code, u"not_found"_s);
        QCOMPARE(repo.tiles(u"nope"_s).error().code, u"not_found"_s);
        QCOMPARE(repo.trend(u"nope"_s, u"t-x"_s).error().code, u"not_found"_s);
        QCOMPARE(repo.decisions(u"nope"_s).error().code, u"not_found"_s);
        QCOMPARE(repo.summary(u"nope"_s).error().code, u"not_found"_s);
        QCOMPARE(repo.latestRunId().value(), std::optional<QString>());
        QVERIFY(repo.listRuns(10).value().isEmpty());
        QCOMPARE(repo.save(RunResult()).error().code, u"invalid_value"_s);
    }

    void savingTheSameRunReplacesIt_data() { StorageBackends::addRows(); }
    void savingTheSameRunReplacesIt()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const RunStore &repo = *storage.runs;
        QVERIFY(repo.save(makeRun(u"run-a"_s, 50)).ok());
        QVERIFY(repo.save(makeRun(u"run-b"_s, 5)).ok());
        RunResult again = makeRun(u"run-a"_s, 7);
        again.clusters.removeLast();
        QVERIFY(repo.save(again).ok());
        QCOMPARE(repo.listRuns(10).value().size(), 2);
        QCOMPARE(repo.loadRun(u"run-a"_s).value()->clusters.size(), 3);
        QCOMPARE(repo.decisions(u"run-a"_s).value().total, 7);
        QCOMPARE(repo.decisions(u"run-b"_s).value().total, 5);
        // No rows of the replaced run are left behind.
        if (!sqlite)
            return; // PostgreSQL: ON DELETE CASCADE (pgschema.cpp)
        QSqlQuery query(sqlite->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM decision_blocks"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // one block per run
        QVERIFY(query.exec(u"SELECT count(*) FROM decision_index"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 6); // stage, subject and outcome per run
        QVERIFY(query.exec(u"SELECT count(*) FROM run_clusters"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 7);
        QCOMPARE(repo.latestRunId().value(), std::optional<QString>(u"run-a"_s)); // saved last
    }

    void listAndLatestAreNewestFirst_data() { StorageBackends::addRows(); }
    void listAndLatestAreNewestFirst()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const RunStore &repo = *storage.runs;
        for (const QString &id : {u"r1"_s, u"r2"_s, u"r3"_s}) {
            QVERIFY(repo.save(makeRun(id, 1)).ok());
            QThread::msleep(2); // distinct save times; ties are broken by insertion anyway
        }
        QStringList ids;
        const auto runs = repo.listRuns(10); // kept: a range-for over .value() of a temporary dangles
        for (const RunSummary &s : runs.value())
            ids << s.runId;
        QCOMPARE(ids, (QStringList{u"r3"_s, u"r2"_s, u"r1"_s}));
        QCOMPARE(repo.listRuns(1, 1).value().first().runId, u"r2"_s);
        QCOMPARE(repo.latestRunId().value(), std::optional<QString>(u"r3"_s));
    }

    void tilesAreTrendsInRankOrder_data() { StorageBackends::addRows(); }
    void tilesAreTrendsInRankOrder()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const RunStore &repo = *storage.runs;
        QVERIFY(repo.save(makeRun(u"run"_s)).ok());
        auto anchors = [&](const TileQuery &q) {
            QStringList out;
            const auto tiles = repo.tiles(u"run"_s, q);
            for (const ClusterResult &c : tiles.value())
                out << c.anchor;
            return out;
        };
        QCOMPARE(anchors({}), (QStringList{u"matcha"_s, u"latte"_s, u"oat"_s}));
        QCOMPARE(anchors({u"tiktok"_s, QString(), 0}), (QStringList{u"matcha"_s, u"oat"_s}));
        QCOMPARE(anchors({u"x"_s, QString(), 0}), (QStringList{u"latte"_s, u"oat"_s}));
        QCOMPARE(anchors({u"t%"_s, QString(), 0}), QStringList()); // wildcards are literal
        QCOMPARE(anchors({QString(), u"act_now"_s, 0}), (QStringList{u"matcha"_s, u"oat"_s}));
        QCOMPARE(anchors({u"x"_s, u"act_now"_s, 0}), (QStringList{u"oat"_s}));
        QCOMPARE(anchors({QString(), QString(), 2}), (QStringList{u"matcha"_s, u"latte"_s}));

        auto trend = repo.trend(u"run"_s, u"t-oat"_s);
        QVERIFY(trend.ok() && trend.value().has_value());
        QCOMPARE(trend.value()->anchor, u"oat"_s);
        QCOMPARE(trend.value()->topPosts.size(), 1);
        QCOMPARE(trend.value()->topPosts[0].text, u"抹茶 #matcha"_s);
        QVERIFY(repo.trend(u"run"_s, u"t-noise"_s).value().has_value()); // a cluster, not a trend
        QVERIFY(!repo.trend(u"run"_s, u"t-missing"_s).value().has_value());
    }

    void aRunOfTheOldLayoutAnswersTheSameAfterMigration()
    {
        RunResult run = makeRun(u"old"_s, 2500); // more than two blocks
        run.decisions[1500].message = u"Ünïcode ÄÖ text, Mixed CASE"_s;
        const QString oldPath = m_dir->filePath(u"schema2.db"_s);
        QVERIFY(writeOldLayout(oldPath, run));
        auto migrated = Database::open(oldPath);
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        RunRepository old(migrated.value());
        RunRepository fresh(m_db);
        QVERIFY(fresh.save(run).ok());

        QList<DecisionQuery> queries;
        queries.append(DecisionQuery{});
        queries.append(DecisionQuery{QString(), QString(), QString(), QString(), 0, 0});
        queries.append(DecisionQuery{QString(), QString(), QString(), QString(), 50, 1000});
        queries.append(DecisionQuery{QString(), QString(), QString(), QString(), 100, 2450});
        queries.append(DecisionQuery{u"clustering"_s, QString(), QString(), QString(), 30, 800});
        queries.append(DecisionQuery{QString(), u"tag:t7"_s, QString(), QString(), 0, 0});
        queries.append(DecisionQuery{u"validation"_s, u"tag:t5"_s, u"dropped"_s, QString(), 20, 10});
        queries.append(DecisionQuery{QString(), QString(), u"kept"_s, u"HAS 42"_s, 0, 0});
        queries.append(DecisionQuery{QString(), QString(), QString(), u"mixed case"_s, 0, 0});
        queries.append(DecisionQuery{QString(), QString(), QString(), u"äö"_s, 0, 0}); // LIKE folds ASCII only
        queries.append(DecisionQuery{QString(), u"tag:none"_s, QString(), QString(), 0, 0});
        for (const DecisionQuery &q : std::as_const(queries)) {
            auto a = old.decisions(u"old"_s, q);
            auto b = fresh.decisions(u"old"_s, q);
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(a.value().total, b.value().total);
            QCOMPARE(a.value().items.size(), b.value().items.size());
            for (std::size_t i = 0; i < a.value().items.size(); ++i)
                QCOMPARE(json(a.value().items[i]), json(b.value().items[i]));
        }
        QCOMPARE(old.decisions(u"old"_s, queries[7]).value().total, 6); // 42, 420, 422, …, 428 (kept = even)
        QCOMPARE(old.decisions(u"old"_s, queries[8]).value().total, 1);
        QCOMPARE(old.decisions(u"old"_s, queries[9]).value().total, 0);
        QCOMPARE(old.decisions(u"old"_s, queries[1]).value().items.size(), std::size_t(2500));
        QCOMPARE(json(old.decisions(u"old"_s, queries[3]).value().items.back()), json(run.decisions.back()));

        QCOMPARE(old.tiles(u"old"_s).value().size(), fresh.tiles(u"old"_s).value().size());
        for (qsizetype i = 0; i < old.tiles(u"old"_s).value().size(); ++i)
            QCOMPARE(json(old.tiles(u"old"_s).value().at(i)), json(fresh.tiles(u"old"_s).value().at(i)));
        QCOMPARE(old.summary(u"old"_s).value().decisions, 2500);
        // The old tables are gone.
        QSqlQuery query(migrated.value()->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name IN ('decisions', 'decision_keys')"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void decisionsPageAndFilter_data() { StorageBackends::addRows(); }
    void decisionsPageAndFilter()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const RunStore &repo = *storage.runs;
        const RunResult run = makeRun(u"run"_s, 100);
        QVERIFY(repo.save(run).ok());

        auto page = repo.decisions(u"run"_s, DecisionQuery{QString(), QString(), QString(), QString(), 10, 20});
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 100);
        QCOMPARE(page.value().items.size(), std::size_t(10));
        for (std::size_t i = 0; i < 10; ++i) {
            const Decision &got = page.value().items[i];
            const Decision &want = run.decisions[20 + i];
            QCOMPARE(got.stage, want.stage);
            QCOMPARE(got.subject, want.subject);
            QCOMPARE(got.rule, want.rule);
            QCOMPARE(got.outcome, want.outcome);
            QCOMPARE(got.values, want.values);
            QCOMPARE(got.message, want.message);
        }

        DecisionQuery byStage;
        byStage.stage = u"clustering"_s;
        byStage.limit = 0;
        QCOMPARE(repo.decisions(u"run"_s, byStage).value().total, 33); // i % 3 == 1 for i < 100
        DecisionQuery bySubject;
        bySubject.subject = u"tag:t3"_s;
        bySubject.outcome = u"dropped"_s;
        auto subject = repo.decisions(u"run"_s, bySubject).value();
        QCOMPARE(subject.total, 10); // i = 3, 13, …, 93, all odd
        QCOMPARE(subject.items.front().values.value(u"posts"_s).toInt(), 3);
        QCOMPARE(subject.items.back().values.value(u"posts"_s).toInt(), 93);
        DecisionQuery byText;
        byText.text = u"has 42 posts"_s;
        QCOMPARE(repo.decisions(u"run"_s, byText).value().total, 1);
        byText.text = u"%_"_s; // literal, matches every message "(100%_ sure)"
        QCOMPARE(repo.decisions(u"run"_s, byText).value().total, 100);
        byText.text = u"_%"_s;
        QCOMPARE(repo.decisions(u"run"_s, byText).value().total, 0);
        DecisionQuery pastTheEnd;
        pastTheEnd.offset = 95;
        auto tail = repo.decisions(u"run"_s, pastTheEnd).value();
        QCOMPARE(tail.total, 100);
        QCOMPARE(tail.items.size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestRunRepository)
#include "tst_runrepository.moc"
