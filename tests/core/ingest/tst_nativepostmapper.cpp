#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/ingest/fielderror.h"
#include "core/ingest/nativepostmapper.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject minimal()
{
    return object(R"({"platform": "tiktok", "post_id": "1", "creator_id": "c", "created_at": "2024-06-01T00:00:00Z"})");
}

} // namespace

class TestNativePostMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xiaohongshuNoteWithChineseCounts();
    void tiktokPostWithNumbersAndTextTags();
    void numericIdsStayExact();
    void rejects_data();
    void rejects();
    void csvRow();
    void relativeTimeUsesFirstSeen();
    void dayNameTimeInNativePosts();
    void timesOutOfRange_data();
    void timesOutOfRange();
    void timeBoundsFollowConfig();
};

void TestNativePostMapper::xiaohongshuNoteWithChineseCounts()
{
    const QJsonObject json = object(R"({
        "platform": "rednote", "post_id": "6650a1b2c3d4e5f607182930", "creator_id": "5f1e2d3c4b5a697887766554",
        "creator_name": "抹茶控小林", "text": "周末打卡 #抹茶拿铁[话题]# #周末探店[话题]# 好喝[偷笑R]",
        "hashtags": ["抹茶拿铁"], "likes": "1.2万", "comments": "356", "shares": "10万+", "saves": "3千",
        "created_at": 1717000000123, "region": "浙江", "url": "https://www.xiaohongshu.com/explore/6650a1b2c3d4e5f607182930"})");
    const Result<Post> r = postFromJson(json, IngestOptions{});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const Post &p = r.value();
    QCOMPARE(p.platform, u"xiaohongshu"_s);
    QCOMPARE(p.postId, u"6650a1b2c3d4e5f607182930"_s);
    QCOMPARE(p.creatorName, u"抹茶控小林"_s);
    QCOMPARE(p.hashtags, (QStringList{u"抹茶拿铁"_s, u"周末探店"_s}));
    QCOMPARE(p.likes, 12000);
    QCOMPARE(p.comments, 356);
    QCOMPARE(p.shares, 100000);
    QCOMPARE(p.saves, 3000);
    QVERIFY(!p.views.has_value());
    QCOMPARE(p.createdAtMs, 1717000000123);
    QVERIFY(!p.approximateTime);
    QCOMPARE(p.region, u"CN-ZJ"_s);
    // "356" is a plain integer: nothing to keep. The others keep their spelling.
    QCOMPARE(p.rawCounts.size(), 3);
    QCOMPARE(p.rawCounts[0].field, u"likes"_s);
    QCOMPARE(p.rawCounts[0].raw, u"1.2万"_s);
    QVERIFY(!p.rawCounts[0].lowerBound);
    QCOMPARE(p.rawCounts[1].field, u"shares"_s);
    QVERIFY(p.rawCounts[1].lowerBound);
    QCOMPARE(p.rawCounts[2].raw, u"3千"_s);
}

void TestNativePostMapper::tiktokPostWithNumbersAndTextTags()
{
    const QJsonObject json = object(R"({
        "platform": "TikTok", "post_id": "7381234567890123456", "creator_id": "6812345678901234567",
        "text": "iced #MatchaLatte ＃ＭａｔｃｈａＬａｔｔｅ #Matcha🍵 #fyp", "likes": 45210, "comments": 812,
        "shares": "1.5k", "views": "2.1M", "created_at": "2024-06-01T08:30:00+08:00", "region": "gb",
        "language": "en"})");
    IngestOptions options;
    options.aliases.insert(u"fyp"_s, u"foryou"_s);
    const Result<Post> r = postFromJson(json, options);
    QVERIFY(r.ok());
    const Post &p = r.value();
    QCOMPARE(p.platform, u"tiktok"_s);
    QCOMPARE(p.hashtags, (QStringList{u"matchalatte"_s, u"matcha🍵"_s, u"foryou"_s}));
    QCOMPARE(p.views, std::optional<qint64>(2100000));
    QCOMPARE(p.createdAtMs, 1717201800000);
    QCOMPARE(p.region, u"GB"_s);
    QCOMPARE(p.language, u"en"_s);
    QCOMPARE(p.saves, 0);
}

void TestNativePostMapper::numericIdsStayExact()
{
    // 19 digits: a double would round this to ...000; Qt keeps JSON integers exact in 64 bits.
    const QJsonObject json = object(R"({"platform": "x", "post_id": 1798000000000000001, "creator_id": 44196397,
                                        "created_at": "2024-06-01T10:00:00Z", "views": null, "likes": 0})");
    const Result<Post> r = postFromJson(json, IngestOptions{});
    QVERIFY(r.ok());
    QCOMPARE(r.value().postId, u"1798000000000000001"_s);
    QCOMPARE(r.value().creatorId, u"44196397"_s);
    QVERIFY(!r.value().views.has_value());
}

void TestNativePostMapper::rejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing post_id") << u"post_id"_s << QJsonValue(QJsonValue::Undefined) << u"required"_s;
    QTest::newRow("empty post_id") << u"post_id"_s << QJsonValue(u"  "_s) << u"required"_s;
    QTest::newRow("long post_id") << u"post_id"_s << QJsonValue(QString(257, u'1')) << u"longer than 256 characters"_s;
    QTest::newRow("fractional id") << u"post_id"_s << QJsonValue(1.5)
                                   << u"numeric id 1.5 is not an exact integer; write ids as strings"_s;
    QTest::newRow("huge float id") << u"post_id"_s << QJsonValue(1e20)
                                   << u"numeric id 1e+20 is not an exact integer; write ids as strings"_s;
    QTest::newRow("object creator") << u"creator_id"_s << QJsonValue(QJsonObject{})
                                    << u"must be a string, not an object"_s;
    QTest::newRow("null creator") << u"creator_id"_s << QJsonValue(QJsonValue::Null) << u"required"_s;
    QTest::newRow("missing platform") << u"platform"_s << QJsonValue(QJsonValue::Undefined) << u"required"_s;
    QTest::newRow("bad platform") << u"platform"_s << QJsonValue(u"tik tok"_s)
                                  << u"not a platform slug [a-z0-9_]{1,32}: \"tik tok\""_s;
    QTest::newRow("negative likes") << u"likes"_s << QJsonValue(-3) << u"negative count -3"_s;
    QTest::newRow("negative likes string") << u"likes"_s << QJsonValue(u"-3"_s) << u"negative count -3"_s;
    // Issue 15, finding 7: int64 max was accepted and wrapped the cluster's sums negative.
    QTest::newRow("int64 likes") << u"likes"_s << QJsonValue(qint64(9223372036854775807))
                                 << u"count too large: \"9223372036854775807\" (the limit is 10^15)"_s;
    QTest::newRow("likes above 10^15") << u"likes"_s << QJsonValue(qint64(1000000000000001))
                                       << u"count too large: \"1000000000000001\" (the limit is 10^15)"_s;
    // Beyond 64 bits, so a double on both roads (1e18 would read as an integer from text, as QJsonDocument does).
    QTest::newRow("huge float views") << u"views"_s << QJsonValue(1e20)
                                      << u"count too large: \"1e+20\" (the limit is 10^15)"_s;
    QTest::newRow("string shares above 10^15") << u"shares"_s << QJsonValue(u"2000000000000000"_s)
                                               << u"count too large: \"2000000000000000\" (the limit is 10^15)"_s;
    QTest::newRow("saves in units above 10^15") << u"saves"_s << QJsonValue(u"10000001亿"_s)
                                                << u"count too large: \"10000001亿\" (the limit is 10^15)"_s;
    QTest::newRow("fractional comments") << u"comments"_s << QJsonValue(2.5) << u"not a whole number: 2.5"_s;
    QTest::newRow("garbage views") << u"views"_s << QJsonValue(u"many"_s) << u"not a count: \"many\""_s;
    QTest::newRow("bool shares") << u"shares"_s << QJsonValue(true) << u"must be a number or a string, not a boolean"_s;
    QTest::newRow("word time") << u"created_at"_s << QJsonValue(u"yesterday"_s) << u"not a time: \"yesterday\""_s;
    QTest::newRow("missing time") << u"created_at"_s << QJsonValue(QJsonValue::Undefined) << u"required"_s;
    QTest::newRow("negative time") << u"created_at"_s << QJsonValue(-1) << u"negative epoch time -1"_s;
    QTest::newRow("number text") << u"text"_s << QJsonValue(5) << u"must be a string, not a number"_s;
    QTest::newRow("tags of numbers") << u"hashtags"_s << QJsonValue(QJsonArray{1, 2})
                                     << u"every tag must be a string"_s;
}

void TestNativePostMapper::rejects()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject json = minimal();
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    const Result<Post> r = postFromJson(json, IngestOptions{});
    QVERIFY(!r.ok());
    QCOMPARE(fieldOf(r.error()), field);
    QCOMPARE(reasonOf(r.error()), reason);
    QCOMPARE(r.error().message, field + u": "_s + reason);

    // The import path reads the text itself, without QJsonDocument: same verdict.
    Result<NativePostMapper> mapper = NativePostMapper::create(IngestOptions{});
    QVERIFY(mapper.ok());
    const Result<Post> fromText = mapper.value().fromJsonText(QJsonDocument(json).toJson(QJsonDocument::Compact));
    QVERIFY(!fromText.ok());
    QCOMPARE(fromText.error().message, r.error().message);
}

void TestNativePostMapper::csvRow()
{
    const QStringList header{u"Post_ID"_s, u"platform"_s, u"creator_id"_s, u"text"_s, u"hashtags"_s,
                             u"likes"_s,   u"views"_s,    u"created_at"_s, u"extra"_s};
    const NativePostMapper::CsvColumns columns = NativePostMapper::bindCsvHeader(header);
    QCOMPARE(columns[NativePostMapper::PostId], 0);
    QCOMPARE(columns[NativePostMapper::Region], -1);
    IngestOptions options;
    options.naiveTimezone = u"Asia/Shanghai"_s;
    Result<NativePostMapper> mapper = NativePostMapper::create(options);
    QVERIFY(mapper.ok());
    QStringList row{u"42"_s,
                    u"xhs"_s,
                    u"u1"_s,
                    u"夏天 #冰美式"_s,
                    u"抹茶, #MatchaLatte，夏日 icedlatte"_s,
                    u"1.2W"_s,
                    u""_s,
                    u"2024-06-01 12:00:00"_s,
                    u"ignored"_s};
    const Result<Post> r = mapper.value().fromCsvRow(row, columns);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().platform, u"xiaohongshu"_s);
    QCOMPARE(r.value().hashtags, (QStringList{u"抹茶"_s, u"matchalatte"_s, u"夏日"_s, u"icedlatte"_s, u"冰美式"_s}));
    QCOMPARE(r.value().likes, 12000);
    QVERIFY(!r.value().views.has_value());          // an empty cell is unknown, not 0
    QCOMPARE(r.value().createdAtMs, 1717214400000); // naive, read in Asia/Shanghai
}

void TestNativePostMapper::relativeTimeUsesFirstSeen()
{
    QJsonObject json = minimal();
    json.insert(u"created_at"_s, u"3天前"_s);
    QCOMPARE(postFromJson(json, IngestOptions{}).error().message,
             u"created_at: relative time \"3天前\" needs a capture time"_s);
    json.insert(u"first_seen"_s, qint64(1718020800000));
    const Result<Post> r = postFromJson(json, IngestOptions{});
    QVERIFY(r.ok());
    QCOMPARE(r.value().createdAtMs, 1718020800000 - 3 * 86'400'000LL);
    QVERIFY(r.value().approximateTime);
    QCOMPARE(r.value().firstSeenMs, std::optional<qint64>(1718020800000));
}

void TestNativePostMapper::dayNameTimeInNativePosts()
{
    // X's / Weibo's created_at form is read by the one TimeParser, for native posts too.
    QJsonObject json = minimal();
    json.insert(u"created_at"_s, u"Sat Dec 23 17:12:54 +0800 2023"_s);
    const Result<Post> r = postFromJson(json, IngestOptions{});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().createdAtMs, 1703322774000);
    QVERIFY(!r.value().approximateTime);
    json.insert(u"created_at"_s, u"Sat Dec 23 17:12:54 +8000 2023"_s);
    QCOMPARE(postFromJson(json, IngestOptions{}).error().message,
             u"created_at: offset out of range in \"Sat Dec 23 17:12:54 +8000 2023\""_s);
}

void TestNativePostMapper::timesOutOfRange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    // Issue 15, finding 8: each of these was stored and moved the default as_of to its year.
    QTest::newRow("year 9999") << u"created_at"_s << QJsonValue(u"9999-12-31T00:00:00Z"_s)
                               << u"9999-12-31T00:00:00Z is more than 48 hours in the future (ingest.max_future_hours)"_s;
    QTest::newRow("epoch ms 9999999999999") << u"created_at"_s << QJsonValue(qint64(9999999999999))
                                            << u"2286-11-20T17:46:39.999Z is more than 48 hours in the future (ingest.max_future_hours)"_s;
    QTest::newRow("year 0001") << u"created_at"_s << QJsonValue(u"0001-01-01T00:00:00Z"_s)
                               << u"0001-01-01T00:00:00Z is before 2000 (ingest.min_year)"_s;
    QTest::newRow("epoch 0") << u"created_at"_s << QJsonValue(0)
                             << u"1970-01-01T00:00:00Z is before 2000 (ingest.min_year)"_s;
    QTest::newRow("first_seen in 9999") << u"first_seen"_s << QJsonValue(u"9999-01-01T00:00:00Z"_s)
                                        << u"9999-01-01T00:00:00Z is more than 48 hours in the future (ingest.max_future_hours)"_s;
    QTest::newRow("after its capture") << u"created_at"_s << QJsonValue(u"2024-06-04T00:00:01Z"_s)
                                       << u"2024-06-04T00:00:01Z is more than 48 hours after the capture time "
                                          u"2024-06-02T00:00:00Z (ingest.max_future_hours)"_s;
}

void TestNativePostMapper::timesOutOfRange()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject json = minimal();
    if (QByteArray(QTest::currentDataTag()) == "after its capture")
        json.insert(u"first_seen"_s, u"2024-06-02T00:00:00Z"_s);
    json.insert(field, value);
    const Result<Post> r = postFromJson(json, IngestOptions{});
    QVERIFY(!r.ok());
    QCOMPARE(fieldOf(r.error()), field);
    QVERIFY2(reasonOf(r.error()).startsWith(reason), qPrintable(r.error().message));
    // The import path says the same.
    Result<NativePostMapper> mapper = NativePostMapper::create(IngestOptions{});
    const Result<Post> fromText = mapper.value().fromJsonText(QJsonDocument(json).toJson(QJsonDocument::Compact));
    QVERIFY(!fromText.ok());
    QCOMPARE(fieldOf(fromText.error()), field);
}

void TestNativePostMapper::timeBoundsFollowConfig()
{
    QJsonObject json = minimal();
    // 48 hours after the capture time is the last time accepted; a capture time from the options counts too.
    IngestOptions options;
    options.captureTimeMs = 1717200000000; // 2024-06-01T00:00:00Z
    json.insert(u"created_at"_s, u"2024-06-03T00:00:00Z"_s);
    QVERIFY(postFromJson(json, options).ok());
    json.insert(u"created_at"_s, u"2024-06-03T00:00:00.001Z"_s);
    QCOMPARE(fieldOf(postFromJson(json, options).error()), u"created_at"_s);
    options.maxFutureHours = 72;
    QVERIFY(postFromJson(json, options).ok());

    // ingest.min_year: 1995 is refused by default, accepted with min_year 1990; epoch 0 with 1970.
    json.insert(u"created_at"_s, u"1995-03-01T00:00:00Z"_s);
    QCOMPARE(postFromJson(json, IngestOptions{}).error().message,
             u"created_at: 1995-03-01T00:00:00Z is before 2000 (ingest.min_year)"_s);
    IngestOptions old;
    old.minYear = 1990;
    QVERIFY(postFromJson(json, old).ok());
    old.minYear = 1970;
    json.insert(u"created_at"_s, 0);
    const Result<Post> epoch = postFromJson(json, old);
    QVERIFY(epoch.ok());
    QCOMPARE(epoch.value().createdAtMs, 0);
}

QTEST_GUILESS_MAIN(TestNativePostMapper)
#include "tst_nativepostmapper.moc"
