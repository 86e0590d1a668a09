#include <cmath>

#include <QTest>

#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;

/// Numbers as decisions (exact) and tiles (for people) print them.
class TestNumberText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exact()
    {
        QCOMPARE(numbertext::exact(41414).toString(), u"41414"_s);
        QCOMPARE(numbertext::exact(-3).toString(), u"-3"_s);
        QCOMPARE(numbertext::exact(0.25).toString(), u"0.25"_s);
        QCOMPARE(numbertext::exact(2.0 / 12.0).toString(), u"0.1667"_s);
        QCOMPARE(numbertext::exact(5378.43751).toString(), u"5378.4375"_s);
        QCOMPARE(numbertext::exact(0.00001234).toString(), u"1.234e-05"_s);
        QCOMPARE(numbertext::exact(std::nan("")).toString(), u"undefined"_s);
    }

    void integer()
    {
        QCOMPARE(numbertext::integer(0).toString(), u"0"_s);
        QCOMPARE(numbertext::integer(-1234567).toString(), u"-1234567"_s);
        QCOMPARE(numbertext::integer(9223372036854775807LL).toString(), u"9223372036854775807"_s);
    }

    void concatenated()
    {
        // Numbers go straight into a QStringBuilder expression, between literals and QStrings, and into +=.
        const QString tag = u"matcha"_s;
        QString message = u"#"_s + tag + u": co = "_s + numbertext::integer(12) + u", jaccard = "_s
                          + numbertext::exact(2.0 / 12.0) + u" ≥ "_s + numbertext::exact(0.15);
        QCOMPARE(message, u"#matcha: co = 12, jaccard = 0.1667 ≥ 0.15"_s);
        message += u"; "_s + numbertext::exact(std::nan("")) + u" / "_s + numbertext::integer(-7);
        QCOMPARE(message, u"#matcha: co = 12, jaccard = 0.1667 ≥ 0.15; undefined / -7"_s);
        const QString alone = numbertext::integer(41414);
        QCOMPARE(alone, u"41414"_s);
        QCOMPARE(QString(numbertext::integer(7) + u" posts"_s), u"7 posts"_s);
    }

    void forPeople()
    {
        QCOMPARE(numbertext::count(1234567), u"1,234,567"_s);
        QCOMPARE(numbertext::count(999), u"999"_s);
        QCOMPARE(numbertext::count(-1000), u"-1,000"_s);
        QCOMPARE(numbertext::oneDecimal(4.23), u"4.2"_s);
        QCOMPARE(numbertext::oneDecimal(5378.44), u"5,378.4"_s);
        QCOMPARE(numbertext::oneDecimal(11), u"11.0"_s);
        QCOMPARE(numbertext::oneDecimal(-0.26), u"-0.3"_s);
        QCOMPARE(numbertext::oneDecimal(0.25), u"0.3"_s); // half away from zero
        QCOMPARE(numbertext::fixed(1234.5678, 2), u"1,234.57"_s);
        QCOMPARE(numbertext::fixed(-0.004, 2), u"0.00"_s); // no "-0.00"
    }

    void comparisonsReadRight()
    {
        // growth 1.96 against 2: one decimal reads "2.0" for both; two tell them apart
        QCOMPARE(numbertext::decimalAgainst(1.96, 2.0), u"1.96"_s);
        QCOMPARE(numbertext::decimalAgainst(2.0, 1.96), u"2.00"_s);
        QCOMPARE(numbertext::decimalAgainst(4.23, 2.0), u"4.2"_s); // already distinct: one decimal
        QCOMPARE(numbertext::decimalAgainst(2.0, 2.0), u"2.0"_s);  // equal: one decimal
        // exact() keeps 4 decimals: 1.49999 and 1.5 both read "1.5"; against() gives the shortest distinct text
        QCOMPARE(QString(numbertext::exact(1.49999)), u"1.5"_s);
        QCOMPARE(QString(numbertext::against(1.49999, 1.5)), u"1.49999"_s);
        QCOMPARE(QString(numbertext::against(1.5, 1.49999)), u"1.5"_s);
        QCOMPARE(QString(numbertext::against(0.1667, 0.15)), u"0.1667"_s);
        // The hand-worked cases of issue 11: 1.996 against 2.0, 0.0449 against 0.05.
        QCOMPARE(numbertext::decimalAgainst(1.996, 2.0), u"1.996"_s);
        QCOMPARE(numbertext::decimalAgainst(2.0, 1.996), u"2.000"_s);
        QCOMPARE(QString(numbertext::against(1.996, 2.0)), u"1.996"_s);
        QCOMPARE(QString(numbertext::against(0.0449, 0.05)), u"0.0449"_s);
        // One decimal would read "0.0" against "0.1" (distinct, but the threshold is not 0.1): two significant digits.
        QCOMPARE(numbertext::decimalAgainst(0.0449, 0.05), u"0.045"_s);
        QCOMPARE(numbertext::decimalAgainst(0.05, 0.0449), u"0.050"_s);
        QCOMPARE(numbertext::decimalAgainst(0.04996, 0.05), u"0.04996"_s);
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
