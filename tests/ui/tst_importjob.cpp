#include <atomic>
#include <thread>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "ui/importjob.h"
#include "ui/models/rejectsmodel.h"
#include "ui/widgets/importsummarydialog.h"

using namespace Qt::StringLiterals;

namespace {

/// A workspace whose import pretends to read `bytes` and rejects line 3 of every file.
Workspace fakeWorkspace(std::shared_ptr<std::atomic_bool> gate)
{
    Workspace ws;
    ws.loadWindow = [](const PipelineParams &) -> Result<std::shared_ptr<const Dataset>> {
        return std::make_shared<const Dataset>();
    };
    ws.importFile = [gate](const QString &path, const ImportService::ProgressFn &progress,
                           const CancelToken &cancel) -> Result<ImportReport> {
        if (path.endsWith(u".missing"))
            return Error{u"io"_s, u"cannot open"_s, {}};
        ImportReport r;
        r.file = path;
        r.format = u"native-ndjson"_s;
        for (int i = 1; i <= 10; ++i) {
            while (!gate->load() && !cancel.cancelled())
                std::this_thread::yield();
            if (cancel.cancelled()) {
                r.cancelled = true;
                return r;
            }
            progress(ImportProgress{i * 100, 1000});
        }
        r.read = 10;
        r.accepted = 9;
        r.inserted = 9;
        r.unknownViews = 4;
        r.addReject(RejectedRecord{path, 3, 2, u"created_at"_s, u"not a time"_s});
        return r;
    };
    return ws;
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsFilesInTheBackground()
    {
        auto gate = std::make_shared<std::atomic_bool>(true);
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        QVERIFY(job.start(fakeWorkspace(gate), {u"/data/a.ndjson"_s, u"/data/b.missing"_s, u"/data/c.ndjson"_s}));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(fakeWorkspace(gate), {u"/data/d.ndjson"_s})); // one import at a time
        QVERIFY(finished.wait());
        const auto reports = finished.first().at(0).value<QList<ImportReport>>();
        const QStringList errors = finished.first().at(1).toStringList();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(errors, QStringList{u"/data/b.missing: cannot open"_s});
        QCOMPARE(finished.first().at(2).toBool(), false);
        QVERIFY(!job.isRunning());

        const QString summary = ImportSummaryDialog::summaryText(reports, false);
        QCOMPARE(summary, u"Imported: 20 read, 18 inserted, 0 updated, 2 rejected; 8 with unknown views, "
                          u"0 with approximate times."_s);
        ImportSummaryDialog dialog(reports, errors, false);
        QAbstractItemModelTester tester(dialog.rejectsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.rejectsModel()->rowCount(), 2); // one group per file
        QCOMPARE(dialog.rejectsModel()->index(0, RejectsModel::ReasonColumn).data().toString(), u"not a time"_s);
        QCOMPARE(dialog.rejectsModel()->index(0, RejectsModel::LinesColumn).data().toString(), u"line 3"_s);
    }

    void progressAndCancel()
    {
        auto gate = std::make_shared<std::atomic_bool>(false); // the fake import waits at its first record
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        QSignalSpy progress(&job, &ImportJob::progress);
        QVERIFY(job.start(fakeWorkspace(gate), {u"/data/a.ndjson"_s}));
        QVERIFY(progress.wait()); // the 10 Hz poll reports while the worker is busy
        QCOMPARE(progress.last().at(3).toInt(), 1);
        job.cancel();
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(2).toBool(), true);
    }

    void summarySaysCommentsAreNotImported()
    {
        // A comments file and a posts file: the comments are named apart, never counted as read.
        ImportReport comments;
        comments.file = u"search_comments_2026-02-26.jsonl"_s;
        comments.format = u"mediacrawler-json"_s;
        comments.comments = 1794;
        comments.commentedPosts = 318;
        ImportReport posts;
        posts.read = 2;
        posts.accepted = 2;
        posts.inserted = 2;
        const QString summary = ImportSummaryDialog::summaryText({comments, posts}, false);
        QCOMPARE(summary, u"Imported: 2 read, 2 inserted, 0 updated, 0 rejected; 0 with unknown views, "
                          u"0 with approximate times. 1,794 comments of 318 posts: comments are not imported."_s);
    }
};

QTEST_MAIN(TestImportJob)
#include "tst_importjob.moc"
