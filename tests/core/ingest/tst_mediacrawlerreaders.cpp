#include <cmath>
#include <limits>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/jsonlite.h"
#include "core/ingest/formats/mediacrawlerrecord.h"
#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

/// MediaCrawler JSONL, JSON and CSV (BOM) for Xiaohongshu, Douyin, Weibo, Bilibili, Kuaishou,
/// Tieba and Zhihu, legacy and `creator_hash` schema (formats README §4); comments files are
/// counted, not imported; a record's platform comes from its own keys, never from a look-alike.
class TestMediaCrawlerReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xiaohongshuBothSchemas();
    void douyinAndWeiboLegacy();
    void csvWithBomAndDuplicates();
    void jsonArrayNewSchema();
    void bilibili();
    void kuaishou();
    void tiebaCsvInBeijingTime();
    void zhihu();
    void xiaohongshuCommentsAreNotWeiboPosts();
    void bilibiliCommentsCsv();
    void undecidablePlatformIsRejectedNamingIt();
    void platformRule_data();
    void platformRule();
    void timesBeyond64BitsAreNotIntegers();
};

void TestMediaCrawlerReaders::xiaohongshuBothSchemas()
{
    const ReadAll now = readAll(ingestFixture(u"formats/examples/mediacrawler_xhs_contents.jsonl"_s));
    const ReadAll legacy = readAll(ingestFixture(u"formats/examples/mediacrawler_xhs_contents.legacy.jsonl"_s));
    QVERIFY(now.report.ok() && legacy.report.ok());
    QCOMPARE(now.report.value().format, u"mediacrawler-json"_s);
    QCOMPARE(now.report.value().perFormat.value(u"mediacrawler-xhs"_s), 1);
    QCOMPARE(legacy.report.value().perFormat.value(u"mediacrawler-xhs-legacy"_s), 1);
    QCOMPARE(now.posts.size(), size_t(1));
    QCOMPARE(legacy.posts.size(), size_t(1));

    const Post &a = now.posts[0];
    const Post &b = legacy.posts[0];
    QCOMPARE(a.platform, u"xiaohongshu"_s);
    QCOMPARE(a.postId, b.postId);
    QCOMPARE(a.creatorId, u"3f9a1c0be47d2a56"_s); // creator_hash stands in for the id
    QCOMPARE(a.creatorName, u"茶***么"_s);
    QCOMPARE(b.creatorId, u"5f1a2b3c000000000101d4e5"_s);
    QCOMPARE(a.createdAtMs, 1771843200000);
    QCOMPARE(a.likes, 12000);
    QCOMPARE(a.saves, 3456);
    QCOMPARE(a.hashtags, (QStringList{u"抹茶拿铁"_s, u"杭州探店"_s, u"云朵奶盖"_s}));
    QVERIFY(a.region.isEmpty()); // the 2026 schema dropped ip_location
    QCOMPARE(b.region, u"CN-ZJ"_s);
    QCOMPARE(a.firstSeenMs, std::optional<qint64>(1772102400456));
    QCOMPARE(a.capturedAtMs, std::optional<qint64>(1772102400456));
    QVERIFY(!a.views);
}

void TestMediaCrawlerReaders::douyinAndWeiboLegacy()
{
    const ReadAll dy = readAll(ingestFixture(u"formats/examples/mediacrawler_douyin_contents.legacy.jsonl"_s));
    QVERIFY(dy.report.ok());
    QCOMPARE(dy.report.value().perFormat.value(u"mediacrawler-douyin-legacy"_s), 1);
    QCOMPARE(dy.posts.size(), size_t(1));
    const Post &d = dy.posts[0];
    QCOMPARE(d.platform, u"douyin"_s);
    QCOMPARE(d.postId, u"7475987654321098765"_s);
    QCOMPARE(d.creatorId, u"98765432101"_s);
    QCOMPARE(d.createdAtMs, 1772001000000);
    QCOMPARE(d.likes, 56230);
    QCOMPARE(d.hashtags, (QStringList{u"抹茶拿铁"_s, u"咖啡教程"_s, u"居家咖啡"_s})); // inline only
    QCOMPARE(d.region, u"CN-GD"_s);
    QVERIFY(!d.views);

    const ReadAll wb = readAll(ingestFixture(u"formats/examples/mediacrawler_weibo_contents.legacy.jsonl"_s));
    QVERIFY(wb.report.ok());
    QCOMPARE(wb.report.value().perFormat.value(u"mediacrawler-weibo-legacy"_s), 1);
    QCOMPARE(wb.posts.size(), size_t(1));
    const Post &w = wb.posts[0];
    QCOMPARE(w.platform, u"weibo"_s);
    QCOMPARE(w.hashtags, (QStringList{u"抹茶拿铁"_s, u"杭州探店"_s})); // #话题# pairs
    QCOMPARE(w.createdAtMs, 1771923600000);
    QCOMPARE(w.comments, 96);
    QCOMPARE(w.shares, 57);
    QCOMPARE(w.region, u"CN-ZJ"_s);
}

void TestMediaCrawlerReaders::csvWithBomAndDuplicates()
{
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_xhs_contents.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"mediacrawler-csv"_s);
    QCOMPARE(report.perFormat.value(u"mediacrawler-xhs"_s), 4);
    QCOMPARE(report.accepted, 3);
    QCOMPARE(r.posts.size(), size_t(3));
    // The same note twice (files append without de-duplication): the newer snapshot first, then
    // the older; capturedAtMs lets storage keep the newer counters.
    QCOMPARE(r.posts[0].postId, r.posts[1].postId);
    QCOMPARE(r.posts[0].likes, 13000);
    QCOMPARE(r.posts[0].capturedAtMs, std::optional<qint64>(1772200000000));
    QCOMPARE(r.posts[1].likes, 9000);
    QCOMPARE(r.posts[1].capturedAtMs, std::optional<qint64>(1772000000000));
    // A masked nickname with its own creator_hash, an empty tag_list with tags in the text.
    QCOMPARE(r.posts[2].creatorId, u"9bb01c0be47d2a99"_s);
    QCOMPARE(r.posts[2].creatorName, r.posts[0].creatorName);
    QVERIFY(r.posts[2].creatorId != r.posts[0].creatorId);
    QCOMPARE(r.posts[2].hashtags, QStringList{u"抹茶"_s});
    QCOMPARE(r.posts[2].createdAtMs, 1771843300000);
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"time"_s);
    QCOMPARE(report.rejects[0].line, 7); // physical line: the quoted desc cells hold line breaks
}

void TestMediaCrawlerReaders::jsonArrayNewSchema()
{
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_douyin_contents.json"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"mediacrawler-json"_s);
    QCOMPARE(report.perFormat.value(u"mediacrawler-douyin"_s), 3);
    QCOMPARE(r.posts.size(), size_t(2));
    QCOMPARE(r.posts[0].creatorId, u"77aa1c0be47d2a56"_s);
    QCOMPARE(r.posts[1].likes, 100000);
    QVERIFY(r.posts[1].rawCounts.value(0).lowerBound);
    QCOMPARE(r.posts[1].hashtags, QStringList{u"抹茶"_s});
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"create_time"_s);
    QCOMPARE(report.rejects[0].index, 2);
}

namespace {

QString errorOf(const ReadAll &r)
{
    return r.report.ok() ? QString() : r.report.error().message;
}

} // namespace

void TestMediaCrawlerReaders::bilibili()
{
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_bilibili_contents.jsonl"_s));
    QVERIFY2(r.report.ok(), qPrintable(errorOf(r)));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"mediacrawler-json"_s);
    QCOMPARE(report.perFormat.value(u"mediacrawler-bilibili-legacy"_s), 1);
    QCOMPARE(report.perFormat.value(u"mediacrawler-bilibili"_s), 1);
    QCOMPARE(r.posts.size(), size_t(1));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"bilibili"_s);
    QCOMPARE(p.postId, u"1453012345"_s);
    QCOMPARE(p.creatorId, u"35123456"_s);
    QCOMPARE(p.creatorName, u"抹茶研究所"_s);
    QCOMPARE(p.text, u"【探店】杭州抹茶拿铁测评\n五家店喝下来 #抹茶拿铁 #杭州探店"_s);
    QCOMPARE(p.hashtags, (QStringList{u"抹茶拿铁"_s, u"杭州探店"_s}));
    QCOMPARE(p.createdAtMs, 1771900000000);
    QCOMPARE(p.likes, 8421);
    QCOMPARE(p.comments, 377);
    QCOMPARE(p.shares, 412);
    QCOMPARE(p.saves, 2310);
    QCOMPARE(p.views, std::optional<qint64>(152340));
    QCOMPARE(p.url, u"https://www.bilibili.com/video/av1453012345"_s);
    // The 2026 schema's record without a publish time: rejected naming the key.
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"create_time"_s);
    QCOMPARE(report.rejects[0].line, 2);
}

void TestMediaCrawlerReaders::kuaishou()
{
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_kuaishou_contents.json"_s));
    QVERIFY2(r.report.ok(), qPrintable(errorOf(r)));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"mediacrawler-json"_s);
    QCOMPARE(report.perFormat.value(u"mediacrawler-kuaishou-legacy"_s), 2);
    QCOMPARE(r.posts.size(), size_t(1));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"kuaishou"_s);
    QCOMPARE(p.postId, u"3xk8mq2z9abcdef"_s);
    QCOMPARE(p.creatorId, u"3x9vdemo123"_s);
    QCOMPARE(p.text, u"抹茶拿铁在家做 #抹茶 #咖啡教程"_s); // title repeats desc: once
    QCOMPARE(p.createdAtMs, 1771950000123); // photo.timestamp is in milliseconds
    QCOMPARE(p.likes, 23000);
    QCOMPARE(p.views, std::optional<qint64>(415000)); // `viewd_count` (sic)
    QCOMPARE(p.hashtags, (QStringList{u"抹茶"_s, u"咖啡教程"_s}));
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"liked_count"_s);
    QCOMPARE(report.rejects[0].index, 1);
}

void TestMediaCrawlerReaders::tiebaCsvInBeijingTime()
{
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_tieba_contents.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(errorOf(r)));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"mediacrawler-csv"_s);
    QCOMPARE(report.perFormat.value(u"mediacrawler-tieba-legacy"_s), 2);
    QCOMPARE(r.posts.size(), size_t(1));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"tieba"_s);
    QCOMPARE(p.postId, u"9012345678"_s);
    // Tieba shows no user id: the profile link stands in for it.
    QCOMPARE(p.creatorId, u"https://tieba.baidu.com/home/main?id=tb.1.demo0001"_s);
    QCOMPARE(p.creatorName, u"喝茶的阿毛"_s);
    QCOMPARE(p.text, u"抹茶拿铁哪家强\n求推荐杭州的 #抹茶拿铁# 店"_s);
    QCOMPARE(p.hashtags, QStringList{u"抹茶拿铁"_s});
    // 2026-02-24 18:30 Beijing = 10:30 UTC, whatever ingest.naive_timezone says (UTC here).
    QCOMPARE(p.createdAtMs, 1771929000000);
    QCOMPARE(p.comments, 58);
    QCOMPARE(p.region, u"CN-ZJ"_s);
    QVERIFY(!p.views);
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"publish_time"_s);
    QCOMPARE(report.rejects[0].line, 3);
}

void TestMediaCrawlerReaders::zhihu()
{
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_zhihu_contents.jsonl"_s));
    QVERIFY2(r.report.ok(), qPrintable(errorOf(r)));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.perFormat.value(u"mediacrawler-zhihu-legacy"_s), 2);
    QCOMPARE(r.posts.size(), size_t(1));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"zhihu"_s);
    QCOMPARE(p.postId, u"3401234567"_s);
    QCOMPARE(p.creatorId, u"b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6"_s);
    QCOMPARE(p.creatorName, u"抹茶控"_s);
    QCOMPARE(p.text, u"杭州有哪些好喝的抹茶拿铁？\n杭州的抹茶拿铁我最推荐两家…… #抹茶拿铁"_s);
    QCOMPARE(p.createdAtMs, 1771800000000);
    QCOMPARE(p.likes, 1204); // voteup_count
    QCOMPARE(p.comments, 86);
    QCOMPARE(p.url, u"https://www.zhihu.com/question/612345678/answer/3401234567"_s);
    // An anonymous answer has no user id or url_token: rejected, not stored under an empty creator.
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].field, u"user_id"_s);
    QCOMPARE(report.rejects[0].line, 2);
}

void TestMediaCrawlerReaders::xiaohongshuCommentsAreNotWeiboPosts()
{
    // store/xhs update_xhs_note_comment: comment_id, note_id, content… Its `note_id` + `content`
    // once matched the Weibo rule, and a comments file became Weibo posts.
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_xhs_comments.jsonl"_s));
    QVERIFY2(r.report.ok(), qPrintable(errorOf(r)));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"mediacrawler-json"_s);
    QCOMPARE(r.posts.size(), size_t(0));
    QCOMPARE(report.read, 0);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.comments, 5);
    QCOMPARE(report.commentedPosts, 2);
    QCOMPARE(report.commentsNote(), u"5 comments of 2 posts: comments are not imported"_s);
    QVERIFY(!report.perFormat.contains(u"mediacrawler-weibo"_s));
    QVERIFY(!report.perFormat.contains(u"mediacrawler-weibo-legacy"_s));
}

void TestMediaCrawlerReaders::bilibiliCommentsCsv()
{
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_bilibili_comments.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(errorOf(r)));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"mediacrawler-csv"_s);
    QCOMPARE(r.posts.size(), size_t(0));
    QCOMPARE(report.read, 0);
    QCOMPARE(report.comments, 3);
    QCOMPARE(report.commentedPosts, 2);
    QVERIFY(report.perFormat.isEmpty());
}

void TestMediaCrawlerReaders::undecidablePlatformIsRejectedNamingIt()
{
    const ReadAll r = readAll(ingestFixture(u"formats/mediacrawler_note_unknown_platform.jsonl"_s));
    QVERIFY2(r.report.ok(), qPrintable(errorOf(r)));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"mediacrawler-json"_s);
    QCOMPARE(r.posts.size(), size_t(0));
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.rejects[0].field, u"platform"_s);
    QVERIFY2(report.rejects[0].reason.startsWith(u"cannot be determined"_s), qPrintable(report.rejects[0].reason));
    QVERIFY(report.rejects[0].reason.contains(u"note_id"_s));
}

void TestMediaCrawlerReaders::platformRule_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("platform");
    using K = MediaCrawlerShape::Kind;
    const auto keys = [](const char *list) { return QString::fromUtf8(list).split(u' '); };
    QTest::newRow("xhs note") << keys("note_id type title desc time tag_list liked_count") << int(K::Post) << u"xhs"_s;
    QTest::newRow("weibo note") << keys("note_id content create_time liked_count comments_count shared_count")
                                << int(K::Post) << u"weibo"_s;
    QTest::newRow("tieba note") << keys("note_id title desc publish_time tieba_name total_replay_num")
                                << int(K::Post) << u"tieba"_s;
    QTest::newRow("douyin") << keys("aweme_id desc create_time liked_count") << int(K::Post) << u"douyin"_s;
    QTest::newRow("bilibili") << keys("video_id title desc create_time video_play_count video_comment")
                              << int(K::Post) << u"bilibili"_s;
    QTest::newRow("kuaishou") << keys("video_id title desc create_time viewd_count") << int(K::Post) << u"kuaishou"_s;
    QTest::newRow("zhihu") << keys("content_id content_type title content_text voteup_count") << int(K::Post)
                           << u"zhihu"_s;
    // Comments of every store: comment_id and the post's id, whatever else looks like a post.
    QTest::newRow("xhs comment") << keys("comment_id create_time ip_location note_id content user_id like_count")
                                 << int(K::Comment) << QString();
    QTest::newRow("weibo comment") << keys("comment_id create_time create_date_time note_id content comment_like_count")
                                   << int(K::Comment) << QString();
    QTest::newRow("douyin comment") << keys("comment_id aweme_id content create_time") << int(K::Comment) << QString();
    QTest::newRow("zhihu comment") << keys("comment_id content_id content_type content publish_time")
                                   << int(K::Comment) << QString();
    // Shared keys alone decide nothing.
    QTest::newRow("note_id + content") << keys("note_id content create_time") << int(K::UnknownPlatform) << QString();
    QTest::newRow("note_id + desc") << keys("note_id title desc") << int(K::UnknownPlatform) << QString();
    QTest::newRow("video_id alone") << keys("video_id title create_time") << int(K::UnknownPlatform) << QString();
    QTest::newRow("creator record") << keys("user_id nickname fans follows") << int(K::None) << QString();
}

void TestMediaCrawlerReaders::platformRule()
{
    QFETCH(QStringList, keys);
    QFETCH(int, kind);
    QFETCH(QString, platform);
    QJsonObject record;
    for (const QString &key : keys)
        record.insert(key, u"1"_s);
    const MediaCrawlerShape shape = mediaCrawlerShape(record);
    QCOMPARE(int(shape.kind), kind);
    QCOMPARE(QString(shape.platform), platform);
}


void TestMediaCrawlerReaders::timesBeyond64BitsAreNotIntegers()
{
    // fuzz_readers (issue 15): a `last_modify_ts` of 1.77e33 was converted to qint64, which is undefined behaviour
    // (UBSan: "1.7721e+33 is outside the range of representable values of type 'long long'").
    using capturejson::integerOfDouble;
    QCOMPARE(integerOfDouble(1.7721e33), std::nullopt);
    QCOMPARE(integerOfDouble(-1e19), std::nullopt);
    QCOMPARE(integerOfDouble(9223372036854775808.0), std::nullopt); // 2^63
    QCOMPARE(integerOfDouble(std::nan("")), std::nullopt);
    QCOMPARE(integerOfDouble(-9223372036854775808.0), std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QCOMPARE(integerOfDouble(12.7), std::optional<qint64>(12));
    QCOMPARE(integerOfDouble(-12.7), std::optional<qint64>(-12));
    // Integers keep every digit beyond 2^53, through QJsonValue and through jsonlite.
    QCOMPARE(capturejson::integer(QJsonValue(qint64(9007199254740993))), std::optional<qint64>(9007199254740993));
    QCOMPARE(capturejson::integer(QJsonValue(std::numeric_limits<qint64>::max())),
             std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(capturejson::integer(jsonlite::Value("9007199254740993")), std::optional<qint64>(9007199254740993));
    QCOMPARE(capturejson::integer(jsonlite::Value("1772102455555555555555555500456")), std::nullopt);
    QCOMPARE(capturejson::integer(jsonlite::Value("1.5e3")), std::optional<qint64>(1500));

    // The fixture's record with that time: the post is read, its capture time is unknown.
    QFile fixture(ingestFixture(u"formats/examples/mediacrawler_xhs_contents.jsonl"_s));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray record = fixture.readAll().trimmed();
    QVERIFY(record.contains("\"last_modify_ts\": 1772102400456"));
    record.replace("\"last_modify_ts\": 1772102400456", "\"last_modify_ts\": 1772102455555555555555555500456");
    QTemporaryDir dir;
    QFile file(dir.filePath(u"xhs.jsonl"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(record + "\n");
    file.close();
    const ReadAll r = readAll(file.fileName());
    QVERIFY2(r.report.ok(), qPrintable(errorOf(r)));
    QCOMPARE(r.posts.size(), size_t(1));
    QCOMPARE(r.posts[0].createdAtMs, 1771843200000);
    QVERIFY(!r.posts[0].firstSeenMs);
}

QTEST_GUILESS_MAIN(TestMediaCrawlerReaders)
#include "tst_mediacrawlerreaders.moc"
