#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

/// Apify's clockworks/tiktok-scraper items and TikTok-Api `as_dict` dumps (formats README §5), and
/// YouTube Data Tools video lists (§2g).
class TestTikTokToolReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiktokApiSingleObject();
    void tiktokApiLinesWithStatsV2();
    void apifyItems();
    void apifyFlattenedCsv();
    void apifyDottedKeysWithoutId();
    void apifyCommentsAreNotPosts();
    void youtubeDataTools();
};

void TestTikTokToolReaders::tiktokApiSingleObject()
{
    const ReadAll r = readAll(ingestFixture(u"formats/examples/tiktokapi_video_as_dict.json"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(r.report.value().format, u"tiktokapi-json"_s);
    QCOMPARE(r.posts.size(), size_t(1));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"tiktok"_s);
    QCOMPARE(p.postId, u"7475123456789012345"_s);
    QCOMPARE(p.likes, 18400);
    QCOMPARE(p.saves, 2210);
    QCOMPARE(p.views, std::optional<qint64>(402100));
    QCOMPARE(p.hashtags, (QStringList{u"matchalatte"_s, u"icedmatcha"_s, u"cafetok"_s}));
    QVERIFY(!p.firstSeenMs); // no capture wrapper
}

void TestTikTokToolReaders::tiktokApiLinesWithStatsV2()
{
    const ReadAll r = readAll(ingestFixture(u"formats/tiktokapi_videos.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"tiktokapi-json"_s);
    QCOMPARE(report.accepted, 2);
    const Post &v2 = r.posts[1];
    QCOMPARE(v2.likes, 2100000);   // "2.1M"
    QCOMPARE(v2.shares, 1234);     // "1,234"
    QCOMPARE(v2.views, std::optional<qint64>(9000000));
    QCOMPARE(v2.createdAtMs, 1772030000000);
    QCOMPARE(v2.hashtags, QStringList{u"matchatok"_s});
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].line, 3);
    QCOMPARE(report.rejects[0].field, u"createTime"_s);
}

void TestTikTokToolReaders::apifyItems()
{
    const ReadAll r = readAll(ingestFixture(u"formats/apify_tiktok_items.json"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"apify-tiktok"_s);
    QCOMPARE(report.accepted, 3);
    const Post &p = r.posts[0];
    QCOMPARE(p.postId, u"7475123456789012345"_s);
    QCOMPARE(p.creatorId, u"6801234567890123456"_s);
    QCOMPARE(p.creatorName, u"leafandfoam"_s);
    QCOMPARE(p.createdAtMs, 1772015400000);
    QCOMPARE(p.likes, 18400);
    QCOMPARE(p.saves, 2210);
    QCOMPARE(p.views, std::optional<qint64>(402100));
    QCOMPARE(p.region, u"GB"_s);
    QCOMPARE(p.url, u"https://www.tiktok.com/@leafandfoam/video/7475123456789012345"_s);
    const Post &older = r.posts[1];
    QCOMPARE(older.createdAtMs, 1772017200000); // createTimeISO
    QCOMPARE(older.hashtags, (QStringList{u"matchalatte"_s, u"slowbar"_s}));
    QVERIFY(!older.views);
    // `id: null` with the id whole in `webVideoUrl`: read from the URL (it used to be rejected).
    QCOMPARE(r.posts[2].postId, u"7475123456789012345"_s);
    QCOMPARE(report.rejects.size(), 0);
}

void TestTikTokToolReaders::apifyFlattenedCsv()
{
    // Apify's CSV export: nested keys flattened to `authorMeta/name`, `hashtags/0/name`.
    const ReadAll r = readAll(ingestFixture(u"formats/apify_tiktok_flat.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"apify-tiktok"_s);
    QCOMPARE(report.accepted, 2);
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"tiktok"_s);
    QCOMPARE(p.postId, u"7475123456789012345"_s);
    QCOMPARE(p.creatorId, u"6801234567890123456"_s);
    QCOMPARE(p.creatorName, u"leafandfoam"_s);
    QCOMPARE(p.text, u"matcha cloud latte, iced ☁️ #matchalatte #icedmatcha"_s);
    QCOMPARE(p.hashtags, (QStringList{u"matchalatte"_s, u"icedmatcha"_s}));
    QCOMPARE(p.createdAtMs, 1772015400000);
    QCOMPARE(p.likes, 18400);
    QCOMPARE(p.comments, 341);
    QCOMPARE(p.shares, 612);
    QCOMPARE(p.saves, 2210);
    QCOMPARE(p.views, std::optional<qint64>(402100));
    QCOMPARE(p.region, u"GB"_s);
    // A spreadsheet rewrote the id as 7.47513E+18: the URL's digits are taken instead; counts as
    // the app shows them (541.2K, 1.2M) are read.
    const Post &q = r.posts[1];
    QCOMPARE(q.postId, u"7475123456789099999"_s);
    QCOMPARE(q.likes, 541200);
    QCOMPARE(q.views, std::optional<qint64>(1200000));
    QCOMPARE(q.hashtags, QStringList{u"matcha"_s});
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"createTime"_s);
    QCOMPARE(report.rejects[0].line, 4);
}

void TestTikTokToolReaders::apifyDottedKeysWithoutId()
{
    // A field selection without `id`, written with dotted keys: the id comes from `webVideoUrl`.
    const ReadAll r = readAll(ingestFixture(u"formats/apify_tiktok_dotted.jsonl"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"apify-tiktok"_s);
    QCOMPARE(report.accepted, 2);
    QCOMPARE(r.posts[0].postId, u"7475123456789012345"_s);
    QCOMPARE(r.posts[0].creatorId, u"6801234567890123456"_s);
    QCOMPARE(r.posts[0].creatorName, u"leafandfoam"_s);
    QCOMPARE(r.posts[0].hashtags, QStringList{u"matchalatte"_s});
    QCOMPARE(r.posts[0].likes, 18400);
    QCOMPARE(r.posts[1].postId, u"7475123456789077777"_s); // a slideshow: /photo/<id>
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"id"_s); // no id and a profile URL without one
    QCOMPARE(report.rejects[0].line, 3);
}

void TestTikTokToolReaders::apifyCommentsAreNotPosts()
{
    // Apify's TikTok comments scraper: `cid` + `videoWebUrl`/`awemeId`; counted, not imported.
    const ReadAll r = readAll(ingestFixture(u"formats/apify_tiktok_comments.json"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"apify-tiktok"_s);
    QCOMPARE(r.posts.size(), size_t(0));
    QCOMPARE(report.read, 0);
    QCOMPARE(report.comments, 3);
    QCOMPARE(report.commentedPosts, 2); // awemeId, or the id in videoWebUrl when it is null
    QCOMPARE(report.commentsNote(), u"3 comments of 2 posts: comments are not imported"_s);
}

void TestTikTokToolReaders::youtubeDataTools()
{
    const ReadAll r = readAll(ingestFixture(u"formats/examples/ytdt_videolist.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(r.report.value().format, u"ytdt-csv"_s);
    QCOMPARE(r.posts.size(), size_t(1));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"youtube"_s);
    QCOMPARE(p.postId, u"dQw4demo123"_s);
    QCOMPARE(p.views, std::optional<qint64>(83120));
    QCOMPARE(p.likes, 4410);
    QCOMPARE(p.comments, 388);
    QVERIFY(p.hashtags.contains(u"matchalatte"_s));
    QVERIFY(p.hashtags.contains(u"cloudmatcha"_s));
}

QTEST_GUILESS_MAIN(TestTikTokToolReaders)
#include "tst_tiktoktoolreaders.moc"
