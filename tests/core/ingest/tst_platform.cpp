#include <QTest>

#include "core/ingest/platform.h"

using namespace Qt::StringLiterals;

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugs_data();
    void slugs();
    void invalid_data();
    void invalid();
};

void TestPlatform::slugs_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("slug");
    QTest::newRow("lower-cased") << u" TikTok "_s << u"tiktok"_s;
    QTest::newRow("rednote") << u"RedNote"_s << u"xiaohongshu"_s;
    QTest::newRow("xhs") << u"xhs"_s << u"xiaohongshu"_s;
    QTest::newRow("chinese name") << u"小红书"_s << u"xiaohongshu"_s;
    QTest::newRow("twitter") << u"Twitter"_s << u"x"_s;
    QTest::newRow("zeeschuimer site") << u"twitter.com"_s << u"x"_s;
    QTest::newRow("douyin site") << u"douyin.com"_s << u"douyin"_s;
    QTest::newRow("other slug") << u"bili_bili2"_s << u"bili_bili2"_s;
    // SPEC section 1's newer platforms and their aliases.
    QTest::newRow("bili") << u"Bili"_s << u"bilibili"_s;
    QTest::newRow("bilibili") << u"bilibili"_s << u"bilibili"_s;
    QTest::newRow("bilibili site") << u"bilibili.com"_s << u"bilibili"_s;
    QTest::newRow("b站") << u"B站"_s << u"bilibili"_s;
    QTest::newRow("ks") << u"KS"_s << u"kuaishou"_s;
    QTest::newRow("快手") << u"快手"_s << u"kuaishou"_s;
    QTest::newRow("zhihu") << u"zhihu"_s << u"zhihu"_s;
    QTest::newRow("知乎") << u"知乎"_s << u"zhihu"_s;
    QTest::newRow("tieba") << u"tieba"_s << u"tieba"_s;
    QTest::newRow("百度贴吧") << u"百度贴吧"_s << u"tieba"_s;
    QTest::newRow("32 chars") << QString(32, u'a') << QString(32, u'a');
}

void TestPlatform::slugs()
{
    QFETCH(QString, raw);
    QFETCH(QString, slug);
    const Result<QString> r = normalizePlatform(raw);
    QVERIFY(r.ok());
    QCOMPARE(r.value(), slug);
}

void TestPlatform::invalid_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("empty") << QString();
    QTest::newRow("space inside") << u"my site"_s;
    QTest::newRow("dash") << u"tik-tok"_s;
    QTest::newRow("33 chars") << QString(33, u'a');
    QTest::newRow("unknown chinese") << u"快手网"_s;
}

void TestPlatform::invalid()
{
    QFETCH(QString, raw);
    const Result<QString> r = normalizePlatform(raw);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"not a platform slug [a-z0-9_]{1,32}: \""_s + raw + u'"');
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
