#include <QTest>

#include "core/pipeline/tiles.h"

using namespace Qt::StringLiterals;

/// Ranking, urgency, insight and recommendation of the proof tiles.
class TestTiles final : public QObject
{
    Q_OBJECT

    static ClusterResult cluster(const QString &anchor, bool trend, double health, double confidence, double velocity,
                                 int posts, double growth = 2.5)
    {
        ClusterResult c;
        c.anchor = anchor;
        c.hashtags = {anchor};
        c.trendId = u"t_"_s + anchor;
        c.isTrend = trend;
        c.health = health;
        c.confidence = confidence;
        c.velocity = velocity;
        c.posts = posts;
        c.growth = growth;
        return c;
    }

private Q_SLOTS:
    void ranksTrendsThenOrdersTheRest()
    {
        QList<ClusterResult> clusters{
            cluster(u"d"_s, false, 0.9, 0.9, 1, 10),
            cluster(u"b"_s, true, 0.6, 0.6, 50, 5),   // 0.36
            cluster(u"a"_s, true, 0.5, 0.8, 40, 5),   // 0.40, velocity 40
            cluster(u"e"_s, false, 0.1, 0.1, 1, 10),  // ties d on posts: anchor "d" < "e"
            cluster(u"c"_s, true, 0.5, 0.8, 30, 5),   // 0.40, velocity 30
            cluster(u"f"_s, false, 0.1, 0.1, 1, 20),
        };
        std::vector<Decision> log;
        rankAndDescribe(clusters, PipelineParams(), log);
        QStringList order;
        for (const ClusterResult &c : clusters)
            order.append(c.anchor);
        QCOMPARE(order, (QStringList{u"a"_s, u"c"_s, u"b"_s, u"f"_s, u"d"_s, u"e"_s}));
        QCOMPARE(clusters[0].rank, 1);
        QCOMPARE(clusters[2].rank, 3);
        QCOMPARE(clusters[3].rank, 0);
        QVERIFY(clusters[3].urgency.isEmpty());
        QVERIFY(clusters[3].insight.isEmpty());
        QCOMPARE(log.size(), std::size_t(3)); // one urgency decision per trend, in rank order
        QCOMPARE(log[0].subject, u"cluster:t_a"_s);
        QCOMPARE(log[2].subject, u"cluster:t_b"_s);
        QVERIFY2(log[0].message.startsWith(u"rank 1 (ranked by health × confidence, ties by velocity, then anchor: "
                                           "health × confidence = 0.5 × 0.8 = 0.4)"_s),
                 qPrintable(log[0].message));
    }

    void urgencyDecisionsSayWhy()
    {
        QList<ClusterResult> clusters{
            cluster(u"hot"_s, true, 0.9, 0.7, 1, 40, 3.2),  // act_now: 3.2 ≥ 3 and 0.7 ≥ 0.6
            cluster(u"warm"_s, true, 0.9, 0.5, 1, 40, 3.2), // prepare: growth enough, confidence 0.5 < 0.6
            cluster(u"mild"_s, true, 0.9, 0.4, 1, 40, 2.0), // prepare: 2 ≥ 2 but < 3
            cluster(u"cool"_s, true, 0.9, 0.3, 1, 40, 1.6), // monitor: 1.6 < 2
        };
        std::vector<Decision> log;
        rankAndDescribe(clusters, PipelineParams(), log);
        QCOMPARE(clusters[0].urgency, u"act_now"_s);
        QVERIFY(log[0].message.contains(u"urgency act_now: growth 3.2 ≥ 3 and confidence 0.7 ≥ 0.6"_s));
        QCOMPARE(clusters[1].urgency, u"prepare"_s);
        QVERIFY(log[1].message.contains(u"urgency prepare: growth 3.2 ≥ 2 but confidence 0.5 < 0.6"_s));
        QCOMPARE(clusters[2].urgency, u"prepare"_s);
        QVERIFY(log[2].message.contains(u"urgency prepare: growth 2 ≥ 2 but < 3"_s));
        QCOMPARE(clusters[3].urgency, u"monitor"_s);
        QVERIFY(log[3].message.contains(u"urgency monitor: growth 1.6 < 2"_s));
    }

    void insightAndRecommendationQuoteTheNumbers()
    {
        ClusterResult c = cluster(u"matcha latte"_s, true, 0.8, 0.72, 5378.44, 1234, 4.23);
        c.hashtags = {u"matcha latte"_s, u"抹茶拿铁"_s, u"icedmatcha"_s, u"greentea"_s};
        c.platforms = {u"instagram"_s, u"tiktok"_s, u"xiaohongshu"_s};
        c.regions = {u"CN"_s, u"DE"_s, u"GB"_s, u"JP"_s, u"KR"_s, u"US"_s};
        c.uniqueCreators = 37;
        c.baselineMean = 290.666;
        c.crossPlatform = true;
        PipelineParams params;
        QCOMPARE(insightText(c, params),
                 u"#matcha latte posts grew 4.2× over baseline (1,234 posts in 24 h vs 290.7 per window) across "
                 "3 platforms and 6 regions, from 37 creators"_s);
        c.urgency = u"act_now"_s;
        QCOMPARE(recommendationText(c, params),
                 u"Act now: brief creators and publish within 48 hours while growth is 4.2× and confidence 0.72; "
                 "lead with #matcha latte, #抹茶拿铁, #icedmatcha (velocity 5,378.4 engagement per hour, already on "
                 "instagram, tiktok, xiaohongshu)."_s);
        c.urgency = u"prepare"_s;
        QCOMPARE(recommendationText(c, params),
                 u"Prepare: draft content around #matcha latte, #抹茶拿铁, #icedmatcha and re-check within 24 hours; "
                 "growth is 4.2×, acting now needs ≥ 3.0× with confidence ≥ 0.6 (now 0.72)."_s);
        c.urgency = u"monitor"_s;
        c.growth = 1.6;
        QCOMPARE(recommendationText(c, params),
                 u"Monitor: growth 1.6× is below the 2.0× needed to prepare; re-run after the next 24 hours and "
                 "watch the 37 creators in 6 regions (1,234 posts so far, velocity 5,378.4 engagement per hour)."_s);
        // The walkthrough's defect: growth 1.96 against 2.0 read "growth 2.0× is below the 2.0× needed". Enough
        // digits to tell the two apart: 1.96 → "1.96", 2 → "2.00".
        c.growth = 1.96;
        QVERIFY2(recommendationText(c, params).startsWith(u"Monitor: growth 1.96× is below the 2.00× needed"_s),
                 qPrintable(recommendationText(c, params)));
        c.growth = 1.99996;
        QVERIFY(recommendationText(c, params).startsWith(u"Monitor: growth 1.99996× is below the 2.00000× needed"_s));
        c.urgency = u"prepare"_s;
        c.growth = 2.96;
        QVERIFY(recommendationText(c, params).contains(u"growth is 2.96×, acting now needs ≥ 3.00×"_s));
        // Growth 1.996 against 2.0 (three decimals to tell them apart), and a confidence 0.5996 that two decimals
        // would round to the 0.6 it is below.
        c.urgency = u"monitor"_s;
        c.growth = 1.996;
        QVERIFY2(recommendationText(c, params).startsWith(u"Monitor: growth 1.996× is below the 2.000× needed"_s),
                 qPrintable(recommendationText(c, params)));
        c.urgency = u"prepare"_s;
        c.growth = 4.23;
        c.confidence = 0.5996;
        QVERIFY2(recommendationText(c, params).endsWith(u"with confidence ≥ 0.6 (now 0.5996)."_s),
                 qPrintable(recommendationText(c, params)));
    }

    void noBaselineDataReadsSo()
    {
        ClusterResult c = cluster(u"weibo tag"_s, false, 0.5, 0.5, 3, 7);
        c.growth.reset();
        c.uniqueCreators = 7;
        c.platforms = {u"weibo"_s};
        c.regions = {u"CN"_s};
        PipelineParams params;
        QCOMPARE(insightText(c, params), u"#weibo tag has 7 posts in 24 h and no baseline data to compare them with, "
                                         "across 1 platform and 1 region, from 7 creators"_s);
        QVERIFY(recommendationText(c, params).startsWith(u"Monitor: no baseline data yet, so growth is undefined"_s));
    }

    void urgencyDecisionsTellCloseNumbersApart()
    {
        // growth 2.99999 against act_now_growth 3: exact() alone would read "3 < 3"
        QList<ClusterResult> clusters{cluster(u"close"_s, true, 0.5, 0.9, 1, 10, 2.99999)};
        std::vector<Decision> log;
        rankAndDescribe(clusters, PipelineParams(), log);
        QVERIFY2(log[0].message.contains(u"urgency prepare: growth 2.99999 ≥ 2 but < 3"_s), qPrintable(log[0].message));
    }
};

QTEST_GUILESS_MAIN(TestTiles)
#include "tst_tiles.moc"
