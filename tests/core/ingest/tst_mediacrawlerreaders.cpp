#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

/// MediaCrawler JSONL, JSON and CSV (BOM) for Xiaohongshu, Douyin and Weibo, legacy and
/// `creator_hash` schema (formats README §4).
class TestMediaCrawlerReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xiaohongshuBothSchemas();
    void douyinAndWeiboLegacy();
    void csvWithBomAndDuplicates();
    void jsonArrayNewSchema();
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

QTEST_GUILESS_MAIN(TestMediaCrawlerReaders)
#include "tst_mediacrawlerreaders.moc"
