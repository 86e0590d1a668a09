#include <cmath>

#include <QTest>

#include "core/pipeline/formulas.h"

using namespace Qt::StringLiterals;

/// Every formula of SPEC section 3 with numbers worked by hand.
class TestFormulas final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engagementIsLikesCommentsShares()
    {
        DatasetPost p;
        p.likes = 10;
        p.comments = 2;
        p.shares = 3;
        p.saves = 100; // saves are not engagement
        QCOMPARE(formulas::engagement(p), 15); // 10 + 2 + 3
    }

    void engagementRate()
    {
        // Σ engagement 30 over Σ views 600 → 0.05
        QCOMPARE(formulas::engagementRate(30, 600).value(), 0.05);
        // no post with known views > 0: undefined, not 0
        QVERIFY(!formulas::engagementRate(30, 0).has_value());
    }

    void hoursSinceFirstSeen()
    {
        const qint64 asOf = 1748736000000;
        // first post 7 h 30 min before as_of → 7.5
        QCOMPARE(formulas::hoursSinceFirstSeen(asOf, asOf - 27'000'000), 7.5);
        // first post 20 min before as_of → max(1, 0.333…) = 1
        QCOMPARE(formulas::hoursSinceFirstSeen(asOf, asOf - 1'200'000), 1.0);
        // a single post exactly at as_of → max(1, 0) = 1
        QCOMPARE(formulas::hoursSinceFirstSeen(asOf, asOf), 1.0);
    }

    void velocity()
    {
        QCOMPARE(formulas::velocity(900, 7.5), 120.0); // 900 / 7.5
    }

    void creatorDiversity()
    {
        QCOMPARE(formulas::creatorDiversity(3, 12), 0.25); // 3 / 12
        QCOMPARE(formulas::creatorDiversity(1, 1), 1.0);   // a single post
    }

    void baselineCoverage()
    {
        // covered: volume_k > 0 and volume_k ≥ window.min_baseline_coverage × volume_0
        QVERIFY(formulas::baselineCovered(25, 100, 0.25));  // 25 ≥ 0.25 × 100 = 25
        QVERIFY(!formulas::baselineCovered(24, 100, 0.25)); // 24 < 25
        QVERIFY(!formulas::baselineCovered(0, 100, 0.0));   // no posts: never covered, even at 0
        QVERIFY(formulas::baselineCovered(1, 100, 0.0));    // 0 covers every window with data
        QVERIFY(formulas::baselineCovered(300, 100, 2.0));  // 300 ≥ 2 × 100
    }

    void volumeAdjustedCount()
    {
        // a_k = c_k × volume_0 / volume_k: 6 posts in a window that captured 100 posts, against 200 now → 12
        QCOMPARE(formulas::adjustedCount(6, 200, 100, true), 12.0);
        // a window that captured 400 posts: 6 × 200 / 400 = 3
        QCOMPARE(formulas::adjustedCount(6, 200, 400, true), 3.0);
        // window.normalize_volume false: a_k = c_k
        QCOMPARE(formulas::adjustedCount(6, 200, 100, false), 6.0);
    }

    void baselineMeanAndPopulationStd()
    {
        // a_k 2, 4, 6: μ = 4, σ = √((4 + 0 + 4) / 3) = √(8/3) = 1.632993…
        const auto b = formulas::baselineStats({2, 4, 6});
        QVERIFY(b.has_value());
        QCOMPARE(b->mean, 4.0);
        QVERIFY(std::abs(b->std - 1.6329931618554521) < 1e-12);
        // adjusted counts need not be integers: 1.5, 2.5 → μ = 2, σ = 0.5
        const auto half = formulas::baselineStats({1.5, 2.5});
        QCOMPARE(half->mean, 2.0);
        QCOMPARE(half->std, 0.5);
        // no covered window: μ and σ undefined
        QVERIFY(!formulas::baselineStats({}).has_value());
        // zeros: μ = σ = 0 (defined)
        QCOMPARE(formulas::baselineStats({0, 0, 0})->std, 0.0);
    }

    void growth()
    {
        QCOMPARE(formulas::growth(19, 4), 4.0); // (19 + 1) / (4 + 1)
        QCOMPARE(formulas::growth(5, 0), 6.0);  // μ = 0 (covered windows without a post): (5 + 1) / (0 + 1)
        QCOMPARE(formulas::growth(5, 1.5), 2.4); // volume-adjusted μ: (5 + 1) / (1.5 + 1) = 6 / 2.5
    }

    void surgeZ()
    {
        // (19 − 4) / max(1.633, √4 = 2, 1) = 15 / 2 = 7.5
        QCOMPARE(formulas::surgeZ(19, 4, 1.6329931618554521), 7.5);
        // (5 − 0) / max(0, 0, 1) = 5
        QCOMPARE(formulas::surgeZ(5, 0, 0), 5.0);
        // (20 − 10) / max(4, √10 = 3.1623, 1) = 10 / 4 = 2.5
        QCOMPARE(formulas::surgeZ(20, 10, 4), 2.5);
    }

    void significance()
    {
        // n = 3, b = 2, p₀ = 100 / (100 + 100) = ½: P(X ≥ 3 | Binomial(5, ½)) = (10 + 5 + 1) / 32 = ½
        // → −log10(½ × 1) = 0.3010299956639812
        auto s = formulas::significance(3, 2, 100, 100, 1);
        QCOMPARE(s.trials, qint64(5));
        QCOMPARE(s.p0, 0.5);
        QVERIFY(std::abs(s.value - 0.3010299956639812) < 1e-12);
        QVERIFY(!s.clamped);
        // n = 10, b = 0, p₀ = 100 / (100 + 300) = ¼: P(X ≥ 10 | Binomial(10, ¼)) = ¼^10 → −log10 = 10·log10 4
        // = 6.020599913279624; × 100 clusters tested: 6.0206 − 2 = 4.020599913279624
        s = formulas::significance(10, 0, 100, 300, 1);
        QVERIFY(std::abs(s.value - 6.020599913279624) < 1e-12);
        s = formulas::significance(10, 0, 100, 300, 100);
        QVERIFY(std::abs(s.value - 4.020599913279624) < 1e-12);
        QVERIFY(std::abs(s.log10Tail - -6.020599913279624) < 1e-12);
        // n = 2, b = 2, p₀ = 20 / (20 + 80) = 0.2: P(X ≥ 2 | Binomial(4, 0.2)) = 1 − 0.8⁴ − 4·0.2·0.8³ = 0.1808
        // → −log10 0.1808 = 0.7428015738606555
        s = formulas::significance(2, 2, 20, 80, 1);
        QVERIFY(std::abs(s.value - 0.7428015738606555) < 1e-12);
        // × 10 clusters tested: 1.808 > 1, clamped: significance 0 (never negative)
        s = formulas::significance(2, 2, 20, 80, 10);
        QVERIFY(s.clamped);
        QCOMPARE(s.value, 0.0);
        // 0 posts: P = 1, times 1 cluster = 1 → exactly 0, not clamped
        s = formulas::significance(0, 5, 100, 100, 1);
        QCOMPARE(s.value, 0.0);
        QVERIFY(!s.clamped);
    }

    void lifecycle()
    {
        // new: no covered window, or μ = 0
        QCOMPARE(formulas::lifecycle(5, {}, std::nullopt), u"new"_s);
        QCOMPARE(formulas::lifecycle(5, {0, 0}, 0.0), u"new"_s);
        // peaked: a covered a_k (8, the oldest) exceeds the 5 posts in the window; μ = (8 + 2) / 2 = 5
        QCOMPARE(formulas::lifecycle(5, {8, 2}, 5.0), u"peaked"_s);
        // rising: no a_k above 5, and 5 > the most recent a_k 3; μ = 2.5
        QCOMPARE(formulas::lifecycle(5, {2, 3}, 2.5), u"rising"_s);
        // steady: 3 posts, a_k 2 and 3: none exceeds 3 and 3 is not > 3
        QCOMPARE(formulas::lifecycle(3, {2, 3}, 2.5), u"steady"_s);
        // the most recent covered window decides rising even when an older one was lower
        QCOMPARE(formulas::lifecycle(4, {1, 4}, 2.5), u"steady"_s);
    }

    void health()
    {
        PipelineParams params; // weights 0.4/0.3/0.3, targets 0.10 and 1000
        // 0.4·0.5 + 0.3·min(1, 0.05/0.10) + 0.3·min(1, 500/1000) = 0.2 + 0.15 + 0.15 = 0.5
        auto h = formulas::health(0.5, 0.05, 500, params);
        QVERIFY(std::abs(h.value - 0.5) < 1e-12);
        QVERIFY(!h.rescaled);
        // engagement 0.2 and velocity 5000 are capped at 1: 0.2 + 0.3 + 0.3 = 0.8
        h = formulas::health(0.5, 0.2, 5000, params);
        QVERIFY(std::abs(h.value - 0.8) < 1e-12);
        // undefined engagement rate: w_d' = 0.4/0.7 = 0.571429, w_v' = 0.3/0.7 = 0.428571;
        // 0.571429·0.5 + 0.428571·min(1, 2000/1000) = 0.285714 + 0.428571 = 0.714286
        h = formulas::health(0.5, std::nullopt, 2000, params);
        QVERIFY(h.rescaled);
        QVERIFY(std::abs(h.weightDiversity - 4.0 / 7.0) < 1e-12);
        QVERIFY(std::abs(h.weightVelocity - 3.0 / 7.0) < 1e-12);
        QCOMPARE(h.weightEngagement, 0.0);
        QVERIFY(std::abs(h.value - 5.0 / 7.0) < 1e-12);
    }

    void confidence()
    {
        PipelineParams params; // weights 0.6/0.4, targets 20 creators, 5 regions
        // 0.6·min(1, 10/20) + 0.4·min(1, 2/5) = 0.3 + 0.16 = 0.46
        QVERIFY(std::abs(formulas::confidence(10, 2, params) - 0.46) < 1e-12);
        // capped: 0.6·1 + 0.4·1 = 1
        QVERIFY(std::abs(formulas::confidence(40, 7, params) - 1.0) < 1e-12);
    }

    void crossPlatform()
    {
        QVERIFY(!formulas::crossPlatform(1));
        QVERIFY(formulas::crossPlatform(2));
    }

    void jaccard()
    {
        QCOMPARE(formulas::jaccard(4, 10, 6), 4.0 / 12.0); // 4 / (10 + 6 − 4)
        QCOMPARE(formulas::jaccard(3, 3, 3), 1.0);         // 3 / (3 + 3 − 3)
    }

    void urgency()
    {
        PipelineParams params; // act_now 3.0 & 0.6, prepare 2.0
        QCOMPARE(formulas::urgency(3.5, 0.7, params), u"act_now"_s);
        QCOMPARE(formulas::urgency(3.0, 0.6, params), u"act_now"_s); // thresholds are inclusive
        QCOMPARE(formulas::urgency(3.5, 0.5, params), u"prepare"_s);  // growth enough, confidence not
        QCOMPARE(formulas::urgency(2.0, 0.9, params), u"prepare"_s);
        QCOMPARE(formulas::urgency(1.9, 0.9, params), u"monitor"_s);
    }

    void ranking()
    {
        // 0.5 × 0.8 = 0.4 beats 0.6 × 0.6 = 0.36
        QVERIFY(formulas::ranksBefore(0.5, 0.8, 1, u"b"_s, 0.6, 0.6, 99, u"a"_s));
        // equal scores: higher velocity first
        QVERIFY(formulas::ranksBefore(0.5, 0.8, 10, u"b"_s, 0.5, 0.8, 9, u"a"_s));
        // equal scores and velocity: anchor ascending
        QVERIFY(formulas::ranksBefore(0.5, 0.8, 10, u"a"_s, 0.5, 0.8, 10, u"b"_s));
        QVERIFY(!formulas::ranksBefore(0.5, 0.8, 10, u"b"_s, 0.5, 0.8, 10, u"a"_s));
    }

    void formulaTextsAreTheSpecs()
    {
        // The decision log quotes these constants; they must be the SPEC's words.
        QCOMPARE(formulas::kVelocity, u"velocity = Σ engagement / hours_since_first_seen"_s);
        QCOMPARE(formulas::kGrowth, u"growth = (posts in window + 1) / (μ + 1)"_s);
        QCOMPARE(formulas::kSurgeZ, u"surge_z = (posts in window − μ) / max(σ, √μ, 1)"_s);
        QCOMPARE(formulas::kCreatorDiversity, u"creator_diversity = unique creators / posts"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormulas)
#include "tst_formulas.moc"
