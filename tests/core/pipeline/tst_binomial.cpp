#include <cmath>

#include <QTest>

#include "core/pipeline/binomial.h"

/// ln P(X ≥ n) for X ~ Binomial(trials, p), checked against sums done by hand and, for counts in the millions,
/// against an independent 40-digit computation.
class TestBinomial final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zeroCountIsCertain()
    {
        QCOMPARE(logBinomialUpperTail(0, 10, 0.3), 0.0); // P(X ≥ 0) = 1
        QCOMPARE(logBinomialUpperTail(0, 5'000'000, 1e-9), 0.0);
    }

    void smallTailsByHand()
    {
        // P(X ≥ 3 | Binomial(5, ½)) = (C(5,3) + C(5,4) + C(5,5)) / 2^5 = (10 + 5 + 1) / 32 = ½
        QVERIFY(std::abs(logBinomialUpperTail(3, 5, 0.5) - std::log(0.5)) < 1e-14);
        // P(X ≥ 2 | Binomial(4, 0.2)) = 1 − 0.8⁴ − 4·0.2·0.8³ = 1 − 0.4096 − 0.4096 = 0.1808 (n = 2 above the mode
        // (4 + 1)·0.2 = 1: the upper sum)
        QVERIFY(std::abs(std::exp(logBinomialUpperTail(2, 4, 0.2)) - 0.1808) < 1e-15);
        // P(X ≥ 10 | Binomial(10, 0.1)) = 0.1^10: ln = 10·ln 0.1 = −23.025850929940457
        QVERIFY(std::abs(logBinomialUpperTail(10, 10, 0.1) - -23.025850929940457) < 1e-12);
    }

    void countBelowTheModeUsesTheLowerSum()
    {
        // P(X ≥ 1 | Binomial(10, ½)) = 1 − ½^10 = 1023/1024 (n = 1 below the mode 5.5)
        QVERIFY(std::abs(logBinomialUpperTail(1, 10, 0.5) - std::log(1023.0 / 1024.0)) < 1e-15);
        // P(X ≥ 2 | Binomial(3, ½)) = (3 + 1)/8 = ½ (n = 2 = mode 2: the upper sum); P(X ≥ 1) = 7/8 (lower sum)
        QVERIFY(std::abs(logBinomialUpperTail(2, 3, 0.5) - std::log(0.5)) < 1e-15);
        QVERIFY(std::abs(logBinomialUpperTail(1, 3, 0.5) - std::log(7.0 / 8.0)) < 1e-15);
    }

    void impossibleAndCertainEdges()
    {
        QVERIFY(std::isinf(logBinomialUpperTail(6, 5, 0.5)));    // more successes than trials
        QVERIFY(std::isinf(logBinomialUpperTail(1, 5, 0.0)));    // p = 0
        QCOMPARE(logBinomialUpperTail(5, 5, 1.0), 0.0);          // p = 1
    }

    void pNearZeroAndOneStayExact()
    {
        // P(X ≥ 1 | Binomial(10⁶, 10⁻¹²)) = 1 − (1 − 10⁻¹²)^(10⁶) ≈ 10⁻⁶ − ½·10⁻¹²: ln = −13.815511057963732
        // (mpmath, 40 digits)
        QVERIFY(std::abs(logBinomialUpperTail(1, 1'000'000, 1e-12) - -13.815511057963732438) < 1e-12);
        // P(X ≥ 1 | Binomial(3, 1 − 10⁻¹²)) = 1 − (10⁻¹²)³ = 1 − 10⁻³⁶: ln ≈ −10⁻³⁶, negative and tiny
        const double nearOne = logBinomialUpperTail(1, 3, 1.0 - 1e-12);
        QVERIFY(nearOne <= 0 && nearOne > -1e-30);
    }

    void countsInTheMillionsStayFiniteAndExact()
    {
        // Independent computation (Python mpmath at 40 digits, run once): the pmf at n from loggamma, then the
        // terms pmf(j + 1) = pmf(j)·(N − j)/(j + 1)·p/(1 − p) summed until below 1e-35 of the total:
        //   ln P(X ≥ 1,200,000 | Binomial(3,000,000, ⅓)) = −29143.216131163090665   (245σ above the mean 10⁶)
        //   ln P(X ≥ 1,002,000 | Binomial(3,000,000, ⅓)) = −4.9375891819022425512   (2.4σ above)
        const double far = logBinomialUpperTail(1'200'000, 3'000'000, 1.0 / 3.0);
        QVERIFY(std::isfinite(far));
        QVERIFY2(std::abs(far - -29143.216131163090665) < 1e-9, qPrintable(QString::number(far, 'f', 12)));
        const double near = logBinomialUpperTail(1'002'000, 3'000'000, 1.0 / 3.0);
        QVERIFY2(std::abs(near - -4.9375891819022425512) < 1e-9, qPrintable(QString::number(near, 'f', 12)));
        // Way beyond double's range as a probability (10^−12656.7), still finite in log space
        QVERIFY(std::isfinite(logBinomialUpperTail(3'000'000, 3'000'000, 1e-6)));
    }

    void monotoneInN()
    {
        double previous = 0;
        for (qint64 n = 1; n <= 200; ++n) {
            const double v = logBinomialUpperTail(n, 200, 0.1);
            QVERIFY(v < previous);
            previous = v;
        }
    }
};

QTEST_GUILESS_MAIN(TestBinomial)
#include "tst_binomial.moc"
