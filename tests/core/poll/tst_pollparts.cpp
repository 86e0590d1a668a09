#include <QTemporaryDir>
#include <QTest>

#include "core/poll/backoff.h"
#include "core/poll/filerangedevice.h"
#include "core/poll/sourceid.h"

using namespace Qt::StringLiterals;

/// The small parts of gt_poll: backoff, the file range device, the state store, source ids.
class TestPollParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesAndCaps()
    {
        QCOMPARE(poll::pollDelayMs(60, 0), 60'000);
        QCOMPARE(poll::pollDelayMs(60, 1), 120'000);
        QCOMPARE(poll::pollDelayMs(60, 3), 480'000);
        QCOMPARE(poll::pollDelayMs(60, 10), 3'600'000); // 61 440 s capped at 1 h
        QCOMPARE(poll::pollDelayMs(60, 1000), 3'600'000);
        QCOMPARE(poll::pollDelayMs(7200, 2), 7'200'000); // an interval over 1 h is its own cap
        QCOMPARE(poll::pollDelayMs(0, 0), 1'000);
    }

    void fileRangeDeviceReadsOnlyItsRange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0123456789abcdef");
        file.close();

        FileRangeDevice range(path, 4, 10);
        QVERIFY(range.open(QIODevice::ReadOnly));
        QCOMPARE(range.size(), 6);
        QCOMPARE(range.peek(3), QByteArray("456"));
        QCOMPARE(range.readAll(), QByteArray("456789"));
        QVERIFY(range.atEnd());
        QVERIFY(range.seek(2));
        QCOMPARE(range.read(100), QByteArray("6789"));
        QVERIFY(!range.seek(7));
        FileRangeDevice missing(dir.filePath(u"none"_s), 0, 1);
        QVERIFY(!missing.open(QIODevice::ReadOnly));
    }

    void sourceIds()
    {
        QCOMPARE(poll::sourceId({u"url"_s, {}, u"https://h/f.ndjson"_s}), u"url:https://h/f.ndjson"_s);
        QCOMPARE(poll::sourceId({u"folder"_s, u"/tmp/a/../b/"_s, {}}), u"folder:/tmp/b"_s);
        QCOMPARE(poll::sourceLabel({u"folder"_s, u"/tmp/b"_s, {}}), u"/tmp/b"_s);
    }
};

QTEST_GUILESS_MAIN(TestPollParts)
#include "tst_pollparts.moc"
