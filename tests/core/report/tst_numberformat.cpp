#include <cmath>
#include <limits>

#include <QLocale>
#include <QTest>

#include "core/report/numberformat.h"
#include "core/report/urgencystyle.h"

using namespace Qt::StringLiterals;
using namespace numberformat;

class TestNumberFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A comma-decimal system locale must not leak into reports.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    void counts()
    {
        QCOMPARE(formatCount(0), u"0"_s);
        QCOMPARE(formatCount(950), u"950"_s);
        QCOMPARE(formatCount(1000), u"1k"_s);
        QCOMPARE(formatCount(18400), u"18.4k"_s);
        QCOMPARE(formatCount(12000), u"12k"_s);
        QCOMPARE(formatCount(999960), u"1M"_s);
        QCOMPARE(formatCount(2100000), u"2.1M"_s);
        QCOMPARE(formatCount(1200000000), u"1.2B"_s);
        QCOMPARE(formatCount(-18400), u"-18.4k"_s);
    }

    void integersAndNumbers()
    {
        QCOMPARE(formatInteger(41414), u"41,414"_s);
        QCOMPARE(formatNumber(41414), u"41,414"_s);
        QCOMPARE(formatNumber(41414 / 7.7), u"5,378"_s);
        QCOMPARE(formatNumber(7.7), u"7.7"_s);
        QCOMPARE(formatNumber(19.256), u"19.26"_s);
        QCOMPARE(formatNumber(37.0 / 42.0), u"0.881"_s);
        QCOMPARE(formatNumber(0.00123456), u"0.00123"_s);
        QCOMPARE(formatNumber(std::numeric_limits<double>::quiet_NaN()), formatUndefined());
    }

    void comparisonsReadRight()
    {
        // The walkthrough's "growth 2.0× is below the 2.0× needed": a value and its threshold never read alike
        // unless they are equal. formatNumber(1.996) is "2" (two decimals, trimmed), as is 2: three decimals tell.
        QCOMPARE(formatNumber(1.996), u"2"_s);
        QCOMPARE(formatNumberAgainst(1.996, 2.0), u"1.996"_s);
        QCOMPARE(formatNumberAgainst(2.0, 1.996), u"2"_s); // already distinct from "1.996"
        // Three significant digits: 0.0449 and 0.05 already read apart; 0.04996 against 0.05 needs more.
        QCOMPARE(formatNumberAgainst(0.0449, 0.05), u"0.0449"_s);
        QCOMPARE(formatNumberAgainst(0.04996, 0.05), u"0.04996"_s);
        QCOMPARE(formatNumberAgainst(4.9996, 5.0), u"4.9996"_s);
        QCOMPARE(formatNumberAgainst(5.0, 5.0), u"5"_s);      // equal: as formatNumber
        QCOMPARE(formatNumberAgainst(37.0, 5.0), u"37"_s);    // distinct: as formatNumber
        QCOMPARE(formatNumberAgainst(std::nullopt, 5.0), formatUndefined());
    }

    void multipliersPercentsRatesScores()
    {
        QCOMPARE(formatMultiplier(4.2), u"4.2×"_s);
        QCOMPARE(formatMultiplier(4.25), u"4.3×"_s);
        QCOMPARE(formatMultiplier(0.95), u"0.95×"_s);
        QCOMPARE(formatMultiplier(123.4), u"123×"_s);
        QCOMPARE(formatMultiplier(std::numeric_limits<double>::infinity()), formatUndefined());
        QCOMPARE(formatPercent(0.1234), u"12.3%"_s);
        QCOMPARE(formatPercent(0.88, 0), u"88%"_s);
        QCOMPARE(formatPercent(std::optional<double>()), formatUndefined());
        QCOMPARE(formatPercent(std::optional<double>(0.5)), u"50.0%"_s);
        QCOMPARE(formatRate(41414 / 7.7), u"5.4k/h"_s);
        QCOMPARE(formatRate(312.4), u"312/h"_s);
        QCOMPARE(formatRate(2.26), u"2.3/h"_s);
        QCOMPARE(formatScore(0.9612), u"0.96"_s);
        QCOMPARE(formatScore(1), u"1.00"_s);
    }

    void urgencyStylesAreDistinctAndLabelled()
    {
        const UrgencyStyle actNow = urgencyStyle(u"act_now");
        const UrgencyStyle prepare = urgencyStyle(u"prepare");
        const UrgencyStyle monitor = urgencyStyle(u"monitor");
        QCOMPARE(actNow.label, u"ACT NOW"_s);
        QCOMPARE(prepare.label, u"PREPARE"_s);
        QCOMPARE(monitor.label, u"MONITOR"_s);
        QVERIFY(actNow.color != prepare.color && prepare.color != monitor.color && actNow.color != monitor.color);
        QVERIFY(actNow.color.red() > actNow.color.green() && actNow.color.red() > actNow.color.blue());
        QVERIFY(monitor.color.blue() > monitor.color.red());
        QCOMPARE(urgencyStyle(u"").label, u"NOT A TREND"_s);
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
