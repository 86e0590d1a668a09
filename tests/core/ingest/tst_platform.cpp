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
