#include <QTest>

#include "core/ingest/linereader.h"
#include "tests/core/ingest/trickledevice.h"

using namespace Qt::StringLiterals;

class TestLineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAcrossReadBoundaries();
    void overlongLineIsSkipped();
};

void TestLineReader::linesAcrossReadBoundaries()
{
    // CRLF and LF mixed, a BOM, no final newline, reads of 3 bytes and of everything at once.
    QByteArray data = "\xEF\xBB\xBF";
    for (int i = 0; i < 20000; ++i)
        data += "{\"n\": " + QByteArray::number(i) + "}" + (i % 2 ? "\r\n" : "\n");
    data += "{\"last\": true}";
    for (const qint64 step : {qint64(3), qint64(1 << 20)}) {
        TrickleDevice device(data, step);
        LineReader lines(device);
        QByteArrayView line;
        for (int i = 0; i < 20000; ++i) {
            QVERIFY(lines.next(line));
            QCOMPARE(line, QByteArray("{\"n\": " + QByteArray::number(i) + "}"));
            QCOMPARE(lines.lineNumber(), i + 1);
        }
        QVERIFY(lines.next(line));
        QCOMPARE(line, QByteArrayView("{\"last\": true}"));
        QVERIFY(!lines.next(line));
        QVERIFY(!lines.failed());
    }
}

void TestLineReader::overlongLineIsSkipped()
{
    const QByteArray data = "short\n" + QByteArray(300, 'x') + "\nafter\n" + QByteArray(300, 'y');
    TrickleDevice device(data, 16);
    LineReader lines(device, 100);
    QByteArrayView line;
    QVERIFY(lines.next(line));
    QCOMPARE(line, QByteArrayView("short"));
    QVERIFY(!lines.tooLong());
    QVERIFY(lines.next(line));
    QVERIFY(lines.tooLong());
    QVERIFY(line.isEmpty());
    QCOMPARE(lines.lineNumber(), 2);
    QVERIFY(lines.next(line));
    QCOMPARE(line, QByteArrayView("after"));
    QCOMPARE(lines.lineNumber(), 3);
    QVERIFY(lines.next(line)); // an overlong last line without a terminator
    QVERIFY(lines.tooLong());
    QCOMPARE(lines.lineNumber(), 4);
    QVERIFY(!lines.next(line));
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
