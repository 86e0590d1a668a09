#include <QTest>

#include "core/ingest/linereader.h"
#include "tests/core/ingest/trickledevice.h"

using namespace Qt::StringLiterals;

class TestLineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAcrossReadBoundaries();
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

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
