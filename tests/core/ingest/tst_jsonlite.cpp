#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/jsonlite.h"
#include "core/ingest/formats/jsonspan.h"
#include "core/ingest/formats/tiktokitem.h"

using namespace Qt::StringLiterals;

/// jsonlite must read valid JSON as QJsonDocument does, for what the capture mappers ask of it.
class TestJsonLite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesReadAsQtReadsThem();
    void nestedObjectsAndArrays();
    void tiktokItemMapsTheSameThroughBoth();
    void valueEndFollowsEscapesAcrossBlocks();
};

namespace {

const QByteArray kSample = R"({"s": "plain", "e": "a\"b\\c\/d\n\t\u00e9\ud83d\ude00x", "u": "抹茶 ✨",
 "i": 7300002246500000001, "neg": -42, "big": 123456789012345678901234, "f": 1.5, "exp": 2e3,
 "t": true, "fa": false, "n": null, "o": {"k": [1, "two", {"three": 3}]}, "a": [], "dup": 1, "dup": 2,
 "ws" :   "spaced"  })";

} // namespace

void TestJsonLite::valuesReadAsQtReadsThem()
{
    const QJsonObject qt = QJsonDocument::fromJson(kSample).object();
    const jsonlite::Object lite(kSample);
    QVERIFY(!qt.isEmpty());
    for (const QString &key : qt.keys()) {
        const QJsonValue q = qt.value(key);
        const jsonlite::Value l = lite.value(QLatin1StringView(key.toLatin1()));
        QVERIFY2(!l.isUndefined(), qPrintable(key));
        QCOMPARE(l.isString(), q.isString());
        QCOMPARE(l.isDouble(), q.isDouble());
        QCOMPARE(l.isBool(), q.isBool());
        QCOMPARE(l.isNull(), q.isNull());
        QCOMPARE(l.isArray(), q.isArray());
        QCOMPARE(l.isObject(), q.isObject());
        QCOMPARE(l.toString(), q.toString());
        QCOMPARE(l.toDouble(), q.toDouble());
        QCOMPARE(l.toInteger(-1), q.toInteger(-1));
        QCOMPARE(l.integer().has_value(), q.isDouble() && q.toVariant().typeId() == QMetaType::LongLong);
    }
    QCOMPARE(lite.value("i"_L1).integer(), std::optional<qint64>(7300002246500000001)); // 19 digits stay exact
    QCOMPARE(lite.value("dup"_L1).toInteger(), 2);                                     // the last one, as Qt
    QVERIFY(lite.value("missing"_L1).isUndefined());
    QCOMPARE(lite.value("e"_L1).toString(), u"a\"b\\c/d\n\té\U0001F600x"_s);
}

void TestJsonLite::nestedObjectsAndArrays()
{
    const jsonlite::Object lite(kSample);
    const jsonlite::Array k = lite.value("o"_L1).toObject().value("k"_L1).toArray();
    QCOMPARE(k.size(), 3);
    QList<QString> kinds;
    for (const jsonlite::Value &v : k)
        kinds.append(v.isDouble() ? u"number"_s : v.isString() ? v.toString() : QString::number(v.toObject().value("three"_L1).toInteger()));
    QCOMPARE(kinds, QList<QString>({u"number"_s, u"two"_s, u"3"_s}));
    QCOMPARE(lite.value("a"_L1).toArray().size(), 0);
    QVERIFY(lite.value("s"_L1).toObject().isEmpty());
    QVERIFY(*k.begin() == QJsonValue(1));
    QVERIFY(*k.begin() != QJsonValue(u"1"_s));
}

void TestJsonLite::tiktokItemMapsTheSameThroughBoth()
{
    const QByteArray item = R"({"id": "7300002246500000001", "desc": "so good #Matcha #抹茶拿铁",
        "createTime": 1795176000, "author": {"id": "6800000000025356638", "uniqueId": "lily ✨", "nickname": "Lily"},
        "stats": {"diggCount": 5, "shareCount": "1.2万", "commentCount": 0, "collectCount": "12"},
        "challenges": [{"id": "1", "title": "Matcha"}], "textExtra": [{"hashtagName": "抹茶拿铁", "type": 1},
        {"hashtagName": "someone", "type": 0}], "locationCreated": "CN-ZJ", "textLanguage": "zh"})";
    const IngestOptions options;
    const NativePostMapper mapper(options, TimeParser());
    CaptureRecord viaQt;
    mapTikTokItem(QJsonDocument::fromJson(item).object(), viaQt);
    CaptureRecord viaLite;
    mapTikTokItem(jsonlite::Object(item), viaLite);
    const Result<Post> a = viaQt.toPost(mapper);
    const Result<Post> b = viaLite.toPost(mapper);
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    QCOMPARE(b.value().postId, a.value().postId);
    QCOMPARE(b.value().creatorId, a.value().creatorId);
    QCOMPARE(b.value().creatorName, a.value().creatorName);
    QCOMPARE(b.value().text, a.value().text);
    QCOMPARE(b.value().hashtags, a.value().hashtags);
    QCOMPARE(b.value().likes, a.value().likes);
    QCOMPARE(b.value().shares, a.value().shares);
    QCOMPARE(b.value().saves, a.value().saves);
    QCOMPARE(b.value().views, a.value().views);
    QCOMPARE(b.value().createdAtMs, a.value().createdAtMs);
    QCOMPARE(b.value().region, a.value().region);
    QCOMPARE(b.value().url, a.value().url);
    QCOMPARE(b.value().rawCounts.size(), a.value().rawCounts.size());
    QCOMPARE(b.value().hashtags, QStringList({u"抹茶拿铁"_s, u"matcha"_s})); // textExtra, then challenges
}

void TestJsonLite::valueEndFollowsEscapesAcrossBlocks()
{
    // Escaped quotes and backslashes, and brackets inside strings, at every offset around the
    // 16-byte blocks the scanner classifies at once.
    for (int pad = 0; pad < 40; ++pad) {
        const QByteArray value = "[\"" + QByteArray(pad, 'a') + "\\\"]\\\\\", {\"k\": \"}\\\\\"}, \"" + QByteArray(pad % 7, 'b') + "[\"]";
        const QByteArray text = "  " + value + " , \"after\"]";
        QCOMPARE(jsonspan::valueEnd(text, 0), qsizetype(2 + value.size()));
        QVERIFY(QJsonDocument::fromJson(value).isArray());
        const QByteArray unterminated = "[\"" + QByteArray(pad, 'a') + "\\\"]";
        QCOMPARE(jsonspan::valueEnd(unterminated, 0), qsizetype(-1));
        const QByteArray str = "\"" + QByteArray(pad, 'c') + "\\\\\" tail";
        QCOMPARE(jsonspan::valueEnd(str, 0), qsizetype(pad + 4));
    }
}

QTEST_GUILESS_MAIN(TestJsonLite)
#include "tst_jsonlite.moc"
