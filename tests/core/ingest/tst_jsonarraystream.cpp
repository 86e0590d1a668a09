#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/ingest/jsonarraystream.h"
#include "tests/core/ingest/trickledevice.h"

using namespace Qt::StringLiterals;

class TestJsonArrayStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elementsAndLines_data();
    void elementsAndLines();
    void scalarsAndNesting();
    void containerErrors_data();
    void containerErrors();
    void missingComma();
};

namespace {

QByteArray bigDocument(int records, bool objectForm)
{
    QByteArray data = objectForm ? "{\"meta\": {\"note\": \"[not the posts]\", \"n\": [1, {\"x\": \"}\"}]},\n \"posts\": [\n"
                                 : "[\n";
    for (int i = 0; i < records; ++i) {
        data += "  {\"post_id\": \"" + QByteArray::number(i) + "\", \"text\": \"抹茶 \\\"拿铁\\\" ]}{ #" + QByteArray::number(i);
        data += i % 2 ? "\",\n   \"likes\": 5}" : "\"}";
        data += i + 1 < records ? ",\n" : "\n";
    }
    data += objectForm ? "]}\n" : "]\n";
    return data;
}

} // namespace

void TestJsonArrayStream::elementsAndLines_data()
{
    QTest::addColumn<bool>("objectForm");
    QTest::addColumn<qint64>("step");
    QTest::newRow("array, 1-byte reads") << false << qint64(1);
    QTest::newRow("array, 13-byte reads") << false << qint64(13);
    QTest::newRow("object, 1-byte reads") << true << qint64(1);
    QTest::newRow("object, whole") << true << qint64(1 << 30);
}

void TestJsonArrayStream::elementsAndLines()
{
    QFETCH(bool, objectForm);
    QFETCH(qint64, step);
    const int records = 2500; // > 64 KiB: several refills
    const QByteArray data = bigDocument(records, objectForm);
    TrickleDevice device(data, step);
    JsonArrayStream stream(device);
    QVERIFY2(stream.open(), qPrintable(stream.error()));
    QCOMPARE(stream.isObjectForm(), objectForm);
    qint64 line = objectForm ? 3 : 2;
    QByteArrayView element;
    for (int i = 0; i < records; ++i) {
        QCOMPARE(stream.next(element), JsonArrayStream::Next::Element);
        QCOMPARE(stream.elementLine(), line);
        const QJsonObject o = QJsonDocument::fromJson(element.toByteArray()).object();
        QCOMPARE(o.value("post_id"_L1).toString(), QString::number(i));
        QCOMPARE(o.value("text"_L1).toString(), u"抹茶 \"拿铁\" ]}{ #"_s + QString::number(i));
        line += i % 2 ? 2 : 1;
    }
    QCOMPARE(stream.next(element), JsonArrayStream::Next::End);
}

void TestJsonArrayStream::scalarsAndNesting()
{
    QByteArray data = "[1, \"two\", [3, [4]], {\"a\": {\"b\": []}}, null]";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    JsonArrayStream stream(buffer);
    QVERIFY(stream.open());
    QByteArrayView e;
    QStringList seen;
    while (stream.next(e) == JsonArrayStream::Next::Element)
        seen.append(QString::fromUtf8(e));
    QCOMPARE(seen, (QStringList{u"1"_s, u"\"two\""_s, u"[3, [4]]"_s, u"{\"a\": {\"b\": []}}"_s, u"null"_s}));
}

void TestJsonArrayStream::containerErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("scalar") << QByteArray("42") << u"not a JSON array or object"_s;
    QTest::newRow("empty") << QByteArray(" \n ") << u"empty document"_s;
    QTest::newRow("no posts") << QByteArray("{\"data\": []}") << u"no \"posts\" array in the top-level object"_s;
    QTest::newRow("posts not array") << QByteArray("{\"posts\": {}}") << u"\"posts\" is not an array"_s;
    QTest::newRow("bad key") << QByteArray("{\n\n posts: []}") << u"malformed top-level object at line 3"_s;
}

void TestJsonArrayStream::containerErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    JsonArrayStream stream(buffer);
    QVERIFY(!stream.open());
    QCOMPARE(stream.error(), error);
}

void TestJsonArrayStream::missingComma()
{
    QByteArray data = "[\n{\"a\": 1}\n{\"b\": 2}\n]";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    JsonArrayStream stream(buffer);
    QVERIFY(stream.open());
    QByteArrayView e;
    QCOMPARE(stream.next(e), JsonArrayStream::Next::Element);
    QCOMPARE(stream.next(e), JsonArrayStream::Next::Broken);
    QCOMPARE(stream.elementLine(), 3);
    QCOMPARE(stream.error(), u"expected ',' or ']' between records"_s);
    QCOMPARE(stream.next(e), JsonArrayStream::Next::End);
}

QTEST_GUILESS_MAIN(TestJsonArrayStream)
#include "tst_jsonarraystream.moc"
