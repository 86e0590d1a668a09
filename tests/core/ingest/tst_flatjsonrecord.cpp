#include <array>

#include <QTest>

#include "core/ingest/flatjsonrecord.h"

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<QLatin1StringView, 4> kNames{"id"_L1, "text"_L1, "tags"_L1, "n"_L1};

struct Parsed
{
    Status status = Ok{};
    std::array<FieldValue, 4> values;
};

Parsed parse(QByteArrayView json)
{
    Parsed p;
    p.status = parseFlatJsonRecord(json, kNames, p.values);
    return p;
}

} // namespace

class TestFlatJsonRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wantedKeysOnly();
    void escapes();
    void numbers();
    void invalid_data();
    void invalid();
};

void TestFlatJsonRecord::wantedKeysOnly()
{
    const Parsed p = parse(R"( {"n": null, "skip": {"deep": [1, {"x": "}"}], "t": true}, "tags": ["a", 3, "抹茶"],
                              "id": "7381", "other": [], "text": "抹茶拿铁 🍵"} )");
    QVERIFY(p.status.ok());
    QCOMPARE(p.values[0].kind, FieldValue::Kind::String);
    QCOMPARE(p.values[0].text, u"7381"_s);
    QCOMPARE(p.values[1].text, u"抹茶拿铁 🍵"_s);
    QCOMPARE(p.values[2].kind, FieldValue::Kind::Array);
    QCOMPARE(p.values[2].strings, (QStringList{u"a"_s, u"抹茶"_s}));
    QVERIFY(!p.values[2].onlyStrings);
    QCOMPARE(p.values[3].kind, FieldValue::Kind::Null);

    const Parsed empty = parse("{}");
    QVERIFY(empty.status.ok());
    QCOMPARE(empty.values[0].kind, FieldValue::Kind::Absent);

    const Parsed types = parse(R"({"id": true, "text": {"a": 1}})");
    QCOMPARE(types.values[0].kind, FieldValue::Kind::Other);
    QCOMPARE(types.values[0].typeName, "a boolean"_L1);
    QCOMPARE(types.values[1].typeName, "an object"_L1);
}

void TestFlatJsonRecord::escapes()
{
    const Parsed p = parse(R"({"text": "say \"hi\"\n\t\\ \/ \u62b9\u8336 \ud83c\udf75", "t\u0061gs": ["\u0023matcha"]})");
    QVERIFY2(p.status.ok(), qPrintable(p.status.ok() ? QString() : p.status.error().message));
    QCOMPARE(p.values[1].text, u"say \"hi\"\n\t\\ / 抹茶 🍵"_s);
    QCOMPARE(p.values[2].strings, QStringList{u"#matcha"_s}); // an escaped key still matches
}

void TestFlatJsonRecord::numbers()
{
    const Parsed p = parse(R"({"id": 1798000000000000001, "n": -2.5e3})");
    QVERIFY(p.status.ok());
    QCOMPARE(p.values[0].kind, FieldValue::Kind::Number);
    QCOMPARE(p.values[0].integer, std::optional<qint64>(1798000000000000001)); // exact, not via double
    // Integral although written with an exponent: an integer, as QJsonDocument reads it.
    QCOMPARE(p.values[3].integer, std::optional<qint64>(-2500));
    QCOMPARE(p.values[3].number, -2500.0);
    const Parsed fraction = parse(R"({"n": -2.25})");
    QCOMPARE(fraction.values[3].integer, std::nullopt);
    QCOMPARE(fraction.values[3].number, -2.25);
    // Above 2^53 a double keeps no fraction: 17980000000000000.1 reads as the integer 17980000000000000.
    const Parsed big = parse(R"({"id": 17980000000000000.1})");
    QCOMPARE(big.values[0].integer, std::optional<qint64>(17980000000000000));
    QCOMPARE(parse(R"({"n": 1e-999})").values[3].number, 0.0); // below the smallest double: 0
    const Parsed huge = parse(R"({"id": 123456789012345678901234})");
    QCOMPARE(huge.values[0].integer, std::nullopt);
    QCOMPARE(huge.values[0].number, 1.2345678901234568e23);
}

void TestFlatJsonRecord::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::newRow("garbage") << QByteArray("hello") << u"not valid JSON: expected '{' at column 1"_s;
    QTest::newRow("unterminated object") << QByteArray(R"({"id": "1")") << u"not valid JSON: unterminated object at column 11"_s;
    QTest::newRow("missing comma") << QByteArray(R"({"id": "1" "n": 2})") << u"not valid JSON: expected ',' or '}' at column 12"_s;
    QTest::newRow("missing colon") << QByteArray(R"({"id" "1"})") << u"not valid JSON: expected ':' at column 7"_s;
    QTest::newRow("bare key") << QByteArray(R"({id: 1})") << u"not valid JSON: expected a key in quotes at column 2"_s;
    QTest::newRow("unterminated string") << QByteArray(R"({"text": "abc)") << u"not valid JSON: unterminated string at column 14"_s;
    QTest::newRow("bad escape") << QByteArray(R"({"text": "a\x"})") << u"not valid JSON: invalid escape at column 14"_s;
    QTest::newRow("bad literal") << QByteArray(R"({"n": nul})") << u"not valid JSON: invalid value at column 7"_s;
    QTest::newRow("leading zero") << QByteArray(R"({"n": 012})") << u"not valid JSON: invalid number at column 7"_s;
    // Beyond a double: QJsonDocument refuses the document (fuzz_posts_body), in a wanted field or a skipped one.
    QTest::newRow("number beyond a double") << QByteArray(R"({"n": 6e999})") << u"not valid JSON: number out of range at column 7"_s;
    QTest::newRow("skipped number beyond a double") << QByteArray(R"({"zz": -1e400, "id": "1"})")
                                                    << u"not valid JSON: number out of range at column 8"_s;
    QTest::newRow("bad skipped value") << QByteArray(R"({"x": [1,, 2], "id": "1"})") << u"not valid JSON: invalid value at column 10"_s;
    QTest::newRow("trailing text") << QByteArray(R"({"id": "1"} x)") << u"not valid JSON: unexpected text after the object at column 13"_s;
    QTest::newRow("trailing comma") << QByteArray(R"({"id": "1",})") << u"not valid JSON: expected a key in quotes at column 12"_s;
}

void TestFlatJsonRecord::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Parsed p = parse(json);
    QVERIFY(!p.status.ok());
    QCOMPARE(p.status.error().code, u"invalid_json"_s);
    QCOMPARE(p.status.error().message, message);
}

QTEST_GUILESS_MAIN(TestFlatJsonRecord)
#include "tst_flatjsonrecord.moc"
