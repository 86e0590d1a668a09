#include <QBuffer>
#include <QTest>

#include "core/ingest/csvparser.h"
#include "tests/core/ingest/trickledevice.h"

using namespace Qt::StringLiterals;

class TestCsvParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180Quoting();
    void recordsAcrossReadBoundaries_data();
    void recordsAcrossReadBoundaries();
    void unterminatedQuote();
};

void TestCsvParser::rfc4180Quoting()
{
    QByteArray data = "\xEF\xBB\xBF"
                      "a,b,c\r\n"
                      "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                      "\r\n"
                      "2,\"line one\nline two\",\r\n"
                      "3,plain \"quote\" inside,end";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvParser csv(buffer);
    QStringList row;
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(row, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(csv.recordLine(), 1);
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(row, (QStringList{u"1"_s, u"x, y"_s, u"say \"hi\""_s}));
    QCOMPARE(csv.recordLine(), 2);
    QCOMPARE(csv.next(row), CsvParser::Next::Record); // the blank line 3 is skipped
    QCOMPARE(row, (QStringList{u"2"_s, u"line one\nline two"_s, QString()}));
    QCOMPARE(csv.recordLine(), 4);
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(row, (QStringList{u"3"_s, u"plain \"quote\" inside"_s, u"end"_s}));
    QCOMPARE(csv.recordLine(), 6);
    QCOMPARE(csv.next(row), CsvParser::Next::End);
}

void TestCsvParser::recordsAcrossReadBoundaries_data()
{
    QTest::addColumn<qint64>("step");
    QTest::newRow("1 byte") << qint64(1);
    QTest::newRow("7 bytes") << qint64(7);
    QTest::newRow("whole") << qint64(1 << 30);
}

void TestCsvParser::recordsAcrossReadBoundaries()
{
    QFETCH(qint64, step);
    // Large enough to cross several 64 KiB chunks; every third record spans two lines.
    QByteArray data = "id,text\n";
    const int records = 3000;
    for (int i = 0; i < records; ++i) {
        data += QByteArray::number(i) + ",\"抹茶 " + QByteArray::number(i) + ", \"\"q\"\"";
        if (i % 3 == 0)
            data += "\nsecond line";
        data += "\" \n"; // text after the closing quote is kept
    }
    TrickleDevice device(data, step);
    CsvParser csv(device);
    QStringList row;
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    qint64 expectedLine = 2;
    for (int i = 0; i < records; ++i) {
        QCOMPARE(csv.next(row), CsvParser::Next::Record);
        QCOMPARE(csv.recordLine(), expectedLine);
        QCOMPARE(row.size(), 2);
        QCOMPARE(row[0], QString::number(i));
        const QString text = u"抹茶 "_s + QString::number(i) + u", \"q\""_s + (i % 3 == 0 ? u"\nsecond line"_s : QString()) + u' ';
        QCOMPARE(row[1], text);
        expectedLine += i % 3 == 0 ? 2 : 1;
    }
    QCOMPARE(csv.next(row), CsvParser::Next::End);
    QCOMPARE(csv.bytesRead(), data.size());
}

void TestCsvParser::unterminatedQuote()
{
    QByteArray data = "a,b\n1,\"never closed\n2,two\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvParser csv(buffer);
    QStringList row;
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(csv.next(row), CsvParser::Next::Broken);
    QCOMPARE(csv.recordLine(), 2);
    QCOMPARE(csv.error(), u"unterminated quoted field"_s);
    QCOMPARE(csv.next(row), CsvParser::Next::End);
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
