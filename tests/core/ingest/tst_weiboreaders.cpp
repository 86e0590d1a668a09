#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/formats/weibotext.h"
#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kCapture = 1704427200000; // 2024-01-05 12:00 in Beijing
}

/// Weibo sources (formats README §2f): Bazhuayu CSV exports (4CAT's `import_bzy_weibo`) and the
/// web API's mblogs (pages, cards, lines).
class TestWeiboReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bazhuayuCsv();
    void bazhuayuYearFromFileTime();
    void bazhuayuBrokenRows();
    void mblogApiPage();
    void mblogLinesAndCards();
    void plainTextFromHtml();
};

void TestWeiboReaders::bazhuayuCsv()
{
    IngestOptions options;
    options.captureTimeMs = kCapture;
    const ReadAll r = readAll(ingestFixture(u"formats/bazhuayu_weibo.csv"_s), options);
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"bazhuayu-weibo-csv"_s);
    QCOMPARE(report.accepted, 4);
    QCOMPARE(r.posts.size(), size_t(4));

    const Post &first = r.posts[0];
    QCOMPARE(first.platform, u"weibo"_s);
    QCOMPARE(first.creatorId, u"西湖边的咖啡因"_s);
    QCOMPARE(first.creatorName, u"西湖边的咖啡因"_s);
    QVERIFY(first.postId.startsWith(u"bzy-"_s));
    QCOMPARE(first.createdAtMs, 1703322720000); // "12月23日 17:12": 2023, the capture's year lies ahead
    QVERIFY(first.approximateTime);
    QCOMPARE(first.hashtags, (QStringList{u"抹茶拿铁"_s, u"杭州探店"_s}));

    const Post &multiline = r.posts[1];
    QCOMPARE(multiline.creatorName, u"茶***么"_s);
    QCOMPARE(multiline.createdAtMs, 1703034300000); // "2023年12月20日 09:05" names its year
    QVERIFY(!multiline.approximateTime);
    QCOMPARE(multiline.hashtags, (QStringList{u"云朵抹茶新品"_s, u"抹茶拿铁"_s}));
    QVERIFY(multiline.text.contains(u'\n'));

    const Post &quoted = r.posts[2];
    QCOMPARE(quoted.createdAtMs, 1704240000000); // "01月03日 08:00": the capture's year
    QVERIFY(quoted.text.contains(u"\"冰博克\""_s));
    QVERIFY(!quoted.views); // the export has no counters: unknown, not 0

    // The same row in the file again gets the same id (storage collapses it), a different row not.
    QCOMPARE(r.posts[3].postId, first.postId);
    QVERIFY(multiline.postId != first.postId);

    QCOMPARE(report.rejects.size(), 2);
    QCOMPARE(report.rejects[0].line, 6);
    QCOMPARE(report.rejects[0].field, u"from1"_s);
    QCOMPARE(report.rejects[0].reason, u"not a time: \"昨日 17:12\""_s);
    QCOMPARE(report.rejects[1].line, 7);
    QCOMPARE(report.rejects[1].field, u"标题"_s);
    QCOMPARE(report.rejects[1].reason, u"required"_s);
}

void TestWeiboReaders::bazhuayuYearFromFileTime()
{
    // No capture time given: the year-less dates resolve against the file's modification time.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"weibo_export"_s); // no extension: sniffed from the header
    QVERIFY(QFile::copy(ingestFixture(u"formats/bazhuayu_weibo.csv"_s), copy));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::fromMSecsSinceEpoch(1735732800000, Qt::UTC), // 2025-01-01T12:00Z
                             QFileDevice::FileModificationTime));
    file.close();
    const ReadAll r = readAll(copy);
    QVERIFY(r.report.ok());
    QCOMPARE(r.report.value().format, u"bazhuayu-weibo-csv"_s);
    QCOMPARE(r.posts[0].createdAtMs, 1703322720000 + 366LL * 86'400'000); // 2024-12-23 17:12 +08
    QCOMPARE(r.posts[2].createdAtMs, 1704240000000); // "01月03日 08:00" would lie after the file: 2024
}

void TestWeiboReaders::bazhuayuBrokenRows()
{
    IngestOptions options;
    options.captureTimeMs = kCapture;
    const ReadAll r = readAll(ingestFixture(u"formats/bazhuayu_weibo_broken.csv"_s), options);
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.accepted, 1);
    QCOMPARE(report.rejects.size(), 2);
    QCOMPARE(report.rejects[0].line, 3);
    QCOMPARE(report.rejects[0].reason, u"expected 4 fields as in the header, found 5"_s);
    QCOMPARE(report.rejects[1].line, 4);
}

void TestWeiboReaders::mblogApiPage()
{
    const ReadAll r = readAll(ingestFixture(u"formats/weibo_mblog_list.json"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"weibo-mblog-json"_s);
    QCOMPARE(report.accepted, 2);

    const Post &p = r.posts[0];
    QCOMPARE(p.platform, u"weibo"_s);
    QCOMPARE(p.postId, u"4982345678901234567"_s); // 19 digits, from idstr, exact
    QCOMPARE(p.creatorId, u"6012345678"_s);       // user.id is a number
    QCOMPARE(p.creatorName, u"西湖边的咖啡因"_s);
    QCOMPARE(p.createdAtMs, 1703322774000); // "Sat Dec 23 17:12:54 +0800 2023"
    QVERIFY(!p.approximateTime);
    QCOMPARE(p.text, u"今天的云朵抹茶拿铁 \"真的\" 排了40分钟\n#抹茶拿铁# #杭州 探店# [笑cry] & 好喝"_s);
    QCOMPARE(p.hashtags, (QStringList{u"抹茶拿铁"_s, u"杭州探店"_s}));
    QCOMPARE(p.shares, 12000);  // "1.2万"
    QCOMPARE(p.likes, 1000000); // "100万+", kept as a lower bound
    QCOMPARE(p.comments, 964);
    QVERIFY(!p.views);
    QCOMPARE(p.region, u"CN-ZJ"_s); // "发布于 浙江"
    QCOMPARE(p.url, u"https://weibo.com/6012345678/NxQ2aBcDe"_s);
    bool lowerBound = false;
    for (const RawCount &raw : p.rawCounts)
        lowerBound = lowerBound || (raw.field == u"likes"_s && raw.raw == u"100万+"_s && raw.lowerBound);
    QVERIFY(lowerBound);

    const Post &q = r.posts[1];
    QCOMPARE(q.text, u"@茶***么 同款 #云朵抹茶#"_s); // text_raw wins over the HTML
    QCOMPARE(q.hashtags, (QStringList{u"冬日饮品"_s, u"云朵抹茶"_s}));
    QCOMPARE(q.region, u"US"_s);

    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects[0].line, 1);
    QCOMPARE(report.rejects[0].index, 2);
    QCOMPARE(report.rejects[0].field, u"created_at"_s);
    QCOMPARE(report.rejects[0].reason, u"required"_s);
}

void TestWeiboReaders::mblogLinesAndCards()
{
    const ReadAll r = readAll(ingestFixture(u"formats/weibo_mblogs.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"weibo-mblog-json"_s);
    QCOMPARE(report.accepted, 3);
    QCOMPARE(r.posts[0].hashtags, (QStringList{u"冬日饮品"_s, u"圣诞限定"_s})); // topic_struct, then the text
    QCOMPARE(r.posts[1].postId, u"4982345678901234567"_s);                       // a card's mblog
    QCOMPARE(r.posts[2].postId, u"4982500000000003"_s);                          // inside a card_group
    QCOMPARE(r.posts[2].createdAtMs, 1703584800000);                             // +0000
    QCOMPARE(r.posts[2].region, u"GB"_s);

    QCOMPARE(report.rejects.size(), 3);
    QCOMPARE(report.rejects[0].line, 3); // cut-off JSON
    QVERIFY(report.rejects[0].reason.startsWith(u"not valid JSON"_s));
    QCOMPARE(report.rejects[1].line, 4);
    QCOMPARE(report.rejects[1].field, u"created_at"_s);
    QCOMPARE(report.rejects[1].reason, u"day name Sun does not match the date in \"Sun Dec 25 08:00:00 +0800 2023\""_s);
    QCOMPARE(report.rejects[2].line, 6);
    QCOMPARE(report.rejects[2].reason, u"not a JSON object"_s);
}

void TestWeiboReaders::plainTextFromHtml()
{
    QCOMPARE(weiboPlainText(u"a<br/>b<br />c &lt;3 &#x1F375; &#39;x&#39; &bogus; 1 < 2"_s),
             u"a\nb\nc <3 🍵 'x' &bogus; 1 < 2"_s);
    QCOMPARE(weiboPlainText(u"<a href='/n/x'>@x</a><img alt=[doge] src=x.png>"_s), u"@x[doge]"_s);
}

QTEST_GUILESS_MAIN(TestWeiboReaders)
#include "tst_weiboreaders.moc"
