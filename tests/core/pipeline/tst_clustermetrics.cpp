#include <cmath>
#include <limits>

#include <QTest>

#include "core/pipeline/pipeline.h"
#include "tests/core/pipeline/datasetbuilder.h"
#include "tests/core/pipeline/pipelinetestutil.h"

using namespace Qt::StringLiterals;
using namespace testdata;

/// Metrics per cluster, with the SPEC's special cases, numbers worked by hand.
class TestClusterMetrics final : public QObject
{
    Q_OBJECT

    static PipelineParams params()
    {
        PipelineParams p;
        p.asOfMs = kAsOf;
        return p;
    }

    /// Every check passes, so every cluster is a trend and gets its FormulaTraces.
    static PipelineParams everyClusterATrend()
    {
        PipelineParams p = params();
        p.minCreators = 0;
        p.minCreatorDiversity = 0;
        p.minRegions = 0;
        p.minPlatforms = 0;
        p.minGrowth = 0;
        p.minSignificance = 0;
        return p;
    }

    static constexpr qint64 kCap = 1'000'000'000'000'000; ///< the import's limit on a counter, 10^15

    static bool near(double a, double b) { return std::abs(a - b) < 1e-9; }
    static bool near(std::optional<double> a, double b) { return a && std::abs(*a - b) < 1e-9; }

    /// Covers every baseline window (24–48, 48–72, 72–96 h ago) with `perWindow` posts of an unrelated tag, so the
    /// clusters under test have a defined baseline with c_k = 0 (μ = σ = 0) and can become trends.
    static void coverBaseline(DatasetBuilder &b, int perWindow = 3)
    {
        for (const double hours : {30.0, 54.0, 78.0})
            b.add(perWindow, Row().tags({u"filler"_s}).hoursAgo(hours));
    }

private Q_SLOTS:
    void noViewsAtAll()
    {
        DatasetBuilder b;
        b.add(Row().tags({u"matcha"_s}).likes(10).hoursAgo(2))
            .add(Row().tags({u"matcha"_s}).likes(10).hoursAgo(3))
            .add(Row().tags({u"matcha"_s}).likes(10).hoursAgo(4));
        coverBaseline(b);
        const RunResult run = runPipeline(b.build(), everyClusterATrend());
        const ClusterResult *c = clusterByAnchor(run, u"matcha"_s);
        QVERIFY(c);
        QVERIFY(!c->engagementRate.has_value()); // undefined, not 0
        const FormulaTrace *er = trace(*c, u"engagement_rate"_s);
        QVERIFY(er && !er->result.has_value());
        QVERIFY(er->note.contains(u"3 unknown"_s));
        const auto erDecisions = decisionsOf(run, u"cluster:"_s + c->trendId, u"engagement_rate"_s);
        QCOMPARE(erDecisions.size(), std::size_t(1));
        QVERIFY(erDecisions[0].message.startsWith(u"engagement_rate = Σ(likes + comments + shares) / Σ views"_s));
        // velocity = 30 / 4 h = 7.5; diversity 3 / 3 = 1
        QVERIFY(near(c->velocity, 7.5));
        // health without the engagement term: 4/7·1 + 3/7·min(1, 7.5/1000) = (4 + 0.0225) / 7 = 0.5746429
        QVERIFY(near(c->health, 4.0225 / 7.0));
        const auto healthDecisions = decisionsOf(run, u"cluster:"_s + c->trendId, u"health"_s);
        QCOMPARE(healthDecisions.size(), std::size_t(1));
        QVERIFY(healthDecisions[0].message.contains(u"rescaled to sum to 1 (0.4, 0.3 → 0.5714, 0.4286)"_s));
    }

    void viewsZeroOnSomePosts()
    {
        DatasetBuilder b;
        b.add(Row().tags({u"matcha"_s}).likes(10).comments(2).shares(3).views(100)) // engagement 15, counted
            .add(Row().tags({u"matcha"_s}).likes(5).views(0))                         // views 0: left out
            .add(Row().tags({u"matcha"_s}).likes(20))                                 // unknown: left out
            .add(Row().tags({u"matcha"_s}).likes(6).views(200));                      // engagement 6, counted
        const RunResult run = runPipeline(b.build(), params());
        const ClusterResult *c = clusterByAnchor(run, u"matcha"_s);
        QVERIFY(c);
        // (15 + 6) / (100 + 200) = 21 / 300 = 0.07
        QVERIFY(near(c->engagementRate.value(), 0.07));
        QCOMPARE(c->engagementSum, 46); // 15 + 5 + 20 + 6: every post counts for velocity
        const auto d = decisionsOf(run, u"cluster:"_s + c->trendId, u"engagement_rate"_s);
        QCOMPARE(d.size(), std::size_t(1));
        QVERIFY2(d[0].message.contains(u"2 of 4 posts left out of both sums (1 unknown, 1 with views = 0); "
                                       "engagement_rate = 21 / 300 = 0.07"_s),
                 qPrintable(d[0].message));
        QVERIFY(decisionsOf(run, u"cluster:"_s + c->trendId, u"health"_s).empty()); // not rescaled
    }

    void singlePostFirstSeenUnderAnHourAgo()
    {
        DatasetBuilder b;
        b.add(Row().tags({u"matcha"_s}).likes(50).hoursAgo(0.5));
        PipelineParams p = params();
        p.minPosts = 1;
        const RunResult run = runPipeline(b.build(), p);
        QCOMPARE(run.clusters.size(), 1);
        const ClusterResult &c = run.clusters.front();
        QCOMPARE(c.posts, 1);
        QCOMPARE(c.uniqueCreators, 1);
        QCOMPARE(c.creatorDiversity, 1.0);           // 1 / 1
        QCOMPARE(c.hoursSinceFirstSeen, 1.0);        // max(1, 0.5)
        QCOMPARE(c.velocity, 50.0);                  // 50 / 1
        // A dataset of one post: no baseline window holds a post, none is covered (SPEC 3, "no baseline")
        QCOMPARE(c.coveredBaselineWindows, 0);
        QVERIFY(!c.baselineMean && !c.baselineStd);
        QVERIFY(!c.growth && !c.surgeZ && !c.significance);
        QCOMPARE(c.lifecycle, u"new"_s);
        const QString subject = u"cluster:"_s + c.trendId;
        const auto hours = decisionsOf(run, subject, u"hours_since_first_seen"_s);
        QCOMPARE(hours.size(), std::size_t(1));
        QVERIFY2(hours[0].message.contains(u"= max(1, 0.5) = 1: first seen 30 minutes before as_of"_s),
                 qPrintable(hours[0].message));
        const auto baseline = decisionsOf(run, subject, u"baseline"_s);
        QCOMPARE(baseline.size(), std::size_t(1));
        QVERIFY2(baseline[0].message.contains(u"no baseline data: none of the 3 baseline windows is covered"_s),
                 qPrintable(baseline[0].message));
        QVERIFY(!c.isTrend); // 1 creator < 5
    }

    void baselineCountsEachPostOnce()
    {
        DatasetBuilder b;
        const QStringList both{u"matcha"_s, u"latte"_s};
        b.add(6, Row().tags(both).hoursAgo(2))                  // 6 posts in the window: volume_0 = 6
            .add(2, Row().tags(both).hoursAgo(80))               // window 3 (72–96 h ago): 2 posts (each once)
            .add(Row().tags({u"matcha"_s}).hoursAgo(60))         // window 2 (48–72 h ago): 1 + 1 = 2
            .add(Row().tags({u"latte"_s}).hoursAgo(60));         // window 1 (24–48 h ago): empty
        const RunResult run = runPipeline(b.build(), params());
        QCOMPARE(run.clusters.size(), 1);
        const ClusterResult &c = run.clusters.front();
        QCOMPARE(c.hashtags, (QStringList{u"latte"_s, u"matcha"_s})); // 6 posts each: lexicographic
        QCOMPARE(c.anchor, u"latte"_s);
        QCOMPARE(c.baselineCounts, (QList<int>{2, 2, 0}));
        // Windows 3 and 2 hold 2 posts ≥ 0.25 × 6 = 1.5: covered; window 1 holds none: uncovered.
        QCOMPARE(c.coveredBaselineWindows, 2);
        // a_k = c_k × volume_0 / volume_k = 2 × 6 / 2 = 6 for both; μ = 6, σ = 0
        QCOMPARE(c.baselineAdjusted.size(), 3);
        QCOMPARE(c.baselineAdjusted[0], 6.0);
        QCOMPARE(c.baselineAdjusted[1], 6.0);
        QVERIFY(std::isnan(c.baselineAdjusted[2]));
        QVERIFY(near(c.baselineMean, 6.0));
        QVERIFY(near(c.baselineStd, 0.0));
        QVERIFY(near(c.growth, 1.0));  // (6 + 1) / (6 + 1)
        QVERIFY(near(c.surgeZ, 0.0));  // (6 − 6) / max(0, √6, 1)
        // n = 6, b = 2 + 2 = 4, p₀ = 6 / (6 + 2 + 2) = 0.6: P(X ≥ 6 | Binomial(10, 0.6))
        // = Σ_{j=6..10} C(10, j)·0.6^j·0.4^(10−j) = 0.6331032576 → −log10 = 0.19851…
        QVERIFY(near(c.significance, -std::log10(0.6331032576)));
        QCOMPARE(c.lifecycle, u"steady"_s); // no a_k above 6, and 6 is not above the most recent covered a_k (6)
        // hourly buckets over (as_of − 96 h, as_of]: 96 of them; 80 h ago → bucket 15, 60 h ago → 35, 2 h ago → 93
        QCOMPARE(c.hourlyPosts.size(), 96);
        QCOMPARE(c.hourlyPosts[15], 2);
        QCOMPARE(c.hourlyPosts[35], 2);
        QCOMPARE(c.hourlyPosts[93], 6);
        qint64 total = 0;
        for (const qint64 n : c.hourlyPosts)
            total += n;
        QCOMPARE(total, 10);
    }

    /// The dataset of uncoveredWindowAndVolumeAdjustment: 8 posts in the window (6 #matcha, 2 #x that stay below
    /// clustering.min_posts but count in the volume); window 1 (24–48 h ago) 4 posts (2 #matcha, 2 #filler),
    /// window 2 (48–72 h ago) 1 post (#matcha), window 3 (72–96 h ago) none.
    static Dataset coverageData()
    {
        DatasetBuilder b;
        b.add(6, Row().tags({u"matcha"_s}).hoursAgo(2))
            .add(2, Row().tags({u"x"_s}).hoursAgo(3))
            .add(2, Row().tags({u"matcha"_s}).hoursAgo(30))
            .add(2, Row().tags({u"filler"_s}).hoursAgo(30))
            .add(Row().tags({u"matcha"_s}).hoursAgo(60));
        return b.build();
    }

    void uncoveredWindowAndVolumeAdjustment()
    {
        const RunResult run = runPipeline(coverageData(), params());
        // volume_0 = 8; threshold 0.25 × 8 = 2: window 1 (4 ≥ 2) covered, window 2 (1 < 2) and 3 (0) not
        QCOMPARE(run.postsInWindow, 8);
        QCOMPARE(run.baselineWindows.size(), 3);
        QCOMPARE(run.baselineWindows[0].index, 3); // oldest first
        QCOMPARE(run.baselineWindows[0].volume, 0);
        QVERIFY(!run.baselineWindows[0].covered);
        QCOMPARE(run.baselineWindows[1].volume, 1);
        QVERIFY(!run.baselineWindows[1].covered);
        QCOMPARE(run.baselineWindows[2].index, 1);
        QCOMPARE(run.baselineWindows[2].volume, 4);
        QVERIFY(run.baselineWindows[2].covered);
        QCOMPARE(run.baselineWindows[2].endMs, kAsOf - 24 * kHour);
        QCOMPARE(run.baselineWindows[2].startMs, kAsOf - 48 * kHour);
        QCOMPARE(run.coveredBaselineWindows(), 1);

        // The run-level decisions say which windows were uncovered and why.
        const auto windows = decisionsOf(run, u"run"_s, u"window.min_baseline_coverage"_s);
        QCOMPARE(windows.size(), std::size_t(3));
        QCOMPARE(windows[0].outcome, u"dropped"_s);
        QVERIFY2(windows[0].message.contains(u"baseline window 3"_s) && windows[0].message.contains(u"no posts in it"_s),
                 qPrintable(windows[0].message));
        QCOMPARE(windows[1].outcome, u"dropped"_s);
        QVERIFY2(windows[1].message.contains(u"volume_2 = 1, window.min_baseline_coverage × volume_0 = 0.25 × 8 = 2 "
                                             "and 1 < 2"_s),
                 qPrintable(windows[1].message));
        QCOMPARE(windows[1].values.value(u"threshold"_s).toDouble(), 2.0);
        QCOMPARE(windows[2].outcome, u"kept"_s);
        QVERIFY2(windows[2].message.contains(u"a_k = c_k × volume_0 / volume_k"_s) &&
                     windows[2].message.contains(u"= c_k × 8 / 4"_s),
                 qPrintable(windows[2].message));

        const ClusterResult *c = clusterByAnchor(run, u"matcha"_s);
        QVERIFY(c);
        QCOMPARE(c->posts, 6);
        QCOMPARE(c->baselineCounts, (QList<int>{0, 1, 2}));
        QCOMPARE(c->coveredBaselineWindows, 1);
        // a_1 = c_1 × volume_0 / volume_1 = 2 × 8 / 4 = 4; windows 2 and 3 are left out (the 1 post of window 2 too)
        QVERIFY(std::isnan(c->baselineAdjusted[0]) && std::isnan(c->baselineAdjusted[1]));
        QCOMPARE(c->baselineAdjusted[2], 4.0);
        QVERIFY(near(c->baselineMean, 4.0));
        QVERIFY(near(c->baselineStd, 0.0));
        QVERIFY(near(c->growth, 1.4));  // (6 + 1) / (4 + 1)
        QVERIFY(near(c->surgeZ, 1.0));  // (6 − 4) / max(0, √4 = 2, 1)
        // n = 6, b = c_1 = 2, p₀ = 8 / (8 + 4) = ⅔: P(X ≥ 6 | Binomial(8, ⅔)) = (28·2⁶ + 8·2⁷ + 2⁸) / 3⁸
        // = 3072 / 6561 = 0.4682213077 → −log10 = 0.3295488263978251 (1 cluster tested: #x is dropped)
        QCOMPARE(run.clusters.size(), 1);
        QVERIFY(near(c->significance, 0.3295488263978251));
        QCOMPARE(c->lifecycle, u"rising"_s); // 6 > a_1 = 4, and no covered a_k above 6
    }

    void normalizeVolumeOff()
    {
        PipelineParams p = params();
        p.normalizeVolume = false;
        const RunResult run = runPipeline(coverageData(), p);
        const ClusterResult *c = clusterByAnchor(run, u"matcha"_s);
        QVERIFY(c);
        // a_1 = c_1 = 2 (coverage is the same: window 1 only); μ = 2, σ = 0
        QCOMPARE(c->baselineAdjusted[2], 2.0);
        QVERIFY(near(c->baselineMean, 2.0));
        QVERIFY(near(c->growth, 7.0 / 3.0));                   // (6 + 1) / (2 + 1)
        QVERIFY(near(c->surgeZ, 2.82842712474619));             // (6 − 2) / max(0, √2, 1) = 4 / √2
        QVERIFY(near(c->significance, 0.3295488263978251));     // the binomial test uses raw counts and volumes
        const auto windows = decisionsOf(run, u"run"_s, u"window.min_baseline_coverage"_s);
        QVERIFY(windows[2].message.contains(u"window.normalize_volume is false: a_k = c_k"_s));
        // a coverage of 0 covers every window with data: window 2 (1 post) joins, a_2 = c_2 = 1; μ = 1.5, σ = 0.5
        p.minBaselineCoverage = 0;
        const RunResult all = runPipeline(coverageData(), p);
        const ClusterResult *c2 = clusterByAnchor(all, u"matcha"_s);
        QCOMPARE(c2->coveredBaselineWindows, 2);
        QVERIFY(near(c2->baselineMean, 1.5));
        QVERIFY(near(c2->baselineStd, 0.5));
    }

    void noBaselineData()
    {
        // Every post in the current window: no baseline window holds a post, none is covered.
        DatasetBuilder b;
        for (int i = 0; i < 6; ++i)
            b.add(Row().tags({u"matcha"_s}).in(i % 2 ? u"US"_s : u"CN"_s).hoursAgo(1 + i));
        const RunResult run = runPipeline(b.build(), everyClusterATrend());
        const ClusterResult *c = clusterByAnchor(run, u"matcha"_s);
        QVERIFY(c);
        QCOMPARE(c->coveredBaselineWindows, 0);
        QVERIFY(!c->baselineMean && !c->baselineStd && !c->growth && !c->surgeZ && !c->significance);
        QCOMPARE(c->lifecycle, u"new"_s);
        // Every other check has a threshold of 0, yet growth and significance fail: undefined, "no baseline data".
        QVERIFY(!c->isTrend);
        for (const QString &name : {u"growth"_s, u"significance"_s}) {
            const ValidationCheck *v = check(*c, name);
            QVERIFY(v && !v->passed && !v->value);
            QCOMPARE(v->reason, u"no baseline data"_s);
            const auto d = decisionsOf(run, u"cluster:"_s + c->trendId, u"validation.min_"_s + name);
            QCOMPARE(d.size(), std::size_t(1));
            QCOMPARE(d[0].message, name + u" ≥ validation.min_"_s + name + u": undefined, failed: no baseline data"_s);
            QVERIFY(d[0].values.value(u"value"_s).isNull());
        }
        QVERIFY(check(*c, u"unique_creators"_s)->passed);
        // The run says so once, the cluster's decision too.
        const auto runLevel = decisionsOf(run, u"run"_s, u"window.min_baseline_coverage"_s);
        QCOMPARE(runLevel.size(), std::size_t(4)); // three windows dropped + the summary
        QVERIFY(runLevel.back().message.startsWith(u"no baseline data: none of the 3 baseline windows is covered"_s));
        QCOMPARE(run.trendCount(), 0);
    }

    void topPostsByEngagementWithTies()
    {
        DatasetBuilder b;
        b.add(Row().id(u"p9"_s).tags({u"matcha"_s}).likes(50).hoursAgo(3))
            .add(Row().id(u"p10"_s).tags({u"matcha"_s}).likes(50).hoursAgo(3))                 // tie: "p10" < "p9"
            .add(Row().id(u"w1"_s).on(u"weibo"_s).tags({u"matcha"_s}).likes(50).hoursAgo(3))   // tie: weibo after tiktok
            .add(Row().id(u"early"_s).tags({u"matcha"_s}).likes(50).hoursAgo(4))               // same engagement, earlier
            .add(Row().id(u"top"_s).by(u"ann"_s).in(u"US"_s).tags({u"matcha"_s}).likes(90).comments(5).shares(5).views(1000))
            .add(Row().id(u"low"_s).tags({u"matcha"_s}).likes(1));
        coverBaseline(b);
        const RunResult run = runPipeline(b.build(), everyClusterATrend());
        const ClusterResult &c = run.clusters.front();
        QCOMPARE(c.topPosts.size(), 5); // pipeline.topPostsPerTile
        QStringList ids;
        for (const TopPost &t : c.topPosts)
            ids.append(t.postId);
        QCOMPARE(ids, (QStringList{u"top"_s, u"early"_s, u"p10"_s, u"p9"_s, u"w1"_s}));
        const TopPost &top = c.topPosts.front();
        QCOMPARE(top.engagement, 100);
        QCOMPARE(top.views, std::optional<qint64>(1000));
        QCOMPARE(top.creatorId, u"ann"_s);
        QCOMPARE(top.creatorName, u"name of ann"_s);
        QCOMPARE(top.region, u"US"_s);
        QCOMPARE(top.rowId, 5);
        QVERIFY(!c.topPosts[1].views.has_value()); // unknown stays unknown
    }

    void nearMissIsExplainedOnRequest()
    {
        // #matcha fails min_creators (3 posts by one creator): not a trend, so no evidence chain in a plain run. Asked
        // for, it gets its formulas and top posts like a trend; nothing else of the run changes.
        DatasetBuilder b;
        b.add(Row().id(u"a"_s).tags({u"matcha"_s}).likes(30).hoursAgo(2))
            .add(Row().id(u"b"_s).tags({u"matcha"_s}).likes(20).hoursAgo(3))
            .add(Row().id(u"c"_s).tags({u"matcha"_s}).likes(10).hoursAgo(4));
        coverBaseline(b);
        PipelineParams p = params();
        p.minCreators = 5;
        const Dataset data = b.build();
        const RunResult plain = runPipeline(data, p);
        const ClusterResult *missed = clusterByAnchor(plain, u"matcha"_s);
        QVERIFY(missed && !missed->isTrend);
        QVERIFY(missed->formulas.isEmpty() && missed->topPosts.isEmpty());

        const RunResult explained = runPipeline(data, p, QStringList{missed->trendId});
        const ClusterResult *c = clusterByAnchor(explained, u"matcha"_s);
        QVERIFY(c && !c->isTrend);
        QVERIFY(!c->formulas.isEmpty());
        QStringList ids;
        for (const TopPost &t : c->topPosts)
            ids.append(t.postId);
        QCOMPARE(ids, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(explained.runId, plain.runId);
        QCOMPARE(explained.decisions.size(), plain.decisions.size());
        QCOMPARE(explained.trendCount(), plain.trendCount());
        // Only the cluster asked for: another near-miss stays without its chain.
        const RunResult other = runPipeline(data, p, QStringList{u"t-elsewhere"_s});
        QVERIFY(clusterByAnchor(other, u"matcha"_s)->formulas.isEmpty());
    }

    void platformWeightsScaleVelocityOnly()
    {
        DatasetBuilder b;
        b.add(Row().on(u"tiktok"_s).tags({u"matcha"_s}).likes(100).hoursAgo(2))
            .add(Row().on(u"weibo"_s).tags({u"matcha"_s}).likes(100).hoursAgo(1))
            .add(Row().on(u"weibo"_s).tags({u"matcha"_s}).likes(0).hoursAgo(1));
        PipelineParams p = params();
        p.platformWeights.insert(u"weibo"_s, 0.5);
        const RunResult run = runPipeline(b.build(), p);
        const ClusterResult &c = run.clusters.front();
        QCOMPARE(c.engagementSum, 200);
        QCOMPARE(c.velocity, 75.0); // (100·1 + 100·0.5) / 2 h
        QCOMPARE(c.platforms, (QStringList{u"tiktok"_s, u"weibo"_s}));
        QVERIFY(c.crossPlatform);
    }

    void countsAtTheLimitDoNotWrap()
    {
        // Issue 15, finding 7: likes near 2^63 wrapped Σ engagement negative (UB, found by UBSan in formulas.h) and the
        // cluster ranked first. Counters are capped at 10^15 on import; 5,000 posts at the cap each have
        // engagement 3·10^15 and Σ 1.5·10^19 > 2^63. The ratios sum in double and stay right; Σ engagement saturates.
        DatasetBuilder b;
        b.add(5000, Row().tags({u"matcha"_s}).hoursAgo(2).likes(kCap).comments(kCap).shares(kCap).saves(kCap).views(kCap));
        // A covered baseline window (SPEC section 3), so that the cluster is a trend with its evidence.
        b.add(2000, Row().tags({u"background"_s}).hoursAgo(30));
        const RunResult run = runPipeline(b.build(), everyClusterATrend());
        const ClusterResult *c = clusterByAnchor(run, u"matcha"_s);
        QVERIFY(c);
        QCOMPARE(c->posts, 5000);
        QCOMPARE(c->engagementRate.value(), 3.0);  // 1.5·10^19 / 5·10^18, exact in double
        QCOMPARE(c->velocity, 7.5e18);               // 1.5·10^19 / 2 h
        QCOMPARE(c->engagementSum, std::numeric_limits<qint64>::max()); // saturated, never negative
        for (const qint64 e : c->hourlyEngagement)
            QVERIFY(e >= 0);
        QVERIFY(c->health > 0 && c->health <= 1);
        const FormulaTrace *er = trace(*c, u"engagement_rate"_s);
        QVERIFY(er);
        QCOMPARE(er->inputs.value(u"engagement_sum"_s).toDouble(), 1.5e19);
        QCOMPARE(er->inputs.value(u"views_sum"_s).toDouble(), 5e18);

        // Three posts at the cap (a cluster needs three): exact integers.
        DatasetBuilder two;
        two.add(3, Row().tags({u"tea"_s}).hoursAgo(2).likes(kCap).comments(kCap).shares(kCap).views(kCap));
        const RunResult small = runPipeline(two.build(), everyClusterATrend());
        QCOMPARE(small.clusters.size(), 1);
        QCOMPARE(small.clusters.front().engagementSum, 9 * kCap);
        QCOMPARE(small.clusters.front().velocity, 4.5 * kCap);

        // Rows stored before the cap (int64 max likes) saturate instead of wrapping.
        DatasetBuilder old;
        old.add(3, Row().tags({u"old"_s}).hoursAgo(2).likes(std::numeric_limits<qint64>::max()).comments(5).views(1));
        old.add(3, Row().tags({u"background"_s}).hoursAgo(30));
        const RunResult oldRun = runPipeline(old.build(), everyClusterATrend());
        QCOMPARE(oldRun.clusters.size(), 1);
        const ClusterResult &o = oldRun.clusters.front();
        QCOMPARE(o.engagementSum, std::numeric_limits<qint64>::max());
        QVERIFY(o.velocity > 0);
        QVERIFY(o.engagementRate.value() > 0);
        QCOMPARE(o.topPosts.front().engagement, std::numeric_limits<qint64>::max());
    }

    void everyFormulaIsTraced()
    {
        DatasetBuilder b;
        b.add(3, Row().tags({u"matcha"_s}).likes(10).views(100));
        coverBaseline(b);
        const RunResult run = runPipeline(b.build(), everyClusterATrend());
        QStringList names;
        for (const FormulaTrace &t : run.clusters.front().formulas)
            names.append(t.name);
        QCOMPARE(names, (QStringList{u"engagement_rate"_s, u"hours_since_first_seen"_s, u"velocity"_s,
                                     u"creator_diversity"_s, u"baseline"_s, u"growth"_s, u"surge_z"_s,
                                     u"significance"_s, u"lifecycle"_s, u"health"_s, u"confidence"_s}));
        const FormulaTrace *v = trace(run.clusters.front(), u"velocity"_s);
        QCOMPARE(v->formula, u"velocity = Σ engagement / hours_since_first_seen"_s);
        QCOMPARE(v->inputs.value(u"engagement_sum"_s).toDouble(), 30.0);
        QCOMPARE(v->result, std::optional<double>(30.0)); // 30 / max(1, 1 h)

        // a cluster that is not a trend gets no tile, so no evidence chain (traces, top posts); the rest stays
        const RunResult strict = runPipeline(b.build(), params());
        QVERIFY(!strict.clusters.front().isTrend);
        QVERIFY(strict.clusters.front().formulas.isEmpty());
        QVERIFY(strict.clusters.front().topPosts.isEmpty());
        QCOMPARE(strict.clusters.front().hourlyPosts.size(), 96);
        QCOMPARE(strict.clusters.front().checks.size(), 6);
        QCOMPARE(strict.clusters.front().velocity, 30.0);
    }
};

QTEST_GUILESS_MAIN(TestClusterMetrics)
#include "tst_clustermetrics.moc"
