#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/backtestjson.h"
#include "core/model/ingestoptions.h"
#include "core/model/timeformat.h"
#include "core/pipeline/clusterformation.h"
#include "core/pipeline/pipeline.h"
#include "core/service/backtest.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "tests/bench/datagen/datagenerator.h"
#include "tests/bench/datagen/nativendjsonwriter.h"
#include "tests/support/sqlitediscovery.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

QStringList trendIds(const RunResult &run)
{
    QStringList ids;
    for (const ClusterResult &c : run.clusters)
        if (c.isTrend)
            ids.append(c.trendId);
    return ids;
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

/// The backtest on generated data with planted trends: every step flags exactly what the pipeline flags on a window
/// loaded for that as_of alone, each planted trend's first flagged step is where `discover` first flags it, the
/// answer does not depend on the number of threads, and the JSON shape is pinned.
class TestBacktest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    GeneratorConfig m_config;
    QStringList m_plantedAnchors;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<DiscoveryService> m_discovery;
    BacktestResult m_result;

    BacktestRequest lastDay() const
    {
        BacktestRequest request;
        request.fromMs = m_config.asOfMs - 30 * kHourMs;
        request.toMs = m_config.asOfMs;
        request.stepHours = 1;
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config.posts = 4000;
        m_config.seed = 3;
        DataGenerator generator(m_config);
        QCOMPARE(generator.validate(), QString());
        for (const PlantedItem &item : generator.items())
            if (item.kind == u"trend"_s)
                m_plantedAnchors.append(item.displayTags.first().toLower());
        QCOMPARE(m_plantedAnchors.size(), 4);
        const QString path = m_dir.filePath(u"posts.ndjson"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        NativeNdjsonWriter writer;
        QCOMPARE(generator.run(file, writer), QString());
        file.close();
        auto db = Database::open(m_dir.filePath(u"backtest.db"_s));
        QVERIFY(db.ok());
        m_db = db.value();
        QVERIFY(ImportService(std::make_shared<PostRepository>(m_db), IngestOptions{}).importFile(path).ok());
        m_discovery = sqliteDiscovery(m_db);

        QList<int> progress;
        Backtest backtest(m_discovery->posts(), m_discovery->defaults());
        auto result = backtest.run(lastDay(), {}, [&progress](int done, int total) {
            QCOMPARE(total, 31);
            progress.append(done);
        });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        m_result = std::move(result).value();
        QCOMPARE(m_result.steps.size(), 31);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 31);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    }

    /// Every step flags what runPipeline flags on a window loaded for that as_of alone, in the same order.
    void everyStepEqualsAFreshRun()
    {
        for (const BacktestStep &step : std::as_const(m_result.steps)) {
            DiscoverRequest request;
            request.asOfMs = step.asOfMs;
            auto params = m_discovery->resolve(request);
            QVERIFY(params.ok());
            auto data = m_discovery->loadWindow(params.value());
            QVERIFY(data.ok());
            const RunResult run = runPipeline(data.value(), params.value());
            QCOMPARE(step.trendIds, trendIds(run));
            QCOMPARE(step.postsInWindow, run.postsInWindow);
        }
    }

    /// Each planted trend is first flagged where `discover` at that as_of first flags it: flagged there, not one step
    /// before; and it peaks at the end (its posts ramp up to as_of).
    void plantedTrendsAreFirstFlaggedWhereDiscoverFlagsThem()
    {
        const BacktestRequest request = lastDay();
        for (const QString &anchor : std::as_const(m_plantedAnchors)) {
            const QString id = trendIdForAnchor(anchor);
            const auto trend = std::find_if(m_result.trends.cbegin(), m_result.trends.cend(),
                                            [&](const BacktestTrend &t) { return t.trendId == id; });
            QVERIFY2(trend != m_result.trends.cend(), qPrintable(anchor));
            QCOMPARE(trend->anchor, anchor);
            QVERIFY2(trend->firstFlaggedMs > request.fromMs, qPrintable(anchor)); // not flagged from the start
            QCOMPARE(trend->peakMs, m_config.asOfMs);
            QCOMPARE(trend->leadTimeHours(), double(trend->peakMs - trend->firstFlaggedMs) / kHourMs);

            auto flagged = m_discovery->discover(DiscoverRequest{trend->firstFlaggedMs, {}, {}, {}});
            QVERIFY(flagged.ok());
            QVERIFY2(trendIds(*flagged.value()).contains(id), qPrintable(anchor));
            auto before = m_discovery->discover(DiscoverRequest{trend->firstFlaggedMs - kHourMs, {}, {}, {}});
            QVERIFY(before.ok());
            QVERIFY2(!trendIds(*before.value()).contains(id), qPrintable(anchor));

            // Urgency and lifecycle per step are those of the run at that step.
            for (const BacktestTrendStep &s : trend->steps) {
                if (s.asOfMs != trend->firstFlaggedMs)
                    continue;
                for (const ClusterResult &c : flagged.value()->clusters) {
                    if (c.trendId == id) {
                        QCOMPARE(s.urgency, c.urgency);
                        QCOMPARE(s.lifecycle, c.lifecycle);
                        QCOMPARE(s.posts, c.posts);
                        QVERIFY(s.flagged);
                    }
                }
            }
            if (trend->firstActNowMs) {
                auto actNow = m_discovery->discover(DiscoverRequest{*trend->firstActNowMs, {}, {}, {}});
                QVERIFY(actNow.ok());
                bool found = false;
                for (const ClusterResult &c : actNow.value()->clusters)
                    found = found || (c.trendId == id && c.urgency == u"act_now"_s);
                QVERIFY(found);
            }
        }
        // No decoy is ever flagged: every flagged id at the last step is a planted one.
        QStringList planted;
        for (const QString &anchor : std::as_const(m_plantedAnchors))
            planted.append(trendIdForAnchor(anchor));
        for (const QString &id : std::as_const(m_result.steps.last().trendIds))
            QVERIFY(planted.contains(id));
    }

    void sameAnswerOnOneThread()
    {
        Backtest backtest(m_discovery->posts(), m_discovery->defaults());
        backtest.setThreads(1);
        auto one = backtest.run(lastDay());
        QVERIFY(one.ok());
        QJsonObject a = backtestjson::toJson(one.value());
        QJsonObject b = backtestjson::toJson(m_result);
        a.remove(u"duration_ms"_s);
        b.remove(u"duration_ms"_s);
        QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
    }

    /// The JSON shape that the CLI and the REST API answer (README "Backtest", OpenAPI BacktestResult).
    void jsonShapeIsPinned()
    {
        const QJsonObject json = backtestjson::toJson(m_result);
        QCOMPARE(keys(json), (QStringList{u"baseline_windows"_s, u"duration_ms"_s, u"from"_s, u"loaded_posts"_s,
                                          u"step_hours"_s, u"steps"_s, u"to"_s, u"trends"_s, u"window_hours"_s}));
        QCOMPARE(json.value(u"from"_s).toString(), u"2026-11-19T06:00:00Z"_s);
        QCOMPARE(json.value(u"to"_s).toString(), u"2026-11-20T12:00:00Z"_s);
        QCOMPARE(json.value(u"step_hours"_s).toInt(), 1);
        QCOMPARE(json.value(u"window_hours"_s).toInt(), 24);
        QCOMPARE(json.value(u"baseline_windows"_s).toInt(), 3);
        const QJsonArray steps = json.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 31);
        const QJsonObject first = steps.first().toObject();
        QCOMPARE(keys(first), (QStringList{u"as_of"_s, u"posts_in_window"_s, u"trends"_s}));
        QCOMPARE(first.value(u"as_of"_s).toString(), u"2026-11-19T06:00:00Z"_s);
        QCOMPARE(steps.at(1).toObject().value(u"as_of"_s).toString(), u"2026-11-19T07:00:00Z"_s);
        QVERIFY(first.value(u"trends"_s).isArray());

        const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
        const QJsonArray trends = json.value(u"trends"_s).toArray();
        QVERIFY(trends.size() >= 4);
        QString previous;
        for (const QJsonValue &v : trends) {
            const QJsonObject t = v.toObject();
            QCOMPARE(keys(t), (QStringList{u"anchor"_s, u"first_act_now"_s, u"first_flagged"_s, u"flagged_steps"_s,
                                           u"lead_time_hours"_s, u"peak"_s, u"peak_posts"_s, u"steps"_s, u"title"_s,
                                           u"trend_id"_s}));
            QVERIFY(iso.match(t.value(u"first_flagged"_s).toString()).hasMatch());
            QVERIFY(iso.match(t.value(u"peak"_s).toString()).hasMatch());
            QVERIFY(t.value(u"first_act_now"_s).isNull() || iso.match(t.value(u"first_act_now"_s).toString()).hasMatch());
            const double lead = (parseIsoUtc(t.value(u"peak"_s).toString()).value()
                                 - parseIsoUtc(t.value(u"first_flagged"_s).toString()).value())
                                / double(kHourMs);
            QCOMPARE(t.value(u"lead_time_hours"_s).toDouble(), lead);
            QVERIFY(previous <= t.value(u"first_flagged"_s).toString()); // sorted by first flagged
            previous = t.value(u"first_flagged"_s).toString();
            for (const QJsonValue &sv : t.value(u"steps"_s).toArray()) {
                const QJsonObject s = sv.toObject();
                QCOMPARE(keys(s), (QStringList{u"as_of"_s, u"flagged"_s, u"lifecycle"_s, u"posts"_s, u"urgency"_s}));
                QCOMPARE(s.value(u"urgency"_s).isNull(), !s.value(u"flagged"_s).toBool());
            }
        }
    }

    void badRangesAreClearErrors()
    {
        Backtest backtest(m_discovery->posts(), m_discovery->defaults());
        BacktestRequest request = lastDay();
        request.fromMs = request.toMs - qint64(Backtest::kMaxSteps) * kHourMs; // 2001 steps
        auto tooMany = backtest.run(request);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code, u"invalid_value"_s);
        QVERIFY2(tooMany.error().message.contains(u"at most 2000 steps"_s), qPrintable(tooMany.error().message));
        request.fromMs += kHourMs; // exactly 2000
        QCOMPARE(Backtest::stepTimes(request).value().size(), 2000);

        request = lastDay();
        std::swap(request.fromMs, request.toMs);
        auto reversed = backtest.run(request);
        QVERIFY(!reversed.ok());
        QVERIFY(reversed.error().message.contains(u"is before from"_s));

        request = lastDay();
        request.stepHours = 0;
        QVERIFY(!backtest.run(request).ok());
        request.stepHours = 1;
        request.overrides = QJsonObject{{u"clustering.min_jaccard"_s, u"high"_s}};
        auto badKey = backtest.run(request);
        QVERIFY(!badKey.ok());
        QVERIFY(badKey.error().message.contains(u"clustering.min_jaccard"_s));
    }

    void cancelledIsAnError()
    {
        Backtest backtest(m_discovery->posts(), m_discovery->defaults());
        CancelToken token;
        int calls = 0;
        auto result = backtest.run(lastDay(), token, [&](int, int) {
            if (++calls == 2)
                token.cancel();
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
