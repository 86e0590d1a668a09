#include <QTest>

#include "core/ingest/posturl.h"

using namespace Qt::StringLiterals;

class TestPostUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void platformsAndIds_data();
    void platformsAndIds();
};

void TestPostUrl::platformsAndIds_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("postId");
    QTest::newRow("tiktok video") << u"https://www.tiktok.com/@mia.c/video/7268712345678901234?lang=en"_s << u"tiktok"_s
                                  << u"7268712345678901234"_s;
    QTest::newRow("tiktok short link") << u"https://vm.tiktok.com/ZMabc123/"_s << u"tiktok"_s << QString();
    QTest::newRow("douyin") << u"https://www.douyin.com/video/7380000000000000001"_s << u"douyin"_s
                            << u"7380000000000000001"_s;
    QTest::newRow("douyin modal") << u"https://www.douyin.com/discover?modal_id=7380000000000000002"_s << u"douyin"_s
                                  << u"7380000000000000002"_s;
    QTest::newRow("xiaohongshu") << u"https://www.xiaohongshu.com/explore/6650e1f2000000001e02a3b4?xsec_token=x"_s
                                 << u"xiaohongshu"_s << u"6650e1f2000000001e02a3b4"_s;
    QTest::newRow("xhslink") << u"http://xhslink.com/a/AbCdEf"_s << u"xiaohongshu"_s << QString();
    QTest::newRow("weibo m.cn") << u"https://m.weibo.cn/detail/4990000000000001"_s << u"weibo"_s
                                << u"4990000000000001"_s;
    QTest::newRow("weibo bid") << u"https://weibo.com/1234567/NxAbCdEf"_s << u"weibo"_s << u"NxAbCdEf"_s;
    QTest::newRow("bilibili") << u"https://www.bilibili.com/video/BV1xx411c7mD/?p=1"_s << u"bilibili"_s
                              << u"BV1xx411c7mD"_s;
    QTest::newRow("b23") << u"https://b23.tv/abc"_s << u"bilibili"_s << QString();
    QTest::newRow("instagram post") << u"https://www.instagram.com/p/C7xYz12AbCd/"_s << u"instagram"_s
                                    << u"C7xYz12AbCd"_s;
    QTest::newRow("instagram reel") << u"instagram.com/reel/C8abc_-1/"_s << u"instagram"_s << u"C8abc_-1"_s;
    QTest::newRow("youtube watch") << u"https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3"_s << u"youtube"_s
                                   << u"dQw4w9WgXcQ"_s;
    QTest::newRow("youtu.be") << u"https://youtu.be/dQw4w9WgXcQ"_s << u"youtube"_s << u"dQw4w9WgXcQ"_s;
    QTest::newRow("youtube shorts") << u"https://youtube.com/shorts/abcDEF12345"_s << u"youtube"_s
                                    << u"abcDEF12345"_s;
    QTest::newRow("x") << u"https://x.com/mia/status/1790000000000000001"_s << u"x"_s << u"1790000000000000001"_s;
    QTest::newRow("twitter") << u"https://mobile.twitter.com/mia/status/1790000000000000002/photo/1"_s << u"x"_s
                             << u"1790000000000000002"_s;
    QTest::newRow("kuaishou") << u"https://www.kuaishou.com/short-video/3xabcdefg"_s << u"kuaishou"_s
                              << u"3xabcdefg"_s;
    QTest::newRow("zhihu answer") << u"https://www.zhihu.com/question/1/answer/123456"_s << u"zhihu"_s
                                  << u"123456"_s;
    QTest::newRow("zhihu column") << u"https://zhuanlan.zhihu.com/p/654321"_s << u"zhihu"_s << u"654321"_s;
    QTest::newRow("tieba") << u"https://tieba.baidu.com/p/8765432100"_s << u"tieba"_s << u"8765432100"_s;
    QTest::newRow("lookalike host is nothing") << u"https://nottiktok.com/video/1"_s << QString() << QString();
    QTest::newRow("other site") << u"https://example.com/p/1"_s << QString() << QString();
    QTest::newRow("baidu but not tieba") << u"https://www.baidu.com/p/1"_s << QString() << QString();
    QTest::newRow("not a url") << u"hello world"_s << QString() << QString();
}

void TestPostUrl::platformsAndIds()
{
    QFETCH(QString, url);
    QFETCH(QString, platform);
    QFETCH(QString, postId);
    const PostUrl parsed = PostUrl::parse(url);
    QCOMPARE(parsed.platform, platform);
    QCOMPARE(parsed.postId, postId);
}

QTEST_GUILESS_MAIN(TestPostUrl)
#include "tst_posturl.moc"
