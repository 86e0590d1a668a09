#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include "tests/core/ingest/readall.h"
#include "tests/core/ingest/trickledevice.h"

using namespace Qt::StringLiterals;

class TestReadFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesOfBatchSize_data();
    void batchesOfBatchSize();
    void sinkErrorAbortsTheRead();
    void cancelStopsBetweenRecords();
    void progressReachesTheEnd();
    void deviceWithDisplayName();
    void fileErrors();
};

void TestReadFile::batchesOfBatchSize_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<std::vector<size_t>>("batches");
    QTest::newRow("2") << 2 << std::vector<size_t>{2, 2, 2};
    QTest::newRow("4") << 4 << std::vector<size_t>{4, 2};
    QTest::newRow("5000") << 5000 << std::vector<size_t>{6};
}

void TestReadFile::batchesOfBatchSize()
{
    QFETCH(int, batchSize);
    QFETCH(std::vector<size_t>, batches);
    IngestOptions options;
    options.batchSize = batchSize;
    const ReadAll r = readAll(ingestFixture(u"native_good.ndjson"_s), options);
    QVERIFY(r.report.ok());
    QCOMPARE(r.batchSizes, batches);
}

void TestReadFile::sinkErrorAbortsTheRead()
{
    IngestOptions options;
    options.batchSize = 2;
    int calls = 0;
    const Result<ImportReport> r = readFile(ingestFixture(u"native_good.ndjson"_s), options,
                                            [&calls](std::vector<Post> &&) -> Status {
                                                ++calls;
                                                return Error{u"storage"_s, u"disk full"_s, {}};
                                            });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"storage"_s);
    QCOMPARE(r.error().message, u"disk full"_s);
    QCOMPARE(calls, 1);
}

void TestReadFile::cancelStopsBetweenRecords()
{
    IngestOptions options;
    options.batchSize = 2;
    CancelToken cancel;
    int calls = 0;
    const Result<ImportReport> r = readFile(
        ingestFixture(u"native_good.csv"_s), options,
        [&calls, cancel](std::vector<Post> &&) -> Status {
            ++calls;
            cancel.cancel();
            return Ok{};
        },
        {}, cancel);
    QVERIFY(r.ok());
    QVERIFY(r.value().cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(r.value().accepted, 2); // the third row was never read
}

void TestReadFile::progressReachesTheEnd()
{
    const QString path = ingestFixture(u"native_good_array.json"_s);
    QList<std::pair<qint64, qint64>> calls;
    const Result<ImportReport> r = readFile(path, IngestOptions{}, {}, [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
    });
    QVERIFY(r.ok());
    QVERIFY(!calls.isEmpty());
    const qint64 size = QFileInfo(path).size();
    QCOMPARE(calls.last(), (std::pair<qint64, qint64>{size, size}));
}

void TestReadFile::deviceWithDisplayName()
{
    // A polled HTTP body arrives as a stream: sniffing uses peek(), rejects use the display name.
    const QByteArray body = "{\"platform\": \"x\", \"post_id\": \"1\", \"creator_id\": \"a\", \"created_at\": 1717200000}\n"
                            "{\"platform\": \"x\", \"post_id\": \"2\", \"creator_id\": \"a\"}\n";
    TrickleDevice device(body, 5);
    std::vector<Post> posts;
    const Result<ImportReport> r = readDevice(device, u"https://example.org/feed"_s, IngestOptions{},
                                              [&posts](std::vector<Post> &&batch) -> Status {
                                                  posts.insert(posts.end(), batch.begin(), batch.end());
                                                  return Ok{};
                                              });
    QVERIFY(r.ok());
    QCOMPARE(r.value().format, u"native-ndjson"_s);
    QCOMPARE(posts.size(), size_t(1));
    QCOMPARE(r.value().rejects.at(0).toString(), u"https://example.org/feed:2: created_at: required"_s);
}

void TestReadFile::fileErrors()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.ndjson"_s);
    Result<ImportReport> r = readAll(missing).report;
    QCOMPARE(r.error().code, u"io"_s);
    QVERIFY(r.error().message.startsWith(missing + u": cannot open: "_s));

    const auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    };
    const QString empty = write(u"empty.csv"_s, "\xEF\xBB\xBF \n");
    r = readAll(empty).report;
    QCOMPARE(r.error().code, u"invalid_format"_s);
    QCOMPARE(r.error().message, empty + u": the file is empty"_s);

    const QString prose = write(u"notes.json"_s, "Dear diary, today #matcha\n");
    r = readAll(prose).report;
    QCOMPARE(r.error().code, u"unknown_format"_s);
    QVERIFY(r.error().message.startsWith(prose + u": format not recognised"_s));

    IngestOptions badZone;
    badZone.naiveTimezone = u"Europe/Atlantis"_s;
    r = readAll(ingestFixture(u"native_good.ndjson"_s), badZone).report;
    QCOMPARE(r.error().message, u"ingest.naive_timezone: unknown time zone \"Europe/Atlantis\""_s);
}

QTEST_GUILESS_MAIN(TestReadFile)
#include "tst_readfile.moc"
