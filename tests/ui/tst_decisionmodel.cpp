#include <QAbstractItemModelTester>
#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/models/decisionfilter.h"
#include "ui/models/decisionmodel.h"

using namespace Qt::StringLiterals;

class TestDecisionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughTheLog()
    {
        RunResult big = uifixture::makeRun();
        for (int i = 0; i < 10000; ++i) {
            big.decisions.push_back(Decision{u"clustering"_s, u"edge:a|b"_s + QString::number(i), u"clustering.min_jaccard"_s,
                                             {}, u"rejected"_s, u"J below threshold"_s});
        }
        DecisionModel model;
        model.setPageSize(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(std::make_shared<const RunResult>(std::move(big)));
        QCOMPARE(model.totalRows(), 10012);
        QCOMPARE(model.rowCount(), 1000); // one page, not ten thousand rows
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2000);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 10012);
        QCOMPARE(model.index(0, DecisionModel::StageColumn).data().toString(), u"hashtag_stats"_s);
        QCOMPARE(model.index(0, DecisionModel::IndexColumn).data().toInt(), 1);
    }

    void showsFilteredRows()
    {
        auto run = std::make_shared<const RunResult>(uifixture::makeRun());
        DecisionFilter filter;
        filter.stage = u"validation"_s;
        auto rows = std::make_shared<const std::vector<int>>(filter.apply(*run));
        QCOMPARE(rows->size(), size_t(2));
        DecisionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(run, rows);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, DecisionModel::OutcomeColumn).data().toString(), u"failed"_s);
        QCOMPARE(model.index(1, 0).data(DecisionModel::DecisionIndexRole).toInt(), 8);

        DecisionFilter text;
        text.text = u"STOPLIST"_s; // case-insensitive, in the message
        QCOMPARE(text.apply(*run), std::vector<int>{0});
        DecisionFilter subject;
        subject.subject = u"cluster:t-matchalatte"_s;
        subject.outcome = u"chosen"_s;
        QCOMPARE(subject.apply(*run), std::vector<int>{9});
        QVERIFY(DecisionFilter{}.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecisionModel)
#include "tst_decisionmodel.moc"
