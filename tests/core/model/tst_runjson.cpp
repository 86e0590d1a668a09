#include <cmath>
#include <limits>

#include <QJsonDocument>
#include <QTest>

#include "core/model/runjson.h"

using namespace Qt::StringLiterals;

namespace {

ClusterResult fullCluster()
{
    ClusterResult c;
    c.trendId = u"t-3f9a2c"_s;
    c.anchor = u"matchalatte"_s;
    c.title = u"#matchalatte #抹茶拿铁 #icedmatcha"_s;
    c.hashtags = {u"matchalatte"_s, u"抹茶拿铁"_s, u"icedmatcha"_s};
    c.edges = {{u"matchalatte"_s, u"抹茶拿铁"_s, 13, 0.65}, {u"icedmatcha"_s, u"matchalatte"_s, 8, 0.4}};
    c.posts = 42;
    c.uniqueCreators = 37;
    c.platforms = {u"tiktok"_s, u"xiaohongshu"_s};
    c.regions = {u"CN-ZJ"_s, u"US"_s};
    c.engagementSum = 41414;
    c.firstSeenMs = 1748700000000;
    c.lastSeenMs = 1748735999123;
    c.engagementRate = std::nullopt;
    c.hoursSinceFirstSeen = 7.7;
    c.velocity = 41414 / 7.7;
    c.creatorDiversity = 37.0 / 42.0;
    c.baselineCounts = {3, 4, 5};
    c.baselineAdjusted = {3.5, 4.5, std::numeric_limits<double>::quiet_NaN()}; // the newest window uncovered
    c.coveredBaselineWindows = 2;
    c.lifecycle = u"rising"_s;
    c.baselineMean = 4;
    c.baselineStd = std::sqrt(2.0 / 3.0);
    c.growth = 43.0 / 5.0;
    c.surgeZ = 19;
    c.significance = 12.345678901234567;
    c.health = 0.96;
    c.confidence = 1;
    c.crossPlatform = true;
    c.checks = {{u"unique_creators"_s, 37, 5, true, {}}, {u"growth"_s, 8.6, 1.5, true, {}}, {u"regions"_s, 2, 3, false, {}}};
    c.isTrend = true;
    c.rank = 1;
    c.urgency = u"act_now"_s;
    c.insight = u"#matchalatte posts grew 8.6× over baseline, \"fast\""_s;
    c.recommendation = u"Brief creators today."_s;
    FormulaTrace rate{u"engagement_rate"_s, u"engagement_rate = Σ(likes + comments + shares) / Σ views"_s, QJsonObject{{u"views_known_posts"_s, 0}}, std::nullopt, u"no post with known views"_s};
    FormulaTrace vel{u"velocity"_s, u"velocity = Σ engagement / hours_since_first_seen"_s,
                     QJsonObject{{u"engagement_sum"_s, 41414}, {u"hours_since_first_seen"_s, 7.7}}, 41414 / 7.7, {}};
    c.formulas = {rate, vel};
    TopPost xhs;
    xhs.rowId = 9001;
    xhs.platform = u"xiaohongshu"_s;
    xhs.postId = u"64f0a1"_s;
    xhs.creatorId = u"u1"_s;
    xhs.creatorName = u"茶茶今天喝什么"_s;
    xhs.text = u"今天的 #抹茶拿铁 太好喝了"_s;
    xhs.url = u"https://www.xiaohongshu.com/explore/64f0a1"_s;
    xhs.region = u"CN-ZJ"_s;
    xhs.likes = 12000;
    xhs.comments = 300;
    xhs.shares = 12;
    xhs.saves = 4000;
    xhs.views = std::nullopt;
    xhs.engagement = 12312;
    xhs.createdAtMs = 1748710000000;
    TopPost tt = xhs;
    tt.rowId = 17;
    tt.platform = u"tiktok"_s;
    tt.views = 180000;
    tt.createdAtMs = 1748720000500;
    c.topPosts = {xhs, tt};
    c.hourlyPosts = {0, 1, 2, 3, 40};
    c.hourlyEngagement = {0, 10, 20, 30, 9000000000LL};
    return c;
}

void compareClusters(const ClusterResult &a, const ClusterResult &b)
{
    QCOMPARE(a.trendId, b.trendId);
    QCOMPARE(a.anchor, b.anchor);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.hashtags, b.hashtags);
    QCOMPARE(a.edges.size(), b.edges.size());
    for (qsizetype i = 0; i < a.edges.size(); ++i) {
        QCOMPARE(a.edges[i].a, b.edges[i].a);
        QCOMPARE(a.edges[i].b, b.edges[i].b);
        QCOMPARE(a.edges[i].cooccurrence, b.edges[i].cooccurrence);
        QCOMPARE(a.edges[i].jaccard, b.edges[i].jaccard);
    }
    QCOMPARE(a.posts, b.posts);
    QCOMPARE(a.uniqueCreators, b.uniqueCreators);
    QCOMPARE(a.platforms, b.platforms);
    QCOMPARE(a.regions, b.regions);
    QCOMPARE(a.engagementSum, b.engagementSum);
    QCOMPARE(a.firstSeenMs, b.firstSeenMs);
    QCOMPARE(a.lastSeenMs, b.lastSeenMs);
    QCOMPARE(a.engagementRate, b.engagementRate);
    QCOMPARE(a.hoursSinceFirstSeen, b.hoursSinceFirstSeen);
    QCOMPARE(a.velocity, b.velocity);
    QCOMPARE(a.creatorDiversity, b.creatorDiversity);
    QCOMPARE(a.baselineCounts, b.baselineCounts);
    QCOMPARE(a.baselineAdjusted.size(), b.baselineAdjusted.size());
    for (qsizetype i = 0; i < a.baselineAdjusted.size(); ++i) {
        if (std::isnan(b.baselineAdjusted[i]))
            QVERIFY(std::isnan(a.baselineAdjusted[i]));
        else
            QCOMPARE(a.baselineAdjusted[i], b.baselineAdjusted[i]);
    }
    QCOMPARE(a.coveredBaselineWindows, b.coveredBaselineWindows);
    QCOMPARE(a.lifecycle, b.lifecycle);
    QCOMPARE(a.baselineMean, b.baselineMean);
    QCOMPARE(a.baselineStd, b.baselineStd);
    QCOMPARE(a.growth, b.growth);
    QCOMPARE(a.surgeZ, b.surgeZ);
    QCOMPARE(a.significance, b.significance);
    QCOMPARE(a.health, b.health);
    QCOMPARE(a.confidence, b.confidence);
    QCOMPARE(a.crossPlatform, b.crossPlatform);
    QCOMPARE(a.checks.size(), b.checks.size());
    for (qsizetype i = 0; i < a.checks.size(); ++i) {
        QCOMPARE(a.checks[i].name, b.checks[i].name);
        QCOMPARE(a.checks[i].value, b.checks[i].value);
        QCOMPARE(a.checks[i].threshold, b.checks[i].threshold);
        QCOMPARE(a.checks[i].passed, b.checks[i].passed);
        QCOMPARE(a.checks[i].reason, b.checks[i].reason);
    }
    QCOMPARE(a.isTrend, b.isTrend);
    QCOMPARE(a.rank, b.rank);
    QCOMPARE(a.urgency, b.urgency);
    QCOMPARE(a.insight, b.insight);
    QCOMPARE(a.recommendation, b.recommendation);
    QCOMPARE(a.formulas.size(), b.formulas.size());
    for (qsizetype i = 0; i < a.formulas.size(); ++i) {
        QCOMPARE(a.formulas[i].name, b.formulas[i].name);
        QCOMPARE(a.formulas[i].formula, b.formulas[i].formula);
        QCOMPARE(a.formulas[i].inputs, b.formulas[i].inputs);
        QCOMPARE(a.formulas[i].result, b.formulas[i].result);
        QCOMPARE(a.formulas[i].note, b.formulas[i].note);
    }
    QCOMPARE(a.topPosts.size(), b.topPosts.size());
    for (qsizetype i = 0; i < a.topPosts.size(); ++i) {
        const TopPost &x = a.topPosts[i], &y = b.topPosts[i];
        QCOMPARE(x.rowId, y.rowId);
        QCOMPARE(x.platform, y.platform);
        QCOMPARE(x.postId, y.postId);
        QCOMPARE(x.creatorId, y.creatorId);
        QCOMPARE(x.creatorName, y.creatorName);
        QCOMPARE(x.text, y.text);
        QCOMPARE(x.url, y.url);
        QCOMPARE(x.region, y.region);
        QCOMPARE(x.likes, y.likes);
        QCOMPARE(x.comments, y.comments);
        QCOMPARE(x.shares, y.shares);
        QCOMPARE(x.saves, y.saves);
        QCOMPARE(x.views, y.views);
        QCOMPARE(x.engagement, y.engagement);
        QCOMPARE(x.createdAtMs, y.createdAtMs);
    }
    QCOMPARE(a.hourlyPosts, b.hourlyPosts);
    QCOMPARE(a.hourlyEngagement, b.hourlyEngagement);
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRunJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tileUsesSpecNamesAndIsoTimes()
    {
        const QJsonObject o = runjson::toJson(fullCluster(), runjson::Detail::Tile);
        QCOMPARE(o.value(u"trend_id"_s).toString(), u"t-3f9a2c"_s);
        QCOMPARE(o.value(u"first_seen"_s).toString(), u"2025-05-31T14:00:00Z"_s);
        QCOMPARE(o.value(u"last_seen"_s).toString(), u"2025-05-31T23:59:59.123Z"_s);
        QVERIFY(o.value(u"engagement_rate"_s).isNull());
        QCOMPARE(o.value(u"hashtags"_s).toArray().at(1).toString(), u"抹茶拿铁"_s);
        QCOMPARE(o.value(u"checks"_s).toArray().at(2).toObject(),
                 (QJsonObject{{u"name"_s, u"regions"_s}, {u"value"_s, 2}, {u"threshold"_s, 3}, {u"passed"_s, false}}));
        QVERIFY(!o.contains(u"evidence"_s));
        for (const char *key : {"rank", "anchor", "title", "posts", "unique_creators", "platforms", "regions", "cross_platform",
                                "engagement_sum", "hours_since_first_seen", "velocity", "creator_diversity", "baseline_counts",
                                "baseline_adjusted", "covered_baseline_windows", "baseline_mean", "baseline_std", "growth",
                                "surge_z", "significance", "lifecycle", "health", "confidence", "is_trend", "urgency",
                                "insight", "recommendation", "anchor_display", "hashtags_display"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QCOMPARE(o.size(), 35); // issue 10 added anchor_display and hashtags_display
        // without display forms the spellings are the normalized tags
        QCOMPARE(o.value(u"hashtags_display"_s).toArray().at(1).toString(), u"抹茶拿铁"_s);
        // an uncovered window's adjusted count is null
        QCOMPARE(o.value(u"baseline_adjusted"_s).toArray().at(0).toDouble(), 3.5);
        QVERIFY(o.value(u"baseline_adjusted"_s).toArray().at(2).isNull());
        QCOMPARE(o.value(u"covered_baseline_windows"_s).toInt(), 2);
        QCOMPARE(o.value(u"lifecycle"_s).toString(), u"rising"_s);
    }

    void evidenceRoundTripsExactly()
    {
        const ClusterResult c = fullCluster();
        const QJsonObject o = runjson::toJson(c, runjson::Detail::Evidence);
        const QJsonObject ev = o.value(u"evidence"_s).toObject();
        QVERIFY(ev.value(u"formulas"_s).toArray().at(0).toObject().value(u"result"_s).isNull());
        QVERIFY(ev.value(u"top_posts"_s).toArray().at(0).toObject().value(u"views"_s).isNull());
        QCOMPARE(ev.value(u"top_posts"_s).toArray().at(1).toObject().value(u"views"_s).toInteger(), 180000);
        QCOMPARE(ev.value(u"top_posts"_s).toArray().at(0).toObject().value(u"row_id"_s).toInteger(), 9001);

        // through bytes, as storage and the API see it
        const QJsonObject parsed = QJsonDocument::fromJson(bytes(o)).object();
        const Result<ClusterResult> back = runjson::clusterFromJson(parsed);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        compareClusters(back.value(), c);
        QCOMPARE(bytes(runjson::toJson(back.value(), runjson::Detail::Evidence)), bytes(o));
    }

    void tileOnlyJsonReadsWithoutEvidence()
    {
        const Result<ClusterResult> back = runjson::clusterFromJson(runjson::toJson(fullCluster(), runjson::Detail::Tile));
        QVERIFY(back.ok());
        QCOMPARE(back.value().anchor, u"matchalatte"_s);
        QVERIFY(back.value().topPosts.isEmpty());
    }

    void clusterErrorsNameTheField()
    {
        QJsonObject o = runjson::toJson(fullCluster(), runjson::Detail::Evidence);
        o.insert(u"posts"_s, u"many"_s);
        Result<ClusterResult> r = runjson::clusterFromJson(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"invalid_value"_s);
        QVERIFY2(r.error().message.contains(u"cluster.posts"_s), qPrintable(r.error().message));

        o = runjson::toJson(fullCluster(), runjson::Detail::Tile);
        o.remove(u"first_seen"_s);
        r = runjson::clusterFromJson(o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"cluster.first_seen: missing"_s));

        o = runjson::toJson(fullCluster(), runjson::Detail::Tile);
        o.insert(u"rank"_s, 1.5);
        QVERIFY(!runjson::clusterFromJson(o).ok());
    }

    void undefinedMetricsAreNullAndRoundTrip()
    {
        // SPEC 3, "no baseline": μ, σ, growth, surge_z and significance undefined → JSON null; their checks fail
        // with the reason "no baseline data".
        ClusterResult c = fullCluster();
        c.baselineMean.reset();
        c.baselineStd.reset();
        c.growth.reset();
        c.surgeZ.reset();
        c.significance.reset();
        c.baselineAdjusted = {qQNaN(), qQNaN(), qQNaN()};
        c.coveredBaselineWindows = 0;
        c.lifecycle = u"new"_s;
        c.checks = {{u"growth"_s, std::nullopt, 1.5, false, u"no baseline data"_s}};
        const QJsonObject o = runjson::toJson(c, runjson::Detail::Evidence);
        for (const char *key : {"baseline_mean", "baseline_std", "growth", "surge_z", "significance"})
            QVERIFY2(o.contains(QLatin1StringView(key)) && o.value(QLatin1StringView(key)).isNull(), key);
        QCOMPARE(o.value(u"checks"_s).toArray().at(0).toObject(),
                 (QJsonObject{{u"name"_s, u"growth"_s}, {u"value"_s, QJsonValue::Null}, {u"threshold"_s, 1.5},
                              {u"passed"_s, false}, {u"reason"_s, u"no baseline data"_s}}));
        const Result<ClusterResult> back = runjson::clusterFromJson(QJsonDocument::fromJson(bytes(o)).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        compareClusters(back.value(), c);
        QVERIFY(!back.value().growth.has_value());
        QVERIFY(!back.value().checks.at(0).value.has_value());
    }

    void clustersStoredBeforeBaselineCoverageStillRead()
    {
        // A run stored before issue 11: no baseline_adjusted, covered count or lifecycle; every window counted raw.
        QJsonObject o = runjson::toJson(fullCluster(), runjson::Detail::Evidence);
        o.remove(u"baseline_adjusted"_s);
        o.remove(u"covered_baseline_windows"_s);
        o.remove(u"lifecycle"_s);
        const Result<ClusterResult> back = runjson::clusterFromJson(o);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value().baselineAdjusted, (QList<double>{3, 4, 5}));
        QCOMPARE(back.value().coveredBaselineWindows, 3);
        QVERIFY(back.value().lifecycle.isEmpty());
    }

    void nonFiniteNumbersBecomeNull()
    {
        ClusterResult c = fullCluster();
        c.growth = std::numeric_limits<double>::infinity();
        c.surgeZ = std::numeric_limits<double>::quiet_NaN();
        c.engagementRate = std::numeric_limits<double>::quiet_NaN();
        const QJsonObject o = runjson::toJson(c, runjson::Detail::Tile);
        QVERIFY(o.value(u"growth"_s).isNull());
        QVERIFY(o.value(u"surge_z"_s).isNull());
        QVERIFY(o.value(u"engagement_rate"_s).isNull());
        const QByteArray text = bytes(o);
        QVERIFY(!text.contains("nan") && !text.contains("inf"));
    }

    void doublesAreByteStable()
    {
        const QJsonObject o = runjson::toJson(fullCluster(), runjson::Detail::Evidence);
        QCOMPARE(bytes(o), bytes(runjson::toJson(fullCluster(), runjson::Detail::Evidence)));
        QVERIFY(bytes(o).contains("\"hours_since_first_seen\":7.7"));
        QVERIFY(bytes(o).contains("\"significance\":12.345678901234567"));
    }

    void decisionRoundTrip()
    {
        const Decision d{u"hashtag_stats"_s, u"tag:推荐"_s, u"clustering.stoplist"_s, QJsonObject{{u"posts"_s, 120}},
                         u"dropped"_s, u"#推荐 is in clustering.stoplist"_s};
        const QJsonObject o = runjson::toJson(d);
        QCOMPARE(o.keys(), (QStringList{u"message"_s, u"outcome"_s, u"rule"_s, u"stage"_s, u"subject"_s, u"values"_s}));
        const Result<Decision> back = runjson::decisionFromJson(o);
        QVERIFY(back.ok());
        QCOMPARE(back.value().stage, d.stage);
        QCOMPARE(back.value().subject, d.subject);
        QCOMPARE(back.value().rule, d.rule);
        QCOMPARE(back.value().values, d.values);
        QCOMPARE(back.value().outcome, d.outcome);
        QCOMPARE(back.value().message, d.message);
        QVERIFY(!runjson::decisionFromJson(QJsonObject{{u"stage"_s, 3}}).ok());
    }

    void paramsUseConfigKeysAndRoundTrip()
    {
        PipelineParams p;
        p.asOfMs = 1748736000000;
        p.windowHours = 12;
        p.baselineWindows = 4;
        p.enabledPlatforms = {u"tiktok"_s, u"xiaohongshu"_s};
        p.platformWeights = {{u"tiktok"_s, 1.0}, {u"xiaohongshu"_s, 1.5}};
        p.stoplist = {u"fyp"_s, u"推荐"_s};
        p.minPosts = 4;
        p.minCooccurrence = 3;
        p.minJaccard = 0.25;
        p.maxTags = 10;
        p.healthWeightDiversity = 0.5;
        p.healthWeightEngagement = 0.25;
        p.healthWeightVelocity = 0.25;
        p.engagementRateTarget = 0.08;
        p.velocityTarget = 500;
        p.minCreators = 6;
        p.minCreatorDiversity = 0.6;
        p.minRegions = 3;
        p.minPlatforms = 2;
        p.minGrowth = 1.8;
        p.minSignificance = 4;
        p.confidenceWeightCreators = 0.7;
        p.confidenceWeightRegions = 0.3;
        p.creatorTarget = 25;
        p.regionTarget = 6;
        p.actNowGrowth = 3.5;
        p.actNowConfidence = 0.65;
        p.prepareGrowth = 2.2;
        p.topPostsPerTile = 7;
        p.minBaselineCoverage = 0.4;
        p.normalizeVolume = false;

        const QJsonObject o = runjson::toJson(p);
        QCOMPARE(o.value(u"as_of"_s).toString(), u"2025-06-01T00:00:00Z"_s);
        QCOMPARE(o.value(u"window.hours"_s).toInt(), 12);
        QCOMPARE(o.value(u"health.weights.diversity"_s).toDouble(), 0.5);
        QCOMPARE(o.value(u"validation.creator_target"_s).toInt(), 25);
        QCOMPARE(o.value(u"confidence.weights.regions"_s).toDouble(), 0.3);
        QCOMPARE(o.value(u"urgency.prepare_growth"_s).toDouble(), 2.2);
        QCOMPARE(o.value(u"evidence.top_posts"_s).toInt(), 7);
        QCOMPARE(o.value(u"window.min_baseline_coverage"_s).toDouble(), 0.4);
        QCOMPARE(o.value(u"window.normalize_volume"_s).toBool(), false);
        QCOMPARE(o.value(u"platforms.weights"_s).toObject().value(u"xiaohongshu"_s).toDouble(), 1.5);
        QCOMPARE(o.value(u"platforms.enabled"_s).toArray().size(), 2);

        const Result<PipelineParams> back = runjson::paramsFromJson(QJsonDocument::fromJson(bytes(o)).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QVERIFY(back.value() == p);

        const Result<PipelineParams> defaults = runjson::paramsFromJson(runjson::toJson(PipelineParams{}));
        QVERIFY(defaults.ok());
        QVERIFY(defaults.value() == PipelineParams{});
        QVERIFY(runjson::toJson(PipelineParams{}).value(u"as_of"_s).isNull());
    }

    void paramsPartialOverridesAndErrors()
    {
        const Result<PipelineParams> partial = runjson::paramsFromJson(QJsonObject{{u"window.hours"_s, 6}});
        QVERIFY(partial.ok());
        QCOMPARE(partial.value().windowHours, 6);
        QCOMPARE(partial.value().minPosts, 3);

        Result<PipelineParams> bad = runjson::paramsFromJson(QJsonObject{{u"window.hours"_s, u"six"_s}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"window.hours"_s));
        bad = runjson::paramsFromJson(QJsonObject{{u"window.hourz"_s, 6}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"window.hourz: unknown key"_s));
        QVERIFY(!runjson::paramsFromJson(QJsonObject{{u"as_of"_s, u"2025-06-01T00:00:00"_s}}).ok());
        QVERIFY(!runjson::paramsFromJson(QJsonObject{{u"clustering.min_posts"_s, 2.5}}).ok());
    }

    void discoverBodyListsTrendsInRankOrder()
    {
        RunResult run;
        run.runId = u"84"_s;
        run.asOfMs = 1748736000000;
        run.params.windowHours = 24;
        run.postsInWindow = 253670;
        run.durationMs = 84;
        ClusterResult second = fullCluster();
        second.rank = 2;
        second.trendId = u"t-second"_s;
        ClusterResult first = fullCluster();
        ClusterResult other = fullCluster();
        other.isTrend = false;
        other.rank = 0;
        other.trendId = u"t-other"_s;
        run.clusters = {second, other, first};
        // as_of 2025-06-01T00:00Z, 24 h windows: window 2 is (05-29, 05-30], window 1 (05-30, 05-31]
        run.baselineWindows = {BaselineWindow{2, 1748476800000, 1748563200000, 40000, false},
                               BaselineWindow{1, 1748563200000, 1748649600000, 90000, true}};

        const QJsonObject body = runjson::discoverBody(run);
        QCOMPARE(body.keys(), (QStringList{u"as_of"_s, u"baseline_windows"_s, u"clusters"_s, u"covered_baseline_windows"_s,
                                           u"duration_ms"_s, u"posts_in_window"_s, u"run_id"_s, u"tiles"_s, u"trends"_s,
                                           u"window_hours"_s}));
        QCOMPARE(body.value(u"covered_baseline_windows"_s).toInt(), 1);
        const QJsonArray windows = body.value(u"baseline_windows"_s).toArray();
        QCOMPARE(windows.size(), 2);
        QCOMPARE(windows.at(0).toObject(),
                 (QJsonObject{{u"index"_s, 2}, {u"start"_s, u"2025-05-29T00:00:00Z"_s}, {u"end"_s, u"2025-05-30T00:00:00Z"_s},
                              {u"volume"_s, 40000}, {u"covered"_s, false}}));
        const auto back = runjson::baselineWindowsFromJson(windows);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), run.baselineWindows);
        QCOMPARE(body.value(u"run_id"_s).toString(), u"84"_s);
        QCOMPARE(body.value(u"as_of"_s).toString(), u"2025-06-01T00:00:00Z"_s);
        QCOMPARE(body.value(u"posts_in_window"_s).toInt(), 253670);
        QCOMPARE(body.value(u"clusters"_s).toInt(), 3);
        QCOMPARE(body.value(u"trends"_s).toInt(), 2);
        const QJsonArray tiles = body.value(u"tiles"_s).toArray();
        QCOMPARE(tiles.size(), 2);
        QCOMPARE(tiles.at(0).toObject().value(u"trend_id"_s).toString(), u"t-3f9a2c"_s);
        QCOMPARE(tiles.at(1).toObject().value(u"trend_id"_s).toString(), u"t-second"_s);
        QVERIFY(!tiles.at(0).toObject().contains(u"evidence"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunJson)
#include "tst_runjson.moc"
