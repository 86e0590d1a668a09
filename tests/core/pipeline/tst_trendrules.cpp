#include <cmath>

#include <QTest>

#include "core/pipeline/pipeline.h"
#include "tests/core/pipeline/datasetbuilder.h"
#include "tests/core/pipeline/pipelinetestutil.h"

using namespace Qt::StringLiterals;
using namespace testdata;

/// The rules that decide trends, each case with the decision that says why.
class TestTrendRules final : public QObject
{
    Q_OBJECT

    static PipelineParams params()
    {
        PipelineParams p;
        p.asOfMs = kAsOf;
        return p;
    }

    static bool near(std::optional<double> a, double b) { return a && std::abs(*a - b) < 1e-9; }

    static const QStringList &regions()
    {
        static const QStringList r{u"US"_s, u"GB"_s, u"JP"_s, u"CN-ZJ"_s, u"DE"_s, u"FR"_s};
        return r;
    }

    /// The validation decision of `check` for the cluster anchored at `anchor`.
    static Decision checkDecision(const RunResult &run, const QString &anchor, const QString &check)
    {
        const ClusterResult *c = clusterByAnchor(run, anchor);
        for (const Decision &d : decisionsOf(run, u"cluster:"_s + c->trendId))
            if (d.stage == u"validation" && d.values.value(u"check"_s).toString() == check)
                return d;
        return {};
    }

private Q_SLOTS:
    void burstByTwoCreatorsFailsCreatorDiversity()
    {
        DatasetBuilder b;
        for (int i = 0; i < 12; ++i)
            b.add(Row().by(i % 2 ? u"ann"_s : u"bob"_s).in(regions().at(i % 3)).tags({u"giveaway"_s}).hoursAgo(1 + i));
        const RunResult run = runPipeline(b.build(), params());
        const ClusterResult *c = clusterByAnchor(run, u"giveaway"_s);
        QVERIFY(c && !c->isTrend);
        QCOMPARE(c->uniqueCreators, 2);
        // creator_diversity = 2 / 12 = 0.1667 < 0.5
        QVERIFY(!check(*c, u"creator_diversity"_s)->passed);
        QVERIFY(!check(*c, u"unique_creators"_s)->passed);
        QVERIFY(check(*c, u"regions"_s)->passed); // 3 regions: the burst is not stopped by geography
        const Decision d = checkDecision(run, u"giveaway"_s, u"creator_diversity"_s);
        QCOMPARE(d.outcome, u"failed"_s);
        QCOMPARE(d.message, u"creator_diversity ≥ validation.min_creator_diversity: 0.1667 < 0.5, failed"_s);
        QCOMPARE(checkDecision(run, u"giveaway"_s, u"unique_creators"_s).message,
                 u"unique_creators ≥ validation.min_creators: 2 < 5, failed"_s);
    }

    void burstByOneCreatorFails()
    {
        DatasetBuilder b;
        b.add(9, Row().by(u"ann"_s).in(u"US"_s).tags({u"mybrand"_s}));
        const RunResult run = runPipeline(b.build(), params());
        const ClusterResult *c = clusterByAnchor(run, u"mybrand"_s);
        QVERIFY(c && !c->isTrend);
        QCOMPARE(c->creatorDiversity, 1.0 / 9.0);
        QCOMPARE(checkDecision(run, u"mybrand"_s, u"creator_diversity"_s).outcome, u"failed"_s);
    }

    void threeCreatorsInOneRegionFail()
    {
        DatasetBuilder b;
        b.add(3, Row().in(u"US"_s).tags({u"localjoke"_s}));
        const RunResult run = runPipeline(b.build(), params());
        const ClusterResult *c = clusterByAnchor(run, u"localjoke"_s);
        QVERIFY(c && !c->isTrend);
        QCOMPARE(c->creatorDiversity, 1.0); // 3 / 3 passes…
        QVERIFY(check(*c, u"creator_diversity"_s)->passed);
        // …but 3 creators < 5 and 1 region < 2
        QCOMPARE(checkDecision(run, u"localjoke"_s, u"unique_creators"_s).message,
                 u"unique_creators ≥ validation.min_creators: 3 < 5, failed"_s);
        QCOMPARE(checkDecision(run, u"localjoke"_s, u"regions"_s).message,
                 u"regions ≥ validation.min_regions: 1 < 2, failed"_s);
    }

    void evergreenHighVolumeTagFailsGrowth()
    {
        DatasetBuilder b;
        // 40 posts in every window: the current one and the 3 baseline windows
        for (int w = 0; w < 4; ++w)
            for (int i = 0; i < 40; ++i)
                b.add(Row().in(regions().at(i % 6)).tags({u"recipe"_s}).hoursAgo(24.0 * w + 0.5 + i * 0.5));
        const RunResult run = runPipeline(b.build(), params());
        const ClusterResult *c = clusterByAnchor(run, u"recipe"_s);
        QVERIFY(c && !c->isTrend);
        QCOMPARE(c->baselineCounts, (QList<int>{40, 40, 40}));
        QCOMPARE(c->growth, 1.0); // (40 + 1) / (40 + 1)
        QVERIFY(check(*c, u"unique_creators"_s)->passed);
        QVERIFY(check(*c, u"regions"_s)->passed);
        QCOMPARE(checkDecision(run, u"recipe"_s, u"growth"_s).message,
                 u"growth ≥ validation.min_growth: 1 < 1.5, failed"_s);
        // every window holds 40 posts (covered, a_k = 40 × 40 / 40 = 40); chance explains it: of the 160 posts, 40
        // or more in the window when its share of the volume is p₀ = 40 / 160 = ¼ has P ≈ 0.54 → significance < 3
        QCOMPARE(c->coveredBaselineWindows, 3);
        QVERIFY(!check(*c, u"significance"_s)->passed);
        QCOMPARE(c->lifecycle, u"steady"_s); // no a_k above 40, and 40 is not above the most recent a_k (40)
    }

    void peakedInTheBaselineAndDiedFailsGrowth()
    {
        DatasetBuilder b;
        const int perWindow[] = {5, 60, 40}; // oldest first: 72–96 h, 48–72 h, 24–48 h ago
        for (int w = 0; w < 3; ++w)
            for (int i = 0; i < perWindow[w]; ++i)
                b.add(Row().in(regions().at(i % 6)).tags({u"icebucket"_s}).hoursAgo(95.5 - 24.0 * w - i * 0.2));
        b.add(6, Row().in(u"US"_s).tags({u"icebucket"_s}).hoursAgo(3));
        b.add(Row().in(u"GB"_s).tags({u"icebucket"_s}).hoursAgo(3));
        // A steady capture: other posts fill every window to 100 posts, so a_k = c_k × 100 / 100 = c_k.
        for (int w = 0; w < 3; ++w)
            b.add(100 - perWindow[w], Row().tags({u"background"_s}).hoursAgo(94.0 - 24.0 * w));
        b.add(93, Row().tags({u"background"_s}).hoursAgo(4));
        const RunResult run = runPipeline(b.build(), params());
        const ClusterResult *c = clusterByAnchor(run, u"icebucket"_s);
        QVERIFY(c && !c->isTrend);
        QCOMPARE(c->baselineCounts, (QList<int>{5, 60, 40}));
        QCOMPARE(c->posts, 7);
        QCOMPARE(c->baselineMean, 35.0); // (5 + 60 + 40) / 3
        // growth = (7 + 1) / (35 + 1) = 0.2222
        QVERIFY(std::abs(c->growth.value() - 8.0 / 36.0) < 1e-12);
        QVERIFY(c->surgeZ < 0); // (7 − 35) / max(σ = 22.73, √35, 1) = −1.23
        QCOMPARE(checkDecision(run, u"icebucket"_s, u"growth"_s).message,
                 u"growth ≥ validation.min_growth: 0.2222 < 1.5, failed"_s);
        QVERIFY(check(*c, u"unique_creators"_s)->passed);
        QVERIFY(check(*c, u"regions"_s)->passed);
        QCOMPARE(c->lifecycle, u"peaked"_s); // a_2 = 60 (and 40) exceed the 7 posts now
    }

    void onlyTheTopicInTheCaptureKeepsItsShare()
    {
        // The same topic without the background: the capture holds nothing else, so every window's share of it is
        // 1 and the volume adjustment reads a steady topic: a_k = c_k × 7 / volume_k = 7, μ = 7, growth = 8 / 8 = 1.
        DatasetBuilder b;
        const int perWindow[] = {5, 60, 40};
        for (int w = 0; w < 3; ++w)
            for (int i = 0; i < perWindow[w]; ++i)
                b.add(Row().in(regions().at(i % 6)).tags({u"icebucket"_s}).hoursAgo(95.5 - 24.0 * w - i * 0.2));
        b.add(7, Row().in(u"US"_s).tags({u"icebucket"_s}).hoursAgo(3));
        const RunResult run = runPipeline(b.build(), params());
        const ClusterResult *c = clusterByAnchor(run, u"icebucket"_s);
        QVERIFY(near(c->baselineMean, 7.0) && near(c->growth, 1.0));
        QCOMPARE(c->lifecycle, u"steady"_s);
    }

    void realCrossPlatformTrendPasses()
    {
        DatasetBuilder b;
        const QStringList platforms{u"tiktok"_s, u"xiaohongshu"_s, u"instagram"_s};
        // 30 posts carry #matcha and #icedmatcha, 2 more only #matcha: 32 posts by 32 creators, 3 platforms,
        // 6 regions, 16 h since the first; likes 30 and views 300 each.
        for (int i = 0; i < 32; ++i)
            b.add(Row()
                      .on(platforms.at(i % 3))
                      .in(regions().at(i % 6))
                      .tags(i < 30 ? QStringList{u"matcha"_s, u"icedmatcha"_s} : QStringList{u"matcha"_s})
                      .likes(30)
                      .views(300)
                      .hoursAgo(1 + (i % 16)));
        // baseline: 1, 2, 3 posts of #matcha (oldest first)
        b.add(Row().tags({u"matcha"_s}).hoursAgo(80));
        b.add(2, Row().tags({u"matcha"_s}).hoursAgo(50));
        b.add(3, Row().tags({u"matcha"_s}).hoursAgo(30));
        // the rest of the capture: every baseline window holds 32 posts, as many as the current window
        b.add(31, Row().tags({u"other"_s}).hoursAgo(81));
        b.add(30, Row().tags({u"other"_s}).hoursAgo(51));
        b.add(29, Row().tags({u"other"_s}).hoursAgo(31));
        const RunResult run = runPipeline(b.build(), params());

        QCOMPARE(run.clusters.size(), 1);
        const ClusterResult &c = run.clusters.front();
        QCOMPARE(c.anchor, u"matcha"_s);
        QCOMPARE(c.hashtags, (QStringList{u"matcha"_s, u"icedmatcha"_s}));
        QCOMPARE(c.title, u"#matcha #icedmatcha"_s);
        QCOMPARE(c.edges.size(), 1);
        QCOMPARE(c.edges[0].a, u"icedmatcha"_s);
        QCOMPARE(c.edges[0].cooccurrence, 30);
        QCOMPARE(c.edges[0].jaccard, 30.0 / 32.0); // 30 / (30 + 32 − 30)
        QCOMPARE(c.posts, 32);
        QCOMPARE(c.uniqueCreators, 32);
        QCOMPARE(c.platforms, (QStringList{u"instagram"_s, u"tiktok"_s, u"xiaohongshu"_s}));
        QCOMPARE(c.regions.size(), 6);
        QCOMPARE(c.baselineCounts, (QList<int>{1, 2, 3}));
        QCOMPARE(c.growth, 11.0);                 // (32 + 1) / (2 + 1)
        QCOMPARE(c.engagementRate.value(), 0.1);  // 960 / 9600
        QCOMPARE(c.hoursSinceFirstSeen, 16.0);
        QCOMPARE(c.velocity, 60.0);               // 32 · 30 / 16
        QVERIFY(std::abs(c.health - 0.718) < 1e-12);  // 0.4·1 + 0.3·min(1, 0.1/0.1) + 0.3·min(1, 60/1000)
        QVERIFY(std::abs(c.confidence - 1.0) < 1e-12); // 0.6·min(1, 32/20) + 0.4·min(1, 6/5)
        // n = 32, b = 1 + 2 + 3 = 6, p₀ = 32 / (32 + 3 · 32) = ¼: P(X ≥ 32 | Binomial(38, ¼))
        // = Σ_{j=32..38} C(38, j)·¼^j·¾^(38−j) = 2.8332e-14 (exact fractions) → −log10 = 13.54771948256796
        QVERIFY(std::abs(c.significance.value() - 13.54771948256796) < 1e-9);
        QCOMPARE(c.lifecycle, u"rising"_s);
        QCOMPARE(c.coveredBaselineWindows, 3);
        QVERIFY(c.crossPlatform);
        QVERIFY(c.isTrend);
        for (const ValidationCheck &v : c.checks)
            QVERIFY2(v.passed, qPrintable(v.name));
        QCOMPARE(c.rank, 1);
        QCOMPARE(c.urgency, u"act_now"_s);
        QCOMPARE(c.trendId.size(), 11);
        const auto urgency = decisionsOf(run, u"cluster:"_s + c.trendId, u"urgency"_s);
        QCOMPARE(urgency.size(), std::size_t(1));
        QCOMPARE(urgency[0].outcome, u"chosen"_s);
        QVERIFY2(urgency[0].message.contains(u"urgency act_now: growth 11 ≥ 3 and confidence 1 ≥ 0.6"_s),
                 qPrintable(urgency[0].message));
        QCOMPARE(c.insight, u"#matcha posts grew 11.0× over baseline (32 posts in 24 h vs 2.0 per window) across "
                            "3 platforms and 6 regions, from 32 creators"_s);
        QVERIFY(c.recommendation.startsWith(u"Act now: brief creators and publish within 48 hours while growth is 11.0×"_s));
        int passed = 0;
        for (const Decision &d : decisionsOf(run, u"cluster:"_s + c.trendId))
            passed += d.outcome == u"passed" ? 1 : 0;
        QCOMPARE(passed, 6);
    }
};

QTEST_GUILESS_MAIN(TestTrendRules)
#include "tst_trendrules.moc"
