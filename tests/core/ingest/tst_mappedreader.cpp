#include <QBuffer>
#include <QTest>

#include "core/ingest/readfile.h"

using namespace Qt::StringLiterals;

/// Files no known reader claims, read through a column mapping (MappedReader + ColumnMapper).
class TestMappedReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWithMapping();
    void jsonNestedAndDotted();
    void withoutMappingAsksForOne();
    void savedMappingIsFoundByColumns();
    void platformMustBeSaidSomewhere();
    void nativeFilesStayNative();
    void badRowsNameLineFieldAndReason();
    void scientificIdsAreRepairedOrRejected();
    void platformOptionServesNativeFiles();
};

namespace {

struct Read
{
    Result<ImportReport> report = Error{};
    std::vector<Post> posts;
};

Read readBytes(QByteArray bytes, const QString &name, const IngestOptions &options)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Read out;
    out.report = readDevice(buffer, name, options, [&out](std::vector<Post> &&batch) -> Status {
        for (Post &p : batch)
            out.posts.push_back(std::move(p));
        return Ok{};
    });
    return out;
}

std::shared_ptr<const ColumnMapping> mappingOf(QMap<QString, QString> fields, QString platform = {})
{
    ColumnMapping m;
    m.fields = std::move(fields);
    m.platform = std::move(platform);
    return std::make_shared<const ColumnMapping>(std::move(m));
}

const QByteArray kScraperCsv =
    "vid_id,vid_caption,vid_postTime,vid_nlike,vid_nview,vid_url,author,tags/0,tags/1\n"
    "7268712345678901234,matcha time #latte,2024-06-09 13:03:00,541.2K,1.2万,"
    "https://www.tiktok.com/@mia/video/7268712345678901234,mia,matcha,OatMilk\n"
    ",no id column value,2024-06-09 14:00:00,3,,https://www.tiktok.com/@leo/video/7268712345678901299,leo,,\n";

} // namespace

void TestMappedReader::csvWithMapping()
{
    IngestOptions options;
    options.mapping = mappingOf({{u"post_id"_s, u"vid_id"_s},
                                 {u"text"_s, u"vid_caption"_s},
                                 {u"created_at"_s, u"vid_postTime"_s},
                                 {u"likes"_s, u"vid_nlike"_s},
                                 {u"views"_s, u"vid_nview"_s},
                                 {u"url"_s, u"vid_url"_s},
                                 {u"creator_name"_s, u"author"_s},
                                 {u"hashtags"_s, u"tags/*"_s}});
    const Read r = readBytes(kScraperCsv, u"scraper.csv"_s, options);
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(r.report.value().format, u"mapped"_s);
    QCOMPARE(r.report.value().mapping, u"given"_s);
    QCOMPARE(r.report.value().accepted, 2);
    const Post &first = r.posts[0];
    QCOMPARE(first.platform, u"tiktok"_s); // from the URL's host
    QCOMPARE(first.postId, u"7268712345678901234"_s);
    QCOMPARE(first.creatorId, u"mia"_s); // the name stands in for the id
    QCOMPARE(first.creatorName, u"mia"_s);
    QCOMPARE(first.likes, 541200);
    QCOMPARE(first.views, std::optional<qint64>(12000));
    QCOMPARE(first.createdAtMs, QDateTime(QDate(2024, 6, 9), QTime(13, 3), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(first.hashtags, (QStringList{u"matcha"_s, u"oatmilk"_s, u"latte"_s}));
    const Post &second = r.posts[1];
    QCOMPARE(second.postId, u"7268712345678901299"_s); // taken from the URL
    QVERIFY(!second.views.has_value());
}

void TestMappedReader::jsonNestedAndDotted()
{
    IngestOptions options;
    options.mapping = mappingOf({{u"post_id"_s, u"id"_s},
                                 {u"creator_id"_s, u"authorMeta.name"_s},
                                 {u"text"_s, u"text"_s},
                                 {u"created_at"_s, u"createTime"_s},
                                 {u"likes"_s, u"stats.diggCount"_s},
                                 {u"hashtags"_s, u"hashtags.*.name"_s}},
                                u"tiktok"_s);
    // One record nested, one with dotted keys: both read as the same key paths.
    const QByteArray jsonl = "{\"id\":\"1\",\"text\":\"a\",\"createTime\":1717236000,\"authorMeta\":{\"name\":\"mia\"},"
                             "\"stats\":{\"diggCount\":7},\"hashtags\":[{\"name\":\"Matcha\"},{\"name\":\"tea\"}]}\n"
                             "{\"id\":2,\"text\":\"b\",\"createTime\":1717236001,\"authorMeta.name\":\"leo\","
                             "\"stats.diggCount\":\"1.5k\"}\n";
    const Read r = readBytes(jsonl, u"apify.jsonl"_s, options);
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(r.report.value().accepted, 2);
    QCOMPARE(r.posts[0].creatorId, u"mia"_s);
    QCOMPARE(r.posts[0].likes, 7);
    QCOMPARE(r.posts[0].hashtags, (QStringList{u"matcha"_s, u"tea"_s}));
    QCOMPARE(r.posts[0].platform, u"tiktok"_s);
    QCOMPARE(r.posts[1].postId, u"2"_s);
    QCOMPARE(r.posts[1].creatorId, u"leo"_s);
    QCOMPARE(r.posts[1].likes, 1500);

    // A JSON array of the same records.
    const QByteArray array = "[{\"id\":\"3\",\"createTime\":1717236000,\"authorMeta\":{\"name\":\"zoe\"}}]";
    const Read a = readBytes(array, u"apify.json"_s, options);
    QVERIFY(a.report.ok());
    QCOMPARE(a.posts.size(), size_t(1));
    QCOMPARE(a.posts[0].creatorId, u"zoe"_s);
}

void TestMappedReader::withoutMappingAsksForOne()
{
    const Read r = readBytes(kScraperCsv, u"scraper.csv"_s, IngestOptions{});
    QVERIFY(!r.report.ok());
    QCOMPARE(r.report.error().code, u"needs_mapping"_s);
    QVERIFY(r.report.error().message.contains(u"--suggest-mapping"_s));
}

void TestMappedReader::savedMappingIsFoundByColumns()
{
    IngestOptions options;
    QStringList asked;
    options.findMapping = [&asked](const QStringList &columns) -> std::optional<ColumnMapping> {
        asked = columns;
        ColumnMapping m;
        m.name = u"my scraper"_s;
        m.fields = {{u"post_id"_s, u"vid_id"_s}, {u"creator_name"_s, u"author"_s},
                    {u"created_at"_s, u"vid_postTime"_s}, {u"url"_s, u"vid_url"_s}};
        return m;
    };
    const Read r = readBytes(kScraperCsv, u"scraper.csv"_s, options);
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    QCOMPARE(asked.first(), u"vid_id"_s);
    QCOMPARE(r.report.value().mapping, u"my scraper"_s);
    QCOMPARE(r.report.value().accepted, 2);
}

void TestMappedReader::platformMustBeSaidSomewhere()
{
    const QByteArray csv = "微博作者,微博内容,发布时间,id\n小李,你好,2024-06-09 13:03,4990000000000001\n";
    IngestOptions options;
    options.mapping = mappingOf({{u"creator_name"_s, u"微博作者"_s}, {u"text"_s, u"微博内容"_s},
                                 {u"created_at"_s, u"发布时间"_s}, {u"post_id"_s, u"id"_s}});
    const Read refused = readBytes(csv, u"weibo.csv"_s, options);
    QVERIFY(!refused.report.ok());
    QCOMPARE(refused.report.error().code, u"needs_platform"_s);
    QVERIFY(refused.report.error().message.contains(u"--platform"_s));

    options.platform = u"weibo"_s;
    const Read given = readBytes(csv, u"weibo.csv"_s, options);
    QVERIFY(given.report.ok());
    QCOMPARE(given.posts.at(0).platform, u"weibo"_s);
    QCOMPARE(given.posts.at(0).postId, u"4990000000000001"_s);
}

void TestMappedReader::nativeFilesStayNative()
{
    const QByteArray native = "platform,post_id,creator_id,created_at\ntiktok,1,a,2024-06-01T00:00:00Z\n";
    const Read r = readBytes(native, u"posts.csv"_s, IngestOptions{});
    QVERIFY(r.report.ok());
    QCOMPARE(r.report.value().format, u"native-csv"_s);
    const QByteArray ndjson = "{\"platform\":\"x\",\"post_id\":\"1\",\"creator_id\":\"a\",\"created_at\":1717236000}\n";
    QCOMPARE(readBytes(ndjson, u"p.ndjson"_s, IngestOptions{}).report.value().format, u"native-ndjson"_s);
}

void TestMappedReader::badRowsNameLineFieldAndReason()
{
    IngestOptions options;
    options.mapping = mappingOf({{u"post_id"_s, u"vid_id"_s}, {u"creator_name"_s, u"author"_s},
                                 {u"created_at"_s, u"when"_s}, {u"likes"_s, u"n"_s}},
                                u"tiktok"_s);
    const QByteArray csv = "vid_id,author,when,n\n1,a,2024-06-01 10:00,3\n2,b,yesterday-ish,4\n3,c,2024-06-01 10:00,-5\n"
                           "4,d,2024-06-01 10:00\n";
    const Read r = readBytes(csv, u"bad.csv"_s, options);
    QVERIFY(r.report.ok());
    const ImportReport &report = r.report.value();
    QCOMPARE(report.accepted, 1);
    QCOMPARE(report.rejected, 3);
    QCOMPARE(report.rejects[0].line, 3);
    QCOMPARE(report.rejects[0].field, u"created_at"_s);
    QCOMPARE(report.rejects[1].line, 4);
    QCOMPARE(report.rejects[1].field, u"likes"_s);
    QVERIFY(report.rejects[1].reason.contains(u"negative"_s));
    QCOMPARE(report.rejects[2].line, 5);
    QVERIFY(report.rejects[2].reason.contains(u"expected 4 fields"_s));

    // A mapping naming a column the file lacks fails the file, naming the field and the column.
    IngestOptions wrong;
    wrong.mapping = mappingOf({{u"post_id"_s, u"nope"_s}}, u"x"_s);
    const Read w = readBytes(csv, u"bad.csv"_s, wrong);
    QVERIFY(!w.report.ok());
    QVERIFY2(w.report.error().message.contains(u"post_id: the file has no column \"nope\""_s),
             qPrintable(w.report.error().message));
}

void TestMappedReader::scientificIdsAreRepairedOrRejected()
{
    // A spreadsheet wrote the ids as 7.2687E+18: the URL holds them whole; without it, reject.
    const QByteArray csv = "id,author,date,link\n"
                           "7.26871E+18,mia,2024-06-01 10:00,https://www.tiktok.com/@mia/video/7268712345678901234\n"
                           "7.26871E+18,leo,2024-06-01 10:00,https://www.tiktok.com/@leo/video/7268712345678901299\n"
                           "\"5,04334E+15\",zoe,2024-06-01 10:00,\n";
    IngestOptions options;
    options.mapping = mappingOf({{u"post_id"_s, u"id"_s}, {u"creator_id"_s, u"author"_s},
                                 {u"created_at"_s, u"date"_s}, {u"url"_s, u"link"_s}},
                                u"tiktok"_s);
    const Read r = readBytes(csv, u"excel.csv"_s, options);
    QVERIFY(r.report.ok());
    QCOMPARE(r.posts.size(), size_t(2));
    QCOMPARE(r.posts[0].postId, u"7268712345678901234"_s);
    QCOMPARE(r.posts[1].postId, u"7268712345678901299"_s); // two posts, two ids
    QCOMPARE(r.report.value().rejected, 1);
    const RejectedRecord &reject = r.report.value().rejects.at(0);
    QCOMPARE(reject.line, 4);
    QCOMPARE(reject.field, u"post_id"_s);
    QVERIFY2(reject.reason.contains(u"scientific notation"_s), qPrintable(reject.reason));

    // The native CSV reader obeys the same rule (one function in NativePostMapper).
    const QByteArray native = "platform,post_id,creator_id,created_at,url\n"
                              "tiktok,7.26871E+18,a,2024-06-01T00:00:00Z,https://www.tiktok.com/@a/video/7268712345678901234\n"
                              "tiktok,7.26871E+18,b,2024-06-01T00:00:00Z,\n";
    const Read n = readBytes(native, u"native.csv"_s, IngestOptions{});
    QVERIFY(n.report.ok());
    QCOMPARE(n.posts.size(), size_t(1));
    QCOMPARE(n.posts[0].postId, u"7268712345678901234"_s);
    QCOMPARE(n.report.value().rejects.at(0).field, u"post_id"_s);
}

void TestMappedReader::platformOptionServesNativeFiles()
{
    // A native CSV without a platform column: every row needs --platform, which fills it.
    const QByteArray csv = "post_id,creator_id,created_at\n1,a,2024-06-01T00:00:00Z\n";
    const Read without = readBytes(csv, u"p.csv"_s, IngestOptions{});
    QVERIFY(without.report.ok());
    QCOMPARE(without.report.value().rejected, 1);
    QCOMPARE(without.report.value().rejects[0].field, u"platform"_s);
    QCOMPARE(without.report.value().rejects[0].reason, u"required"_s);
    IngestOptions options;
    options.platform = u"douyin"_s;
    const Read with = readBytes(csv, u"p.csv"_s, options);
    QCOMPARE(with.report.value().accepted, 1);
    QCOMPARE(with.posts[0].platform, u"douyin"_s);
}

QTEST_GUILESS_MAIN(TestMappedReader)
#include "tst_mappedreader.moc"
