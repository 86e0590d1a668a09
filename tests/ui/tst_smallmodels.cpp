#include <QAbstractItemModelTester>
#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/models/logmodel.h"
#include "ui/models/rejectsmodel.h"
#include "ui/models/toppostsmodel.h"

using namespace Qt::StringLiterals;

/// The three small table models of the app: top posts, import rejects, log lines.
class TestSmallModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topPosts()
    {
        TopPostsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RunResult run = uifixture::makeRun();
        model.setPosts(run.clusters[0].topPosts);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TopPostsModel::CreatorColumn).data().toString(), u"@leafandfoam"_s);
        QCOMPARE(model.index(0, TopPostsModel::LikesColumn).data().toString(), u"18.4k"_s);
        QCOMPARE(model.index(1, TopPostsModel::ViewsColumn).data().toString(), u"unknown"_s);
        QCOMPARE(model.index(0, 0).data(TopPostsModel::UrlRole).toString(), u"https://example.com/p1"_s);
    }

    void rejects()
    {
        RejectsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportReport report;
        report.file = u"/tmp/posts.ndjson"_s;
        for (int line = 12; line < 12 + 1200; ++line)
            report.addReject(RejectedRecord{report.file, line, -1, u"created_at"_s,
                                            u"not a time: \"%1\""_s.arg(line)});
        report.addReject(RejectedRecord{report.file, 2000, -1, u"post_id"_s, u"required"_s});
        model.setReports({report});
        QCOMPARE(model.rowCount(), 2); // 1,201 rejects, two kinds
        QCOMPARE(model.index(0, RejectsModel::FileColumn).data().toString(), u"posts.ndjson"_s);
        QCOMPARE(model.index(0, RejectsModel::FieldColumn).data().toString(), u"created_at"_s);
        QCOMPARE(model.index(0, RejectsModel::ReasonColumn).data().toString(), u"not a time: \"…\""_s);
        QCOMPARE(model.index(0, RejectsModel::CountColumn).data().toString(), u"1,200"_s);
        QCOMPARE(model.index(0, RejectsModel::LinesColumn).data().toString(), u"lines 12, 13, 14, 15, 16, …"_s);
        QCOMPARE(model.index(1, RejectsModel::LinesColumn).data().toString(), u"line 2000"_s);
    }

    void logIsCapped()
    {
        LogModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<LogEntry> batch;
        for (int i = 0; i < 5; ++i)
            batch.push_back(LogEntry{0, 2, u"ui"_s, QString::number(i)});
        model.append(batch);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), u"2"_s);
        model.append({LogEntry{0, 4, u"ui"_s, u"boom"_s}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, LogModel::MessageColumn).data().toString(), u"boom"_s);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), u"3"_s);
        QCOMPARE(model.index(2, LogModel::LevelColumn).data().toString(), u"error"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmallModels)
#include "tst_smallmodels.moc"
