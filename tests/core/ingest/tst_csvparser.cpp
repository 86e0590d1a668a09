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
    void dialects_data();
    void dialects();
    void delimiterSniffing_data();
    void delimiterSniffing();
    void brokenQuoteResynchronises();
    void brokenQuoteAtTheEndIsOneUnreadLine();
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
    // The quote does not swallow the rest (issue #15): line 2 is unread, line 3 is read again.
    QCOMPARE(csv.error(), u"unbalanced quote: a quoted field opened here never closes; reading resumed at line 3"_s);
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(row, (QStringList{u"2"_s, u"two"_s}));
    QCOMPARE(csv.next(row), CsvParser::Next::End);
    QCOMPARE(csv.unreadLines(), 1);
}

void TestCsvParser::dialects_data()
{
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QByteArray>("lineEnd");
    for (const auto &[dname, d] : {std::pair{"comma", ","}, {"semicolon", ";"}, {"tab", "\t"}, {"pipe", "|"}}) {
        for (const auto &[ename, e] : {std::pair{"LF", "\n"}, {"CRLF", "\r\n"}, {"CR", "\r"}})
            QTest::addRow("%s %s", dname, ename) << QByteArray(d) << QByteArray(e);
    }
}

void TestCsvParser::dialects()
{
    QFETCH(QByteArray, delimiter);
    QFETCH(QByteArray, lineEnd);
    // A quoted cell holds the delimiter, another one a line break of the same kind.
    QByteArray data = "post_id" + delimiter + "text" + delimiter + "likes" + lineEnd                       //
                      + "1" + delimiter + "\"a" + delimiter + " b\"" + delimiter + "3" + lineEnd            //
                      + lineEnd                                                                          // blank
                      + "2" + delimiter + "\"two" + lineEnd + "lines\"" + delimiter + "4" + lineEnd      //
                      + "3" + delimiter + "plain" + delimiter + "5";                                      // no end
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvParser csv(buffer);
    QCOMPARE(csv.delimiter(), delimiter.at(0));
    QStringList row;
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(row, (QStringList{u"post_id"_s, u"text"_s, u"likes"_s}));
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(row, (QStringList{u"1"_s, u"a"_s + QString::fromLatin1(delimiter) + u" b"_s, u"3"_s}));
    QCOMPARE(csv.recordLine(), 2);
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(row, (QStringList{u"2"_s, u"two"_s + QString::fromLatin1(lineEnd) + u"lines"_s, u"4"_s}));
    QCOMPARE(csv.recordLine(), 4);
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(row, (QStringList{u"3"_s, u"plain"_s, u"5"_s}));
    QCOMPARE(csv.recordLine(), 6);
    QCOMPARE(csv.next(row), CsvParser::Next::End);
    QCOMPARE(csv.lines(), 6);
}

void TestCsvParser::delimiterSniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n4,1;5;6\n") << ';';
    QTest::newRow("tab with commas in text") << QByteArray("a\tb\n\"x, y\"\t2\nz, w\t3\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|';
    QTest::newRow("quoted delimiters do not count") << QByteArray("\"a;b\",c\n\"1;2\",3\n") << ',';
    QTest::newRow("one column") << QByteArray("a\n1\n") << ',';
    QTest::newRow("CR line ends") << QByteArray("a;b\r1;2\r3;4\r") << ';';
}

void TestCsvParser::delimiterSniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(char, delimiter);
    QCOMPARE(csvDelimiter(head), delimiter);
}

void TestCsvParser::brokenQuoteResynchronises()
{
    // Line 3 opens a quote that never closes: the parser reports that line and reads on from line 4.
    QByteArray data = "a,b,c\n1,x,y\n2,\"broken,y\n3,x,y\n4,\"ok\",y\n5,x,y\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvParser csv(buffer);
    csv.setExpectedFields(3);
    QStringList row;
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(csv.next(row), CsvParser::Next::Broken);
    QCOMPARE(csv.recordLine(), 3);
    QVERIFY2(csv.error().contains(u"reading resumed at line 4"_s), qPrintable(csv.error()));
    QStringList ids;
    while (csv.next(row) == CsvParser::Next::Record)
        ids.append(row.first());
    QCOMPARE(ids, (QStringList{u"3"_s, u"4"_s, u"5"_s}));
    QCOMPARE(csv.unreadLines(), 1);
    QCOMPARE(csv.lines(), 6);
}

void TestCsvParser::brokenQuoteAtTheEndIsOneUnreadLine()
{
    QByteArray data = "a,b\n1,\"never closed";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvParser csv(buffer);
    QStringList row;
    QCOMPARE(csv.next(row), CsvParser::Next::Record);
    QCOMPARE(csv.next(row), CsvParser::Next::Broken);
    QCOMPARE(csv.next(row), CsvParser::Next::End);
    QCOMPARE(csv.unreadLines(), 1);
    QCOMPARE(csv.lines(), 2);
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
