#include <QTest>

#include "core/ingest/fielderror.h"
#include "core/ingest/spreadsheetid.h"

using namespace Qt::StringLiterals;

class TestSpreadsheetId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesScientificNotation_data();
    void recognisesScientificNotation();
    void repairsFromTheUrlOrRejects();
};

void TestSpreadsheetId::recognisesScientificNotation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("scientific");
    QTest::newRow("excel en") << u"7.2687E+18"_s << true;
    QTest::newRow("excel de decimal comma") << u"5,04334E+15"_s << true;
    QTest::newRow("lower e, no plus") << u"7.2e18"_s << true;
    QTest::newRow("no decimals") << u"7E+18"_s << true;
    QTest::newRow("spaces around") << u" 7.2687E+18 "_s << true;
    QTest::newRow("whole id") << u"7268712345678901234"_s << false;
    QTest::newRow("hex note id") << u"6650e1f2000000001e02a3b4"_s << false;
    QTest::newRow("base62 with E") << u"NxAbE12"_s << false;
    QTest::newRow("digits then e then letters") << u"12e3a"_s << false;
    QTest::newRow("negative exponent is not an id anyway") << u"1.2E-3"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSpreadsheetId::recognisesScientificNotation()
{
    QFETCH(QString, id);
    QFETCH(bool, scientific);
    QCOMPARE(spreadsheetid::isScientific(id), scientific);
}

void TestSpreadsheetId::repairsFromTheUrlOrRejects()
{
    QCOMPARE(spreadsheetid::repair(u"123"_s, u""_s).value(), u"123"_s);
    QCOMPARE(spreadsheetid::repair(u"7.2687E+18"_s, u"https://www.tiktok.com/@a/video/7268712345678901234"_s).value(),
             u"7268712345678901234"_s);
    QCOMPARE(spreadsheetid::repair(u"5,04334E+15"_s, u"https://m.weibo.cn/detail/5043340000000001"_s).value(),
             u"5043340000000001"_s);
    // A URL of another post (its id does not start with the kept digits) is not taken.
    const Result<QString> other = spreadsheetid::repair(u"7.2687E+18"_s, u"https://www.tiktok.com/@a/video/1111"_s);
    QVERIFY(!other.ok());
    const Result<QString> none = spreadsheetid::repair(u"7.2687E+18"_s, QString());
    QVERIFY(!none.ok());
    QCOMPARE(fieldOf(none.error()), u"post_id"_s);
    QVERIFY(reasonOf(none.error()).contains(u"scientific notation"_s));
    QVERIFY(reasonOf(none.error()).contains(u"7.2687E+18"_s));
}

QTEST_GUILESS_MAIN(TestSpreadsheetId)
#include "tst_spreadsheetid.moc"
