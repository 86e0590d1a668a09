#include <QtTest>

#include "core/model/runcomparison.h"

using namespace Qt::StringLiterals;

/// compareRuns: trends matched by trend id; new, kept (rank and growth change, urgency before and after) and gone
/// (with the checks it fails now); the order; the JSON.
class TestRunComparison : public QObject
{
    Q_OBJECT

    static ClusterResult trend(const QString &id, int rank, std::optional<double> growth, const QString &urgency)
    {
        ClusterResult c;
        c.trendId = id;
        c.anchor = id;
        c.hashtags = {id};
        c.isTrend = rank > 0;
        c.rank = rank;
        c.growth = growth;
        c.urgency = urgency;
        c.lifecycle = u"rising"_s;
        return c;
    }

private Q_SLOTS:
    void newKeptGone()
    {
        // Before: matcha #1, ube #2, yuzu #3. Now: ube #1 (up 1), hojicha #2 (new), matcha #3 (down 2); yuzu gone but
        // still a cluster failing growth; kinako was never a trend.
        const RunTrends before{u"runA"_s, 1000, {trend(u"matcha"_s, 1, 3.0, u"act_now"_s), trend(u"ube"_s, 2, 2.0, u"prepare"_s),
                                                   trend(u"yuzu"_s, 3, std::nullopt, u"monitor"_s)}};
        const RunTrends now{u"runB"_s, 2000, {trend(u"ube"_s, 1, 4.5, u"act_now"_s), trend(u"hojicha"_s, 2, 2.5, u"prepare"_s),
                                                trend(u"matcha"_s, 3, 1.75, u"monitor"_s)}};
        ClusterResult yuzuNow = trend(u"yuzu"_s, 0, 0.5, {});
        yuzuNow.lifecycle = u"peaked"_s;
        yuzuNow.checks = {{u"growth"_s, 0.5, 1.5, false, {}}, {u"unique_creators"_s, 9, 5, true, {}},
                          {u"significance"_s, std::nullopt, 2, false, u"no baseline data"_s}};
        const RunComparison c = compareRuns(before, now, [&](const QString &id) -> std::optional<ClusterResult> {
            if (id == u"yuzu"_s)
                return yuzuNow;
            return std::nullopt;
        });

        QCOMPARE(c.baseRunId, u"runA"_s);
        QCOMPARE(c.runId, u"runB"_s);
        QCOMPARE(c.trends.size(), 4);
        QCOMPARE(c.count(TrendChange::Status::New), 1);
        QCOMPARE(c.count(TrendChange::Status::Kept), 2);
        QCOMPARE(c.count(TrendChange::Status::Gone), 1);
        QStringList order;
        for (const TrendChange &t : c.trends)
            order << t.trendId;
        QCOMPARE(order, (QStringList{u"ube"_s, u"hojicha"_s, u"matcha"_s, u"yuzu"_s}));

        const TrendChange &ube = c.trends.at(0);
        QCOMPARE(ube.status, TrendChange::Status::Kept);
        QCOMPARE(ube.rankChange(), std::optional<int>(1)); // 2 → 1: up one
        QCOMPARE(ube.growthChange(), std::optional<double>(2.5));
        QCOMPARE(ube.previousUrgency, u"prepare"_s);
        QCOMPARE(ube.urgency, u"act_now"_s);

        const TrendChange &hojicha = c.trends.at(1);
        QCOMPARE(hojicha.status, TrendChange::Status::New);
        QCOMPARE(hojicha.previousRank, 0);
        QVERIFY(!hojicha.rankChange());
        QVERIFY(!hojicha.growthChange());

        const TrendChange &matcha = c.trends.at(2);
        QCOMPARE(matcha.rankChange(), std::optional<int>(-2)); // 1 → 3: down two
        QCOMPARE(matcha.growthChange(), std::optional<double>(-1.25));

        const TrendChange &yuzu = c.trends.at(3);
        QCOMPARE(yuzu.status, TrendChange::Status::Gone);
        QCOMPARE(yuzu.rank, 0);
        QCOMPARE(yuzu.previousRank, 3);
        QVERIFY(yuzu.stillCluster);
        QCOMPARE(yuzu.failedChecks, (QStringList{u"growth"_s, u"significance"_s}));
        QCOMPARE(yuzu.lifecycle, u"peaked"_s);
        QVERIFY(!yuzu.growthChange()); // gone: no change is claimed

        const QJsonObject json = runjson::toJson(c);
        QCOMPARE(json.value(u"new"_s).toInt(), 1);
        QCOMPARE(json.value(u"gone"_s).toInt(), 1);
        QCOMPARE(json.value(u"base_as_of"_s).toString(), u"1970-01-01T00:00:01Z"_s);
        const QJsonArray trends = json.value(u"trends"_s).toArray();
        QCOMPARE(trends.at(0).toObject().value(u"rank_change"_s).toInt(), 1);
        QCOMPARE(trends.at(1).toObject().value(u"status"_s).toString(), u"new"_s);
        QVERIFY(trends.at(1).toObject().value(u"previous_rank"_s).isNull());
        QVERIFY(trends.at(1).toObject().value(u"rank_change"_s).isNull());
        QVERIFY(trends.at(3).toObject().value(u"rank"_s).isNull());
        QVERIFY(trends.at(3).toObject().value(u"urgency"_s).isNull());
        QCOMPARE(trends.at(3).toObject().value(u"previous_growth"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(trends.at(3).toObject().value(u"failed_checks"_s).toArray().size(), 2);
    }

    void aGoneTrendThatIsNoClusterAnyMore()
    {
        const RunTrends before{u"a"_s, 0, {trend(u"matcha"_s, 1, 2.0, u"act_now"_s)}};
        const RunTrends now{u"b"_s, 0, {}};
        const RunComparison c = compareRuns(before, now);
        QCOMPARE(c.trends.size(), 1);
        QCOMPARE(c.trends.at(0).status, TrendChange::Status::Gone);
        QVERIFY(!c.trends.at(0).stillCluster);
        QVERIFY(c.trends.at(0).failedChecks.isEmpty());
        QVERIFY(c.find(u"matcha"_s));
        QVERIFY(!c.find(u"ube"_s));
    }

    void aRunBesideItselfChangesNothing()
    {
        const RunTrends run{u"a"_s, 0, {trend(u"matcha"_s, 1, 2.0, u"act_now"_s), trend(u"ube"_s, 2, 1.6, u"monitor"_s)}};
        const RunComparison c = compareRuns(run, run);
        QCOMPARE(c.count(TrendChange::Status::Kept), 2);
        for (const TrendChange &t : c.trends) {
            QCOMPARE(t.rankChange(), std::optional<int>(0));
            QCOMPARE(t.growthChange(), std::optional<double>(0.0));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunComparison)
#include "tst_runcomparison.moc"
