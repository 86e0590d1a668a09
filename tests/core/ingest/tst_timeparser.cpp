#include <QTest>

#include "core/ingest/timeparser.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kCapture = 1718020800000; // 2024-06-10T12:00:00Z = 20:00 in Asia/Shanghai
}

class TestTimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absolute_data();
    void absolute();
    void naiveTimesUseTheZone_data();
    void naiveTimesUseTheZone();
    void epochNumbers();
    void relative_data();
    void relative();
    void relativeNeedsCaptureTime();
    void errors_data();
    void errors();
    void unknownZone();
    void spreadsheetDateAlone();
};

void TestTimeParser::spreadsheetDateAlone()
{
    // A spreadsheet's date without a time: its midnight in the naive zone, day precision.
    const Result<ParsedTime> t = TimeParser().parse(u"2024/6/9"_s);
    QVERIFY(t.ok());
    QCOMPARE(t.value().msSinceEpoch, 1717891200000LL);
    QVERIFY(t.value().approximate);
}

void TestTimeParser::absolute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("offset") << u"2024-06-01T08:30:00+08:00"_s << 1717201800000LL;
    QTest::newRow("Z with ms") << u"2024-06-01T00:30:00.250Z"_s << 1717201800250LL;
    QTest::newRow("micro digits dropped") << u"2024-06-01T00:30:00.250999Z"_s << 1717201800250LL;
    QTest::newRow("compact offset") << u"2024-06-01T14:00:00+0200"_s << 1717243200000LL;
    QTest::newRow("hour offset") << u"2024-06-01T08:00:00-04"_s << 1717243200000LL;
    QTest::newRow("space and spaced offset") << u"2024-06-01 20:00:00 +0800"_s << 1717243200000LL;
    QTest::newRow("no seconds") << u"2024-06-01T12:00Z"_s << 1717243200000LL;
    QTest::newRow("leap day") << u"2024-02-29T23:59:59Z"_s << 1709251199000LL;
    QTest::newRow("naive in UTC") << u"2024-06-01T12:00:00"_s << 1717243200000LL;
    QTest::newRow("epoch seconds string") << u"1717200000"_s << 1717200000000LL;
    QTest::newRow("epoch ms string") << u"1717200000123"_s << 1717200000123LL;
    // X legacy.created_at and Weibo mblog created_at (`%a %b %d %H:%M:%S %z %Y`).
    QTest::newRow("x utc") << u"Wed Feb 25 16:42:10 +0000 2026"_s << 1772037730000LL;
    QTest::newRow("weibo +0800") << u"Sat Dec 23 17:12:54 +0800 2023"_s << 1703322774000LL;
    QTest::newRow("negative offset leap day") << u"Thu Feb 29 23:59:59 -0500 2024"_s << 1709269199000LL;
    QTest::newRow("weibo with year") << u"2023年12月23日 17:12"_s << 1703351520000LL; // naive UTC here
    // What a spreadsheet writes back (issue #10): one-digit month/day, slashes, Chinese, seconds.
    QTest::newRow("spreadsheet one-digit") << u"2024-6-9 13:03"_s << 1717938180000LL;
    QTest::newRow("spreadsheet slashes") << u"2024/06/09 13:03"_s << 1717938180000LL;
    QTest::newRow("spreadsheet slashes one-digit seconds") << u"2024/6/9 13:03:05"_s << 1717938185000LL;
    QTest::newRow("spreadsheet one-digit hour") << u"2024-6-9 9:03"_s << 1717923780000LL;
    QTest::newRow("chinese date") << u"2024年6月9日 13:03"_s << 1717938180000LL;
    QTest::newRow("chinese date with seconds") << u"2024年6月9日 13:03:05"_s << 1717938185000LL;
}

void TestTimeParser::absolute()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const TimeParser parser;
    const Result<ParsedTime> t = parser.parse(text);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
    QCOMPARE(t.value().msSinceEpoch, ms);
    QVERIFY(!t.value().approximate);
}

void TestTimeParser::naiveTimesUseTheZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("shanghai") << u"Asia/Shanghai"_s << u"2024-06-01 12:00:00"_s << 1717214400000LL;
    QTest::newRow("new york summer") << u"America/New_York"_s << u"2024-06-01T12:00:00"_s << 1717257600000LL;
    QTest::newRow("new york winter") << u"America/New_York"_s << u"2024-01-15T12:00:00"_s << 1705338000000LL;
    QTest::newRow("offset wins over zone") << u"Asia/Shanghai"_s << u"2024-06-01T12:00:00Z"_s << 1717243200000LL;
    QTest::newRow("spreadsheet in shanghai") << u"Asia/Shanghai"_s << u"2024/6/9 13:03"_s << 1717909380000LL;
    QTest::newRow("chinese date in shanghai") << u"Asia/Shanghai"_s << u"2024年6月9日 13:03:05"_s << 1717909385000LL;
}

void TestTimeParser::naiveTimesUseTheZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    Result<TimeParser> parser = TimeParser::forZone(zone);
    QVERIFY(parser.ok());
    const Result<ParsedTime> t = parser.value().parse(text);
    QVERIFY(t.ok());
    QCOMPARE(t.value().msSinceEpoch, ms);
}

void TestTimeParser::epochNumbers()
{
    const TimeParser parser;
    QCOMPARE(parser.fromEpoch(1717200000).value().msSinceEpoch, 1717200000000LL);
    QCOMPARE(parser.fromEpoch(1717200000123.0).value().msSinceEpoch, 1717200000123LL);
    QCOMPARE(parser.fromEpoch(1717200000.5).value().msSinceEpoch, 1717200000500LL);
    // 10^11 is the boundary: below it seconds (year 5138), from it milliseconds (1973).
    QCOMPARE(parser.fromEpoch(99999999999.0).value().msSinceEpoch, 99999999999000LL);
    QCOMPARE(parser.fromEpoch(100000000000.0).value().msSinceEpoch, 100000000000LL);
    QCOMPARE(parser.fromEpoch(-5).error().message, u"negative epoch time -5"_s);
    QCOMPARE(parser.fromEpoch(1.7e15).error().message, u"epoch time out of range: 1700000000000000"_s);
}

void TestTimeParser::relative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("just now") << u"刚刚"_s << kCapture;
    QTest::newRow("seconds") << u"30秒前"_s << kCapture - 30'000;
    QTest::newRow("minutes") << u"5分钟前"_s << kCapture - 5 * 60'000;
    QTest::newRow("hours") << u"3小时前"_s << kCapture - 3 * 3'600'000LL;
    QTest::newRow("days") << u"3天前"_s << kCapture - 3 * 86'400'000LL;
    QTest::newRow("days with location") << u"3天前 浙江"_s << kCapture - 3 * 86'400'000LL;
    QTest::newRow("edited days") << u"编辑于 2天前"_s << kCapture - 2 * 86'400'000LL;
    QTest::newRow("yesterday") << u"昨天 21:30"_s << 1717939800000LL;
    QTest::newRow("today") << u"今天 08:00"_s << 1717977600000LL;
    QTest::newRow("month-day this year") << u"05-12"_s << 1715443200000LL;
    QTest::newRow("month-day last year") << u"12-25"_s << 1703433600000LL;
    QTest::newRow("date only") << u"2024-05-01"_s << 1714492800000LL;
    // Weibo (Bazhuayu `from1`): the year is left out, so it is guessed from the capture.
    QTest::newRow("weibo month-day this year") << u"05月12日 09:30"_s << 1715477400000LL;
    QTest::newRow("weibo month-day last year") << u"12月25日 18:05"_s << 1703498700000LL;
}

void TestTimeParser::relative()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    Result<TimeParser> parser = TimeParser::forZone(u"Asia/Shanghai"_s, kCapture);
    QVERIFY(parser.ok());
    const Result<ParsedTime> t = parser.value().parse(text);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
    QCOMPARE(t.value().msSinceEpoch, ms);
    QVERIFY(t.value().approximate);
}

void TestTimeParser::relativeNeedsCaptureTime()
{
    const TimeParser parser;
    QCOMPARE(parser.parse(u"3天前"_s).error().message, u"relative time \"3天前\" needs a capture time"_s);
    // A per-record capture time beats the parser's default.
    QCOMPARE(parser.parse(u"1小时前"_s, kCapture).value().msSinceEpoch, kCapture - 3'600'000);
}

void TestTimeParser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("word") << u"yesterday"_s << u"not a time: \"yesterday\""_s;
    QTest::newRow("empty") << u" "_s << u"empty time"_s;
    QTest::newRow("month") << u"2024-13-01T00:00:00Z"_s << u"month 13 out of range in \"2024-13-01T00:00:00Z\""_s;
    QTest::newRow("day") << u"2023-02-29"_s << u"day 29 out of range in \"2023-02-29\""_s;
    QTest::newRow("hour") << u"2024-06-01T24:00:00Z"_s << u"time of day out of range in \"2024-06-01T24:00:00Z\""_s;
    QTest::newRow("bad day name") << u"Sxt Dec 23 17:12:54 +0800 2023"_s
                                  << u"unknown day name \"Sxt\" in \"Sxt Dec 23 17:12:54 +0800 2023\""_s;
    QTest::newRow("day name not the date")
        << u"Sun Dec 23 17:12:54 +0800 2023"_s
        << u"day name Sun does not match the date in \"Sun Dec 23 17:12:54 +0800 2023\""_s;
    QTest::newRow("bad month name") << u"Sat Dez 23 17:12:54 +0800 2023"_s
                                    << u"unknown month name \"Dez\" in \"Sat Dez 23 17:12:54 +0800 2023\""_s;
    QTest::newRow("offset with colon") << u"Sat Dec 23 17:12:54 +08:00 2023"_s
                                       << u"bad offset \"+08:00\" in \"Sat Dec 23 17:12:54 +08:00 2023\""_s;
    QTest::newRow("offset unsigned") << u"Sat Dec 23 17:12:54 0800 2023"_s
                                     << u"bad offset \"0800\" in \"Sat Dec 23 17:12:54 0800 2023\""_s;
    QTest::newRow("offset minutes") << u"Sat Dec 23 17:12:54 +0875 2023"_s
                                    << u"offset out of range in \"Sat Dec 23 17:12:54 +0875 2023\""_s;
    QTest::newRow("day-name form day") << u"Fri Feb 30 10:00:00 +0000 2024"_s
                                       << u"day 30 out of range in \"Fri Feb 30 10:00:00 +0000 2024\""_s;
    QTest::newRow("day-name form short") << u"Sat Dec 23 17:12:54 +0800"_s
                                         << u"not a time: \"Sat Dec 23 17:12:54 +0800\""_s;
    QTest::newRow("weibo month") << u"13月01日 10:00"_s << u"month 13 out of range in \"13月01日 10:00\""_s;
    QTest::newRow("weibo day") << u"2023年02月30日 10:00"_s << u"day 30 out of range in \"2023年02月30日 10:00\""_s;
    QTest::newRow("weibo clock") << u"12月23日 25:00"_s << u"not a time: \"12月23日 25:00\""_s;
    QTest::newRow("junk after") << u"2024-06-01T10:00:00Zulu"_s << u"not a time: \"2024-06-01T10:00:00Zulu\""_s;
    QTest::newRow("spreadsheet month") << u"2024/13/1 10:00"_s << u"month 13 out of range in \"2024/13/1 10:00\""_s;
    QTest::newRow("spreadsheet day") << u"2024-6-31 10:00"_s << u"day 31 out of range in \"2024-6-31 10:00\""_s;
    QTest::newRow("spreadsheet mixed separators") << u"2024-6/9 10:00"_s << u"not a time: \"2024-6/9 10:00\""_s;
    QTest::newRow("spreadsheet clock") << u"2024/6/9 10:61"_s << u"not a time: \"2024/6/9 10:61\""_s;
    // "2024/06/01" is a date now (a spreadsheet's, see spreadsheetDateAlone); these are not.
    QTest::newRow("slashes without a day") << u"2024/06"_s << u"not a time: \"2024/06\""_s;
    QTest::newRow("slashes with junk") << u"2024/06/01x"_s << u"not a time: \"2024/06/01x\""_s;
    QTest::newRow("unknown unit") << u"3年前"_s << u"not a time: \"3年前\""_s;
    QTest::newRow("microseconds") << u"1717200000123456"_s << u"epoch time out of range: 1717200000123456"_s;
}

void TestTimeParser::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const TimeParser parser(QTimeZone::utc(), kCapture);
    const Result<ParsedTime> t = parser.parse(text);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().message, error);
}

void TestTimeParser::unknownZone()
{
    const Result<TimeParser> parser = TimeParser::forZone(u"Mars/Olympus_Mons"_s);
    QVERIFY(!parser.ok());
    QCOMPARE(parser.error().message, u"ingest.naive_timezone: unknown time zone \"Mars/Olympus_Mons\""_s);
}

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
