#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

/// 4CAT's re-exported NDJSON (`__import_meta`) and its CSV exports per datasource (formats README
/// §1 and §3).
class TestFourCatReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrappedNdjson();
    void tiktokCsv();
    void xiaohongshuCsv();
    void douyinInstagramXCsv();
    void customCsv();
};

void TestFourCatReaders::wrappedNdjson()
{
    const ReadAll r = readAll(ingestFixture(u"formats/4cat_wrapped.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"4cat-ndjson"_s);
    QCOMPARE(report.read, 7);
    QCOMPARE(report.accepted, 6);
    QCOMPARE(report.perFormat.value(u"4cat-ndjson-tiktok"_s), 1);
    QCOMPARE(report.perFormat.value(u"4cat-ndjson-xiaohongshu-search"_s), 1);
    QCOMPARE(report.perFormat.value(u"4cat-ndjson-xiaohongshu-note"_s), 1);
    QCOMPARE(report.perFormat.value(u"4cat-ndjson-douyin-api"_s), 1);
    QCOMPARE(report.perFormat.value(u"4cat-ndjson-instagram"_s), 1);
    QCOMPARE(report.perFormat.value(u"4cat-ndjson-x"_s), 1);
    QCOMPARE(r.posts[0].postId, u"7475123456789012345"_s);
    QCOMPARE(r.posts[0].firstSeenMs, std::optional<qint64>(1772102400123));
    QVERIFY(r.posts[1].approximateTime); // "3天前" against __import_meta.timestamp_collected
    QCOMPARE(r.posts[5].postId, u"1894567890123456789"_s);
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].line, 7);
    QCOMPARE(report.rejects[0].field, u"source_platform"_s);
    QVERIFY(report.rejects[0].reason.contains(u"9gag.com"_s));
}

void TestFourCatReaders::tiktokCsv()
{
    const ReadAll r = readAll(ingestFixture(u"formats/4cat_tiktok_rows.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"4cat-csv"_s);
    QCOMPARE(report.accepted, 2);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(report.perFormat.value(u"4cat-csv-tiktok"_s), 3);

    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"tiktok"_s);
    QCOMPARE(p.postId, u"7475123456789012345"_s);
    QCOMPARE(p.creatorId, u"leafandfoam"_s);
    QCOMPARE(p.createdAtMs, 1772015400000);
    QCOMPARE(p.likes, 18400);
    QCOMPARE(p.views, std::optional<qint64>(402100));
    QCOMPARE(p.region, u"GB"_s);
    QCOMPARE(p.hashtags, (QStringList{u"matchalatte"_s, u"icedmatcha"_s, u"cafetok"_s}));

    // unix_timestamp, never the server-local `timestamp` column; tags from the text; "1.5k".
    const Post &q = r.posts[1];
    QCOMPARE(q.createdAtMs, 1772015400000);
    QCOMPARE(q.hashtags, QStringList{u"cloudmatcha"_s});
    QCOMPARE(q.likes, 1500);
    QVERIFY(!q.views);

    QCOMPARE(report.rejects[0].line, 4);
    QCOMPARE(report.rejects[0].field, u"unix_timestamp"_s);
    QCOMPARE(report.rejects[1].line, 5);
}

void TestFourCatReaders::xiaohongshuCsv()
{
    const ReadAll r = readAll(ingestFixture(u"formats/4cat_xiaohongshu_rows.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.perFormat.value(u"4cat-csv-xiaohongshu"_s), 2);
    // A search-result row has no time at all (4CAT leaves it empty): rejected, named.
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.rejects[0].field, u"unix_timestamp"_s);
    QCOMPARE(report.rejects[0].line, 2);
    QCOMPARE(r.posts.size(), size_t(1));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"xiaohongshu"_s);
    QCOMPARE(p.createdAtMs, 1771843200000);
    QCOMPARE(p.likes, 100000);
    QCOMPARE(p.rawCounts.value(0).raw, u"10万+"_s);
    QCOMPARE(p.hashtags, (QStringList{u"抹茶拿铁"_s, u"杭州探店"_s}));
    QVERIFY(!p.views);
    QVERIFY(p.text.startsWith(u"杭州抹茶拿铁天花板"_s));
}

void TestFourCatReaders::douyinInstagramXCsv()
{
    const ReadAll douyin = readAll(ingestFixture(u"formats/4cat_douyin.csv"_s));
    QVERIFY(douyin.report.ok());
    QCOMPARE(douyin.report.value().perFormat.value(u"4cat-csv-douyin"_s), 1);
    QCOMPARE(douyin.posts.size(), size_t(1));
    QCOMPARE(douyin.posts[0].likes, 56000);
    QCOMPARE(douyin.posts[0].createdAtMs, 1772001000000);
    QCOMPARE(douyin.posts[0].creatorId, u"98765432101"_s);
    QVERIFY(!douyin.posts[0].views); // play_count 0 on web: unknown

    const ReadAll ig = readAll(ingestFixture(u"formats/4cat_instagram.csv"_s));
    QVERIFY(ig.report.ok());
    QCOMPARE(ig.report.value().perFormat.value(u"4cat-csv-instagram"_s), 1);
    QCOMPARE(ig.posts.size(), size_t(1));
    QCOMPARE(ig.posts[0].likes, 9120);
    QCOMPARE(ig.posts[0].createdAtMs, 1771990000000);
    QVERIFY(!ig.posts[0].views);

    const ReadAll x = readAll(ingestFixture(u"formats/4cat_x.csv"_s));
    QVERIFY(x.report.ok());
    QCOMPARE(x.report.value().perFormat.value(u"4cat-csv-x"_s), 1);
    QCOMPARE(x.posts.size(), size_t(1));
    QCOMPARE(x.posts[0].platform, u"x"_s);
    QCOMPARE(x.posts[0].postId, u"1894567890123456789"_s);
    QCOMPARE(x.posts[0].shares, 145);
    QCOMPARE(x.posts[0].views, std::optional<qint64>(48213));
    QCOMPARE(x.posts[0].createdAtMs, 1772037730000);
}

void TestFourCatReaders::customCsv()
{
    const ReadAll r = readAll(ingestFixture(u"formats/4cat_custom.csv"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(r.report.value().format, u"4cat-csv"_s);
    QCOMPARE(r.report.value().perFormat.value(u"4cat-csv-custom"_s), 2);
    QCOMPARE(r.posts.size(), size_t(1));
    QCOMPARE(r.posts[0].platform, u"other"_s);
    QCOMPARE(r.posts[0].createdAtMs, 1772013600000); // naive, read in UTC by default
    QCOMPARE(r.posts[0].hashtags, QStringList{u"matcha"_s});
    QCOMPARE(r.report.value().rejects.value(0).field, u"author"_s);
}

QTEST_GUILESS_MAIN(TestFourCatReaders)
#include "tst_fourcatreaders.moc"
