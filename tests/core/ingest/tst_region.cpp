#include <QSet>
#include <QTest>

#include "core/ingest/region.h"

using namespace Qt::StringLiterals;

class TestRegion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data();
    void labels();
    void everyProvincialDivisionHasItsOwnCode();
};

void TestRegion::labels_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::newRow("alpha-2 lower") << u"gb"_s << u"GB"_s;
    QTest::newRow("alpha-2 upper") << u" US "_s << u"US"_s;
    QTest::newRow("province short") << u"浙江"_s << u"CN-ZJ"_s;
    QTest::newRow("weibo region_name") << u"发布于 浙江"_s << u"CN-ZJ"_s;
    QTest::newRow("weibo abroad") << u"发布于 美国"_s << u"US"_s;
    QTest::newRow("province suffix") << u"浙江省"_s << u"CN-ZJ"_s;
    QTest::newRow("autonomous region") << u"广西壮族自治区"_s << u"CN-GX"_s;
    QTest::newRow("xinjiang") << u"新疆维吾尔自治区"_s << u"CN-XJ"_s;
    QTest::newRow("inner mongolia") << u"内蒙古"_s << u"CN-NM"_s;
    QTest::newRow("mongolia is a country") << u"蒙古"_s << u"MN"_s;
    QTest::newRow("municipality") << u"北京市"_s << u"CN-BJ"_s;
    QTest::newRow("hong kong") << u"香港特别行政区"_s << u"HK"_s;
    QTest::newRow("macau traditional") << u"澳門"_s << u"MO"_s;
    QTest::newRow("taiwan") << u"台湾"_s << u"TW"_s;
    QTest::newRow("ip prefix") << u"IP属地：广东"_s << u"CN-GD"_s;
    QTest::newRow("country chinese") << u"美国"_s << u"US"_s;
    QTest::newRow("japan") << u"日本"_s << u"JP"_s;
    QTest::newRow("country english any case") << u"united states"_s << u"US"_s;
    QTest::newRow("unknown kept") << u"Greater London"_s << u"Greater London"_s;
    QTest::newRow("unknown chinese kept") << u"火星"_s << u"火星"_s;
    QTest::newRow("empty") << u"  "_s << QString();
}

void TestRegion::labels()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QCOMPARE(normalizeRegion(raw), region);
}

void TestRegion::everyProvincialDivisionHasItsOwnCode()
{
    const QStringList names{u"北京"_s, u"天津"_s, u"河北"_s, u"山西"_s, u"内蒙古"_s, u"辽宁"_s, u"吉林"_s,
                            u"黑龙江"_s, u"上海"_s, u"江苏"_s, u"浙江"_s, u"安徽"_s, u"福建"_s, u"江西"_s,
                            u"山东"_s, u"河南"_s, u"湖北"_s, u"湖南"_s, u"广东"_s, u"广西"_s, u"海南"_s,
                            u"重庆"_s, u"四川"_s, u"贵州"_s, u"云南"_s, u"西藏"_s, u"陕西"_s, u"甘肃"_s,
                            u"青海"_s, u"宁夏"_s, u"新疆"_s, u"香港"_s, u"澳门"_s, u"台湾"_s};
    QCOMPARE(names.size(), 34);
    QSet<QString> codes;
    for (const QString &name : names) {
        const QString code = normalizeRegion(name);
        QVERIFY2(code.startsWith("CN-"_L1) || code == "HK"_L1 || code == "MO"_L1 || code == "TW"_L1, qPrintable(name));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), 34);
    QCOMPARE(normalizeRegion(u"陕西"_s), u"CN-SN"_s); // Shaanxi and Shanxi differ
    QCOMPARE(normalizeRegion(u"山西省"_s), u"CN-SX"_s);
}

QTEST_GUILESS_MAIN(TestRegion)
#include "tst_region.moc"
