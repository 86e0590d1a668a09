#include <QTemporaryDir>
#include <QTest>

#include "core/poll/backoff.h"
#include "core/poll/filerangedevice.h"
#include "core/poll/pollstatestore.h"
#include "core/poll/sourceid.h"
#include "core/storage/database.h"

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

    void stateStoreRoundTrip()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"s.db"_s));
        QVERIFY(database.ok());
        const PollStateStore store(database.value());
        const PolledFile file{u"a.ndjson"_s, 120, 1'700'000'000'000, 100, u"abc"_s, u"native-ndjson"_s};
        QVERIFY(store.saveFile(u"folder:/x"_s, file).ok());
        QVERIFY(store.saveValidators(u"url:http://h/f"_s, {u"\"v1\""_s, u"Sat, 01 Jun 2024 00:00:00 GMT"_s}).ok());

        auto files = store.files(u"folder:/x"_s);
        QVERIFY(files.ok());
        QCOMPARE(files.value().size(), 1);
        const PolledFile back = files.value().value(u"a.ndjson"_s);
        QCOMPARE(back.size, 120);
        QCOMPARE(back.mtimeMs, 1'700'000'000'000);
        QCOMPARE(back.consumed, 100);
        QCOMPARE(back.headSha1, u"abc"_s);
        QCOMPARE(back.format, u"native-ndjson"_s);
        QVERIFY(store.files(u"url:http://h/f"_s).value().isEmpty());

        auto validators = store.validators(u"url:http://h/f"_s);
        QVERIFY(validators.ok());
        QCOMPARE(validators.value().etag, u"\"v1\""_s);
        QCOMPARE(store.validators(u"url:other"_s).value(), UrlValidators{});
        // The table sits beside the migrated schema without changing its version.
        QCOMPARE(Database::open(dir.filePath(u"s.db"_s)).ok(), true);
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
