#include <QTest>

#include "core/ingest/countparser.h"

using namespace Qt::StringLiterals;

class TestCountParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
};

void TestCountParser::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("lowerBound");
    QTest::addColumn<bool>("plain");
    QTest::newRow("plain") << u"1234"_s << 1234LL << false << true;
    QTest::newRow("zero") << u"0"_s << 0LL << false << true;
    QTest::newRow("whitespace") << u"  356 \t"_s << 356LL << false << true;
    QTest::newRow("thousands") << u"1,234"_s << 1234LL << false << false;
    QTest::newRow("millions grouped") << u"12,345,678"_s << 12345678LL << false << false;
    QTest::newRow("wan decimal") << u"1.2万"_s << 12000LL << false << false;
    QTest::newRow("wan exact decimal") << u"1.25万"_s << 12500LL << false << false;
    QTest::newRow("wan traditional") << u"3萬"_s << 30000LL << false << false;
    QTest::newRow("w lower") << u"3.4w"_s << 34000LL << false << false;
    QTest::newRow("W upper") << u"1.2W"_s << 12000LL << false << false;
    QTest::newRow("qian") << u"3千"_s << 3000LL << false << false;
    QTest::newRow("wan plus lower bound") << u"10万+"_s << 100000LL << true << false;
    QTest::newRow("plain plus lower bound") << u"999+"_s << 999LL << true << false;
    QTest::newRow("yi") << u"1亿"_s << 100000000LL << false << false;
    QTest::newRow("yi decimal") << u"2.35亿"_s << 235000000LL << false << false;
    QTest::newRow("k") << u"1.5k"_s << 1500LL << false << false;
    QTest::newRow("K") << u"12K"_s << 12000LL << false << false;
    QTest::newRow("M") << u"2.1M"_s << 2100000LL << false << false;
    QTest::newRow("B") << u"1.1B"_s << 1100000000LL << false << false;
    QTest::newRow("space before unit") << u"1.2 万"_s << 12000LL << false << false;
    QTest::newRow("rounded fraction") << u"1.2345k"_s << 1235LL << false << false;
    QTest::newRow("whole with zero fraction") << u"12.0"_s << 12LL << false << false;
    QTest::newRow("at the limit") << u"1000000000000000"_s << 1000000000000000LL << false << true;
    QTest::newRow("limit in units") << u"10000000亿"_s << 1000000000000000LL << false << false;
    QTest::newRow("limit grouped") << u"1,000,000,000,000,000"_s << 1000000000000000LL << false << false;
}

void TestCountParser::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    QFETCH(bool, lowerBound);
    QFETCH(bool, plain);
    const ParsedCount c = parseCount(text);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.value, value);
    QCOMPARE(c.lowerBound, lowerBound);
    QCOMPARE(c.wasPlainInteger, plain);
}

void TestCountParser::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative") << u"-3"_s << u"negative count -3"_s;
    QTest::newRow("negative wan") << u"-1.2万"_s << u"negative count -1.2万"_s;
    QTest::newRow("empty") << u"  "_s << u"empty count"_s;
    QTest::newRow("garbage") << u"lots"_s << u"not a count: \"lots\""_s;
    QTest::newRow("unknown unit") << u"3百"_s << u"not a count: \"3百\""_s;
    QTest::newRow("fraction without unit") << u"12.5"_s << u"not a whole number: \"12.5\""_s;
    QTest::newRow("bad grouping") << u"1,23"_s << u"misplaced thousands separator: \"1,23\""_s;
    QTest::newRow("dangling dot") << u"3.万"_s << u"not a count: \"3.万\""_s;
    QTest::newRow("overflow") << u"99999999999999999999"_s
                              << u"count too large: \"99999999999999999999\" (the limit is 10^15)"_s;
    QTest::newRow("overflow with unit") << u"99999999999999亿"_s
                                        << u"count too large: \"99999999999999亿\" (the limit is 10^15)"_s;
    // Issue 15, finding 7: counters above 10^15 are refused, not wrapped further down the pipeline.
    QTest::newRow("one above the limit") << u"1000000000000001"_s
                                         << u"count too large: \"1000000000000001\" (the limit is 10^15)"_s;
    QTest::newRow("int64 max") << u"9223372036854775807"_s
                               << u"count too large: \"9223372036854775807\" (the limit is 10^15)"_s;
    QTest::newRow("above the limit in units") << u"1000001B"_s
                                              << u"count too large: \"1000001B\" (the limit is 10^15)"_s;
    QTest::newRow("fraction over the limit") << u"1000000.0000001B"_s
                                             << u"count too large: \"1000000.0000001B\" (the limit is 10^15)"_s;
}

void TestCountParser::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const ParsedCount c = parseCount(text);
    QVERIFY(!c.ok);
    QCOMPARE(c.error, error);
}

QTEST_GUILESS_MAIN(TestCountParser)
#include "tst_countparser.moc"
