#include <QTest>

#include "tests/core/ingest/readall.h"

using namespace Qt::StringLiterals;

class TestNativeNdjsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFile();
    void brokenFileKeepsGoodLines();
};

void TestNativeNdjsonReader::goodFile()
{
    const ReadAll r = readAll(ingestFixture(u"native_good.ndjson"_s));
    QVERIFY2(r.report.ok(), qPrintable(r.report.ok() ? QString() : r.report.error().message));
    const ImportReport &report = r.report.value();
    QCOMPARE(report.format, u"native-ndjson"_s);
    QCOMPARE(report.read, 6);
    QCOMPARE(report.accepted, 6);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.unknownViews, 4);
    QCOMPARE(report.perFormat.value(u"native-ndjson"_s), 6);
    QCOMPARE(r.posts.size(), size_t(6));

    const Post &xhs = r.posts[0];
    QCOMPARE(xhs.platform, u"xiaohongshu"_s);
    QCOMPARE(xhs.hashtags, (QStringList{u"抹茶拿铁"_s, u"周末探店"_s}));
    QCOMPARE(xhs.likes, 12000);
    QCOMPARE(xhs.shares, 100000);
    QCOMPARE(xhs.createdAtMs, 1717000000123); // epoch ms
    QCOMPARE(xhs.region, u"CN-ZJ"_s);

    const Post &tiktok = r.posts[1];
    QCOMPARE(tiktok.hashtags, (QStringList{u"matchalatte"_s, u"抹茶"_s, u"matcha🍵"_s, u"fyp"_s}));
    QCOMPARE(tiktok.createdAtMs, 1717201800000); // +08:00 offset
    QCOMPARE(tiktok.views, std::optional<qint64>(2100000));

    const Post &rednote = r.posts[2];
    QCOMPARE(rednote.platform, u"xiaohongshu"_s);
    QCOMPARE(rednote.hashtags, QStringList{u"matchalatte"_s});
    QCOMPARE(rednote.likes, 34000);
    QCOMPARE(rednote.createdAtMs, 1717243200000); // naive, default zone UTC
    QCOMPARE(rednote.region, u"CN-GX"_s);

    QCOMPARE(r.posts[3].platform, u"x"_s);
    QCOMPARE(r.posts[3].postId, u"1798000000000000001"_s);
    QCOMPARE(r.posts[3].likes, 1234);

    const Post &douyin = r.posts[4];
    QCOMPARE(douyin.hashtags, (QStringList{u"冰美式"_s, u"夏日"_s, u"抹茶"_s}));
    QCOMPARE(douyin.likes, 100000000);
    QCOMPARE(douyin.createdAtMs, 1717200000000); // epoch seconds
    QCOMPARE(douyin.region, u"US"_s);

    const Post &weibo = r.posts[5];
    QCOMPARE(weibo.hashtags, QStringList{u"抹茶拿铁"_s}); // Weibo's paired #…# topic
    QCOMPARE(weibo.createdAtMs, 1717319730250);
    QCOMPARE(weibo.region, u"CN-BJ"_s);
}

void TestNativeNdjsonReader::brokenFileKeepsGoodLines()
{
    const QString path = ingestFixture(u"native_broken.ndjson"_s);
    const ReadAll r = readAll(path);
    QVERIFY(r.report.ok());
    const ImportReport &report = r.report.value();
    QCOMPARE(report.read, 9); // the blank line 4 is not a record
    QCOMPARE(report.accepted, 2);
    QCOMPARE(report.rejected, 7);
    QCOMPARE(r.posts.size(), size_t(2));
    QCOMPARE(r.posts[0].postId, u"7381"_s);
    QCOMPARE(r.posts[1].postId, u"7386"_s);
    QCOMPARE(r.posts[1].likes, 100000);

    struct Expected { qint64 line; const char *field; QString reason; };
    const QList<Expected> expected{
        {2, "", u"not valid JSON: expected ',' or '}' at column 79"_s},
        {3, "post_id", u"required"_s},
        {5, "likes", u"negative count -3"_s},
        {6, "created_at", u"not a time: \"yesterday\""_s},
        {8, "", u"not a JSON object"_s},
        {9, "post_id", u"numeric id 1.5 is not an exact integer; write ids as strings"_s},
        {10, "comments", u"not a count: \"lots\""_s},
    };
    QCOMPARE(report.rejects.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const RejectedRecord &reject = report.rejects[i];
        QCOMPARE(reject.file, path);
        QCOMPARE(reject.line, expected[i].line);
        QCOMPARE(reject.field, QLatin1StringView(expected[i].field));
        QCOMPARE(reject.reason, expected[i].reason);
    }
    QCOMPARE(report.rejects[3].toString(), path + u":6: created_at: not a time: \"yesterday\""_s);
}

QTEST_GUILESS_MAIN(TestNativeNdjsonReader)
#include "tst_nativendjsonreader.moc"
