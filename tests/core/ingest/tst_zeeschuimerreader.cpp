#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

namespace {

const Post *find(const std::vector<Post> &posts, const QString &id, qsizetype nth = 0)
{
    for (const Post &p : posts) {
        if (p.postId == id && nth-- == 0)
            return &p;
    }
    return nullptr;
}

QString rejectsOf(const ImportReport &report)
{
    QStringList out;
    for (const RejectedRecord &r : report.rejects)
        out.append(r.toString());
    return out.join(u'\n');
}

} // namespace

/// Zeeschuimer NDJSON (formats README §1–2) with the awkward cases of real captures.
class TestZeeschuimerReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiktokExample();
    void tiktokAwkwardCases();
    void xiaohongshuShapes();
    void douyinShapes();
    void instagramAndX();
    void firstLineLongerThanTheHead();
    void commentsModuleIsNotPosts();
};

void TestZeeschuimerReader::tiktokExample()
{
    const ReadAll r = readAll(ingestFixture(u"formats/examples/zeeschuimer_tiktok.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(r.report.value().format, u"zeeschuimer-ndjson"_s);
    QCOMPARE(r.report.value().perFormat.value(u"zeeschuimer-tiktok"_s), 1);
    QCOMPARE(r.posts.size(), size_t(1));
    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"tiktok"_s);
    QCOMPARE(p.postId, u"7475123456789012345"_s);
    QCOMPARE(p.creatorId, u"6801234567890123456"_s);
    QCOMPARE(p.creatorName, u"leafandfoam"_s);
    QCOMPARE(p.hashtags, (QStringList{u"matchalatte"_s, u"icedmatcha"_s, u"cafetok"_s}));
    QCOMPARE(p.createdAtMs, 1772015400000);
    QCOMPARE(p.likes, 18400);
    QCOMPARE(p.comments, 341);
    QCOMPARE(p.shares, 612);
    QCOMPARE(p.saves, 2210); // "2210" as a string
    QCOMPARE(p.views, std::optional<qint64>(402100));
    QCOMPARE(p.region, u"GB"_s);
    QCOMPARE(p.language, u"en"_s);
    QCOMPARE(p.url, u"https://www.tiktok.com/@leafandfoam/video/7475123456789012345"_s);
    QCOMPARE(p.firstSeenMs, std::optional<qint64>(1772102400123));
    QCOMPARE(p.capturedAtMs, std::optional<qint64>(1772102400123));
}

void TestZeeschuimerReader::tiktokAwkwardCases()
{
    const ReadAll r = readAll(ingestFixture(u"formats/zeeschuimer_tiktok_awkward.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.read, 5);
    QCOMPARE(report.accepted, 3);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(report.comments, 1); // the `tiktok-comments` line: a comment, not a post
    QCOMPARE(report.perFormat.value(u"zeeschuimer-tiktok"_s), 4);

    // The same post twice: the newer snapshot (last_updated) comes first in the file, the older
    // one later. Both go to storage, which keeps the newer counters by capturedAtMs and the
    // earliest first-seen.
    const Post *newer = find(r.posts, u"7475123456789012345"_s, 0);
    const Post *older = find(r.posts, u"7475123456789012345"_s, 1);
    QVERIFY(newer && older);
    QCOMPARE(newer->likes, 20100);
    QCOMPARE(newer->capturedAtMs, std::optional<qint64>(1772188800000));
    QCOMPARE(older->likes, 900);
    QCOMPARE(older->capturedAtMs, std::optional<qint64>(1772016000000));
    QCOMPARE(older->firstSeenMs, std::optional<qint64>(1772016000000));

    // Empty textExtra with tags in the text, a string createTime, statsV2 strings only, the
    // embedded shape's plain-string author.
    const Post *plain = find(r.posts, u"7475123456789099999"_s);
    QVERIFY(plain);
    QCOMPARE(plain->hashtags, (QStringList{u"cloudmatcha"_s, u"抹茶"_s}));
    QCOMPARE(plain->createdAtMs, 1772020000000);
    QCOMPARE(plain->likes, 12000);
    QCOMPARE(plain->saves, 100000);
    QCOMPARE(plain->creatorId, u"leafandfoam"_s);
    bool lowerBound = false;
    for (const RawCount &raw : plain->rawCounts) {
        if (raw.field == u"saves"_s) {
            QCOMPARE(raw.raw, u"10万+"_s);
            lowerBound = raw.lowerBound;
        }
    }
    QVERIFY(lowerBound);

    // Broken JSON, a missing createTime: file, line and field.
    QCOMPARE(report.rejects.size(), 2);
    QCOMPARE(report.rejects[0].line, 3);
    QVERIFY(report.rejects[0].reason.contains(u"JSON"_s));
    QCOMPARE(report.rejects[1].line, 5);
    QCOMPARE(report.rejects[1].field, u"createTime"_s);
    QCOMPARE(report.rejects[1].reason, u"required"_s);
    QVERIFY(report.rejects[1].file.endsWith(u"zeeschuimer_tiktok_awkward.ndjson"_s));
}

void TestZeeschuimerReader::xiaohongshuShapes()
{
    const ReadAll r = readAll(ingestFixture(u"formats/zeeschuimer_xiaohongshu_shapes.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QVERIFY2(report.accepted == 4, qPrintable(rejectsOf(report)));
    QCOMPARE(report.perFormat.value(u"zeeschuimer-xiaohongshu-search"_s), 2);
    QCOMPARE(report.perFormat.value(u"zeeschuimer-xiaohongshu-note"_s), 1);
    QCOMPARE(report.perFormat.value(u"zeeschuimer-xiaohongshu-api"_s), 1);
    QCOMPARE(report.perFormat.value(u"zeeschuimer-xiaohongshu-tile"_s), 1);
    QCOMPARE(report.approximateTimes, 2);
    QCOMPARE(report.unknownViews, 4); // Xiaohongshu shows no views: unknown, not 0

    // Search item: "3天前" against timestamp_collected, day precision, flagged approximate.
    const Post *search = find(r.posts, u"67b8e1f2000000002903a7c1"_s, 0);
    QVERIFY(search);
    QVERIFY(search->approximateTime);
    QVERIFY(qAbs(search->createdAtMs - (1772102400123 - 3 * 86400000LL)) <= 86400000LL);
    QCOMPARE(search->likes, 12000);
    QCOMPARE(search->shares, 88); // shared_count in search results
    QVERIFY(search->url.contains(u"xsec_token=ABdemoXsecTokenSearch"_s));
    QVERIFY(!search->views);

    const Post *capped = find(r.posts, u"67b8e1f2000000002903a7c2"_s);
    QVERIFY(capped);
    QCOMPARE(capped->likes, 100000);
    QVERIFY(capped->approximateTime); // 刚刚
    QCOMPARE(capped->rawCounts.value(0).raw, u"10万+"_s);
    QVERIFY(capped->rawCounts.value(0).lowerBound);

    // Post page: tags from tagList and the text, province to CN-ZJ, ms time, title + desc.
    const Post *note = find(r.posts, u"67b8e1f2000000002903a7c1"_s, 1);
    QVERIFY(note);
    QVERIFY(!note->approximateTime);
    QCOMPARE(note->createdAtMs, 1771843200000);
    QCOMPARE(note->hashtags, (QStringList{u"抹茶拿铁"_s, u"杭州探店"_s, u"云朵奶盖"_s}));
    QCOMPARE(note->region, u"CN-ZJ"_s);
    QCOMPARE(note->creatorId, u"5f1a2b3c000000000101d4e5"_s);
    QVERIFY(note->text.startsWith(u"杭州抹茶拿铁天花板"_s));
    QVERIFY(note->text.contains(u"[偷笑R]"_s));
    QCOMPARE(note->saves, 3456);

    // API JSON: only topic tags from tag_list, plus the text's; "3.4w", "1千"; 上海 → CN-SH.
    const Post *api = find(r.posts, u"67b8e1f2000000002903a7c3"_s);
    QVERIFY(api);
    QCOMPARE(api->hashtags, (QStringList{u"抹茶拿铁"_s, u"上海探店"_s}));
    QCOMPARE(api->likes, 34000);
    QCOMPARE(api->saves, 1000);
    QCOMPARE(api->region, u"CN-SH"_s);

    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].line, 5);
    QCOMPARE(report.rejects[0].field, u"note_card"_s);
}

void TestZeeschuimerReader::douyinShapes()
{
    const ReadAll r = readAll(ingestFixture(u"formats/zeeschuimer_douyin_shapes.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QVERIFY2(report.accepted == 2, qPrintable(rejectsOf(report)));
    QCOMPARE(report.perFormat.value(u"zeeschuimer-douyin-api"_s), 1);
    QCOMPARE(report.perFormat.value(u"zeeschuimer-douyin-embed"_s), 1);
    QCOMPARE(report.unknownViews, 2); // web play_count 0 is unknown

    const Post &api = r.posts[0];
    QCOMPARE(api.platform, u"douyin"_s);
    QCOMPARE(api.postId, u"7475987654321098765"_s);
    QCOMPARE(api.creatorId, u"98765432101"_s);
    QCOMPARE(api.hashtags, (QStringList{u"抹茶拿铁"_s, u"咖啡教程"_s, u"居家咖啡"_s}));
    QCOMPARE(api.createdAtMs, 1772001000000);
    QCOMPARE(api.likes, 56230);
    QCOMPARE(api.saves, 9870);
    QVERIFY(!api.views);
    QCOMPARE(api.region, u"CN"_s);

    const Post &embed = r.posts[1];
    QCOMPARE(embed.postId, u"7475987654321011111"_s);
    QCOMPARE(embed.creatorId, u"98765432102"_s);
    QCOMPARE(embed.hashtags, (QStringList{u"抹茶"_s, u"夏天"_s}));
    QCOMPARE(embed.likes, 56000);
    QCOMPARE(embed.region, u"CN-ZJ"_s);
    QVERIFY(!embed.views);
}

void TestZeeschuimerReader::instagramAndX()
{
    const ReadAll r = readAll(ingestFixture(u"formats/zeeschuimer_instagram_x.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QVERIFY2(report.accepted == 4, qPrintable(rejectsOf(report)));
    QCOMPARE(report.perFormat.value(u"zeeschuimer-instagram"_s), 3);
    QCOMPARE(report.perFormat.value(u"zeeschuimer-x"_s), 3);

    const Post *ig = find(r.posts, u"DGt4mAtChA1"_s);
    QVERIFY(ig);
    QCOMPARE(ig->creatorId, u"51234567890"_s);
    QCOMPARE(ig->creatorName, u"greenfoam.studio"_s);
    QCOMPARE(ig->hashtags, (QStringList{u"matchalatte"_s, u"matcharecipe"_s, u"cafeathome"_s}));
    QCOMPARE(ig->createdAtMs, 1771990000000);
    QCOMPARE(ig->likes, 9120);
    QCOMPARE(ig->views, std::optional<qint64>(211400));
    QCOMPARE(ig->region, u"GB"_s);
    QCOMPARE(ig->url, u"https://www.instagram.com/p/DGt4mAtChA1/"_s);
    const Post *igNoViews = find(r.posts, u"DGt4mAtChA2"_s);
    QVERIFY(igNoViews);
    QVERIFY(!igNoViews->views);
    QVERIFY(igNoViews->region.isEmpty());

    const Post *x = find(r.posts, u"1894567890123456789"_s);
    QVERIFY(x);
    QCOMPARE(x->platform, u"x"_s);
    QCOMPARE(x->creatorId, u"1234567890"_s);
    QCOMPARE(x->creatorName, u"matchawatch"_s);
    QCOMPARE(x->createdAtMs, 1772037730000); // Wed Feb 25 16:42:10 +0000 2026
    QCOMPARE(x->likes, 734);
    QCOMPARE(x->comments, 41);
    QCOMPARE(x->shares, 145); // retweets + quotes
    QCOMPARE(x->saves, 95);
    QCOMPARE(x->views, std::optional<qint64>(48213));
    QCOMPARE(x->hashtags, (QStringList{u"matchalatte"_s, u"cloudmatcha"_s}));
    QCOMPARE(x->url, u"https://x.com/matchawatch/status/1894567890123456789"_s);
    const Post *wrapped = find(r.posts, u"1894567890123456790"_s);
    QVERIFY(wrapped);
    QCOMPARE(wrapped->creatorName, u"matchawatch"_s);
    QVERIFY(!wrapped->views); // old tweets have no views

    // A partial Instagram grid item has no time; an X item without rest_id is never read from
    // the numeric id, which Zeeschuimer may have rounded.
    QCOMPARE(report.rejects.size(), 2);
    QCOMPARE(report.rejects[0].field, u"taken_at"_s);
    QCOMPARE(report.rejects[1].field, u"rest_id"_s);
    QCOMPARE(report.rejects[1].line, 5);
}

void TestZeeschuimerReader::firstLineLongerThanTheHead()
{
    QFile example(ingestFixture(u"formats/examples/zeeschuimer_tiktok.ndjson"_s));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QByteArray line = example.readAll().trimmed();
    // A 100 KB caption: the first line no longer fits the 64 KiB sniffing head.
    // Escaped quotes and backslashes too, which the line pruning must step over.
    line.replace("\"desc\": \"", QByteArray("\"desc\": \"say \\\"hi\\\" \\\\\\\" " + QByteArray(100'000, 'a') + ' '));
    QTemporaryDir dir;
    QFile file(dir.filePath(u"long"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(line + '\n' + line + '\n');
    file.close();
    const ReadAll r = readAll(file.fileName());
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(r.report.value().format, u"zeeschuimer-ndjson"_s);
    QCOMPARE(r.report.value().accepted, 2);
    QCOMPARE(r.posts[0].hashtags, (QStringList{u"matchalatte"_s, u"icedmatcha"_s, u"cafetok"_s}));
    QVERIFY(r.posts[0].text.startsWith(u"say \"hi\" \\\" a"_s));
}

void TestZeeschuimerReader::commentsModuleIsNotPosts()
{
    // Zeeschuimer's `tiktok-comments` module: comments of one video, counted and not imported
    // (they used to be rejected as an unsupported platform).
    const ReadAll r = readAll(ingestFixture(u"formats/zeeschuimer_tiktok_comments.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"zeeschuimer-ndjson"_s);
    QCOMPARE(r.posts.size(), size_t(0));
    QCOMPARE(report.read, 0);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.comments, 3);
    QCOMPARE(report.commentedPosts, 1);
    QCOMPARE(report.commentsNote(), u"3 comments of 1 post: comments are not imported"_s);
}

QTEST_GUILESS_MAIN(TestZeeschuimerReader)
#include "tst_zeeschuimerreader.moc"
