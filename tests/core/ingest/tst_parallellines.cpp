#include <QBuffer>
#include <QTest>

#include "core/ingest/parallellines.h"
#include "tests/core/ingest/trickledevice.h"

using namespace Qt::StringLiterals;

/// readLinesInParallel must give exactly what parsing line by line on one thread gives: the same
/// batches in the same order, the same rejects with their lines, the same cancellation point.
class TestParallelLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBatchesAndRejectsAsOneThread();
    void slowThenFastSinkGivesTheSameBatches();
    void cancelStopsAtTheSameRecord();
    void sinkErrorStopsTheRead();
    void smallInputNeedsNoThreads();
    void tooLongLineIsRejectedWithItsNumber();
};

namespace {

/// Lines "ok N", "bad N" (rejected, field "n") and blank ones; CRLF here and there.
QByteArray sampleFile(int lines)
{
    QByteArray data;
    for (int i = 1; i <= lines; ++i) {
        if (i % 97 == 0)
            data += "   ";
        else if (i % 13 == 0)
            data += "bad " + QByteArray::number(i);
        else
            data += "ok " + QByteArray::number(i);
        data += i % 5 ? "\n" : "\r\n";
    }
    return data;
}

/// A parser that is slow on some lines, so that workers finish chunks out of order.
LineParserFactory sampleParser()
{
    return [] {
        return [](QByteArrayView line, qint64 number, RecordSink &out) {
            if (line.trimmed().isEmpty())
                return;
            if (number % 1000 < 3)
                QThread::usleep(200);
            // Some CPU work per line, as real parsing has (the reader weighs it against the sink).
            quint64 spin = quint64(number);
            for (int i = 0; i < 3000; ++i)
                spin = spin * 6364136223846793005ULL + 1442695040888963407ULL;
            out.countFormat(line.startsWith("ok") ? u"good"_s : u"poor"_s);
            if (line.startsWith("bad")) {
                out.reject(number, u"n"_s, u"bad line "_s + QString::fromUtf8(line.sliced(4)));
                return;
            }
            Post post;
            post.postId = QString::fromUtf8(line.sliced(3));
            post.likes = number;
            post.shares = qint64(spin == 42); // keeps the work; always 0 in practice
            (void)out.accept(std::move(post));
        };
    };
}

struct Run
{
    QList<QStringList> batches;
    Status status = Ok{};
    ImportReport report;
};

Run read(QIODevice &device, ParallelLinesOptions parallel, int batchSize, int cancelAfterBatches = -1,
         int failAtBatch = -1, int slowBatches = 0)
{
    Run run;
    IngestOptions options;
    options.batchSize = batchSize;
    CancelToken cancel;
    ReadSession session(
        u"sample.ndjson"_s, options, TimeParser(), [&](std::vector<Post> &&batch) -> Status {
            if (int(run.batches.size()) == failAtBatch)
                return Error{u"storage"_s, u"disk full"_s, {}};
            if (int(run.batches.size()) < slowBatches)
                QThread::msleep(3); // a storer behind the parser: the reading thread parses alone
            QStringList ids;
            for (const Post &p : batch)
                ids.append(p.postId + u'@' + QString::number(p.likes));
            run.batches.append(ids);
            if (int(run.batches.size()) == cancelAfterBatches)
                cancel.cancel();
            return Ok{};
        },
        {}, cancel, -1);
    run.status = readLinesInParallel(device, session, sampleParser(), parallel);
    if (run.status.ok())
        run.report = session.finish(u"sample"_s, 0).value();
    return run;
}

} // namespace

void TestParallelLines::sameBatchesAndRejectsAsOneThread()
{
    const QByteArray data = sampleFile(20000);
    QBuffer one;
    one.setData(data);
    one.open(QIODevice::ReadOnly);
    const Run sequential = read(one, {1, 1 << 20}, 333);
    QVERIFY(sequential.status.ok());
    QCOMPARE(sequential.report.rejected, 20000 / 13 - 20000 / (13 * 97));
    QCOMPARE(sequential.report.read, 20000 - 20000 / 97);
    QCOMPARE(sequential.batches.first().first(), u"1@1"_s);

    for (const int workers : {2, 3}) {
        for (const qsizetype chunk : {qsizetype(1), qsizetype(700), qsizetype(64 * 1024)}) {
            TrickleDevice device(data, 4093);
            const Run parallel = read(device, {workers, chunk}, 333);
            QVERIFY(parallel.status.ok());
            QCOMPARE(parallel.batches, sequential.batches);
            QCOMPARE(parallel.report.read, sequential.report.read);
            QCOMPARE(parallel.report.accepted, sequential.report.accepted);
            QCOMPARE(parallel.report.perFormat, sequential.report.perFormat);
            QCOMPARE(parallel.report.rejects.size(), sequential.report.rejects.size());
            for (qsizetype i = 0; i < parallel.report.rejects.size(); ++i) {
                QCOMPARE(parallel.report.rejects[i].line, sequential.report.rejects[i].line);
                QCOMPARE(parallel.report.rejects[i].field, u"n"_s);
                QCOMPARE(parallel.report.rejects[i].reason, sequential.report.rejects[i].reason);
            }
        }
    }
    QCOMPARE(sequential.report.rejects[0].line, 13);
    QCOMPARE(sequential.report.rejects[0].reason, u"bad line 13"_s);
}

void TestParallelLines::slowThenFastSinkGivesTheSameBatches()
{
    // A sink that is slow for the first half of the file, then fast: the reader switches from
    // parsing alone to workers mid-file (and may switch back); nothing else may change.
    const QByteArray data = sampleFile(20000);
    QBuffer one;
    one.setData(data);
    one.open(QIODevice::ReadOnly);
    const Run sequential = read(one, {1, 1 << 20}, 50);
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    const Run run = read(device, {2, 300}, 50, -1, -1, int(sequential.batches.size() / 2));
    QVERIFY(run.status.ok());
    QCOMPARE(run.batches, sequential.batches);
    QCOMPARE(run.report.rejected, sequential.report.rejected);
    QCOMPARE(run.report.read, sequential.report.read);
}

void TestParallelLines::cancelStopsAtTheSameRecord()
{
    const QByteArray data = sampleFile(20000);
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    const Run run = read(device, {3, 500}, 100, 2);
    QVERIFY(run.status.ok());
    QVERIFY(run.report.cancelled);
    QCOMPARE(run.batches.size(), 2);
    QCOMPARE(run.report.accepted, 200); // no record after the one that filled the second batch
}

void TestParallelLines::sinkErrorStopsTheRead()
{
    const QByteArray data = sampleFile(20000);
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    const Run run = read(device, {2, 500}, 100, -1, 3);
    QVERIFY(!run.status.ok());
    QCOMPARE(run.status.error().message, u"disk full"_s);
    QCOMPARE(run.batches.size(), 3);
}

void TestParallelLines::smallInputNeedsNoThreads()
{
    // One chunk: parsed on the calling thread (the parser sees it).
    QBuffer device;
    device.setData("ok 1\nbad 2\nok 3");
    device.open(QIODevice::ReadOnly);
    QThread *reading = QThread::currentThread();
    QList<QThread *> seen;
    IngestOptions options;
    ReadSession session(u"small"_s, options, TimeParser(), {}, {}, {}, -1);
    const Status status = readLinesInParallel(
        device, session,
        [&] {
            return [&](QByteArrayView, qint64, RecordSink &) { seen.append(QThread::currentThread()); };
        },
        {4, 1 << 20});
    QVERIFY(status.ok());
    QCOMPARE(seen, QList<QThread *>({reading, reading, reading}));
}

void TestParallelLines::tooLongLineIsRejectedWithItsNumber()
{
    // A line over the limit is never held in memory, yet it is a record: a reject naming its line,
    // on one thread and on several, and the lines around it are read as usual.
    const QByteArray data = "ok 1\nok " + QByteArray(200, '7') + "\nok 3\n";
    for (const int workers : {1, 2}) {
        QBuffer device;
        device.setData(data);
        device.open(QIODevice::ReadOnly);
        ParallelLinesOptions parallel{workers, 1};
        parallel.maxLineBytes = 100;
        const Run run = read(device, parallel, 10);
        QVERIFY(run.status.ok());
        QCOMPARE(run.report.read, 3);
        QCOMPARE(run.report.accepted, 2);
        QCOMPARE(run.report.rejects.size(), 1);
        QCOMPARE(run.report.rejects[0].line, 2);
        QCOMPARE(run.report.rejects[0].reason, u"line longer than 100 bytes"_s);
    }
}

QTEST_GUILESS_MAIN(TestParallelLines)
#include "tst_parallellines.moc"
