#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

/// Apify Instagram scrapers: post items as a JSON array, and hashtag-search items as Apify's CSV
/// export with flattened columns (`hashtags/0`) and no `shortCode` column.
class TestApifyInstagramReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void posts();
    void hashtagSearchCsv();
};

void TestApifyInstagramReader::posts()
{
    const ReadAll r = readAll(ingestFixture(u"formats/apify_instagram_posts.json"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"apify-instagram"_s);
    QCOMPARE(r.posts.size(), size_t(2));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"instagram"_s);
    QCOMPARE(p.postId, u"DA1bCdEfGhI"_s); // the shortcode, as 4CAT and Zeeschuimer name posts
    QCOMPARE(p.creatorId, u"5012345678"_s);
    QCOMPARE(p.creatorName, u"leafandfoam"_s);
    QCOMPARE(p.hashtags, (QStringList{u"matchalatte"_s, u"icedmatcha"_s}));
    QCOMPARE(p.createdAtMs, 1772018400000);
    QCOMPARE(p.likes, 1820);
    QCOMPARE(p.comments, 41);
    QVERIFY(!p.views); // a photo
    QCOMPARE(p.region, u"Hangzhou, Zhejiang"_s);
    QCOMPARE(p.url, u"https://www.instagram.com/p/DA1bCdEfGhI/"_s);

    const Post &reel = r.posts[1];
    QCOMPARE(reel.postId, u"DA2xYzAbCdE"_s);
    QCOMPARE(reel.likes, 0); // -1: hidden likes are not a negative count
    QCOMPARE(reel.views, std::optional<qint64>(12044)); // videoPlayCount before videoViewCount
    QCOMPARE(reel.hashtags, QStringList{u"matchalatte"_s});

    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"timestamp"_s);
    QCOMPARE(report.rejects[0].index, 2);
}

void TestApifyInstagramReader::hashtagSearchCsv()
{
    const ReadAll r = readAll(ingestFixture(u"formats/apify_instagram_hashtag.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"apify-instagram"_s);
    QCOMPARE(r.posts.size(), size_t(2));
    QCOMPARE(r.posts[0].postId, u"DA4hashTag01"_s); // from the url
    QCOMPARE(r.posts[0].hashtags, (QStringList{u"抹茶拿铁"_s, u"杭州"_s}));
    QCOMPARE(r.posts[0].createdAtMs, 1772006400000);
    QCOMPARE(r.posts[1].postId, u"DA5hashTag02"_s); // a /reel/ url
    QCOMPARE(r.posts[1].views, std::optional<qint64>(3001));
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"shortCode"_s); // no shortcode and a url without one
    QCOMPARE(report.rejects[0].line, 4);
}

QTEST_GUILESS_MAIN(TestApifyInstagramReader)
#include "tst_apifyinstagramreader.moc"
