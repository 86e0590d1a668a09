#include <cmath>

#include <QTest>

#include "core/pipeline/poisson.h"

/// ln P(X ≥ k) for X ~ Poisson(λ), checked against sums done by hand.
class TestPoisson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zeroCountIsCertain()
    {
        QCOMPARE(logPoissonUpperTail(0, 2.0), 0.0); // P(X ≥ 0) = 1
        QCOMPARE(logPoissonUpperTail(0, 1e6), 0.0);
    }

    void smallUpperTail()
    {
        // P(X ≥ 10 | 2) = 1 − e^−2·(1 + 2 + 2 + 4/3 + 2/3 + 4/15 + 4/45 + 8/315 + 2/315 + 4/2835) = 4.6498075e-5
        QVERIFY(std::abs(std::exp(logPoissonUpperTail(10, 2.0)) - 4.6498075017220586e-05) < 1e-16);
        // P(X ≥ 1 | 1) = 1 − e^−1 = 0.6321206
        QVERIFY(std::abs(std::exp(logPoissonUpperTail(1, 1.0)) - 0.6321205588285577) < 1e-14);
    }

    void countBelowLambdaUsesTheLowerSum()
    {
        // P(X ≥ 5 | 10) = 1 − e^−10·(1 + 10 + 50 + 166.667 + 416.667) = 1 − e^−10·644.333 = 0.9707473
        QVERIFY(std::abs(logPoissonUpperTail(5, 10.0) - -0.02968907944652082) < 1e-12);
    }

    void countsInTheMillionsStayFiniteAndExact()
    {
        // k = 2,000,000, λ = 1,000,000. With every ratio λ/j ≤ 1/2 the tail lies between pmf(k) and 2·pmf(k).
        // ln pmf(k) = k ln λ − λ − ln k!  ≈ (Stirling) −2e6·ln 2 + 1e6 − ½ ln(2π·2e6) = −386302.534
        // → log10 P ∈ [−167769.059, −167768.758]
        const double log10P = logPoissonUpperTail(2'000'000, 1e6) / std::log(10.0);
        QVERIFY(std::isfinite(log10P));
        QVERIFY2(log10P >= -167769.06 && log10P <= -167768.75, qPrintable(QString::number(log10P, 'f', 4)));
        // k = λ = 1e6: about one half (a bit more: the median of Poisson(λ) is ≈ λ − 1/3)
        const double half = std::exp(logPoissonUpperTail(1'000'000, 1e6));
        QVERIFY(half > 0.49 && half < 0.51);
    }

    void monotoneInK()
    {
        double previous = 0;
        for (qint64 k = 1; k < 200; ++k) {
            const double v = logPoissonUpperTail(k, 20.0);
            QVERIFY(v < previous);
            previous = v;
        }
    }
};

QTEST_GUILESS_MAIN(TestPoisson)
#include "tst_poisson.moc"
