#include <QAbstractItemModelTester>
#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/models/evidencemodel.h"

using namespace Qt::StringLiterals;

static RunSnapshot snapshotOf(RunResult run)
{
    return RunSnapshot::make(std::move(run));
}

class TestEvidenceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOutTheChain()
    {
        const RunSnapshot snap = snapshotOf(uifixture::makeRun());
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrend(snap, u"t-matchalatte"_s);
        QCOMPARE(model.rowCount(), int(EvidenceModel::SectionCount));

        const QModelIndex velocity = model.findKey(u"formula:velocity"_s);
        QVERIFY(velocity.isValid());
        QCOMPARE(velocity.data(EvidenceModel::RawValueRole).toDouble(), 4141.4);
        const QString detail = velocity.siblingAtColumn(EvidenceModel::DetailColumn).data().toString();
        QVERIFY2(detail.contains(u"Σ engagement / hours_since_first_seen"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"engagement_sum = 41,414"_s), qPrintable(detail));

        const QModelIndex growth = model.findKey(u"check:growth"_s);
        QCOMPARE(growth.data(EvidenceModel::RawValueRole).toDouble(), 4.2);
        QCOMPARE(growth.data(EvidenceModel::ThresholdRole).toDouble(), 1.5);
        QCOMPARE(growth.data(EvidenceModel::PassedRole).toBool(), true);
        QVERIFY(growth.data().toString().startsWith(u"✓"_s));

        const QModelIndex edge = model.findKey(u"edge:matchalatte|抹茶拿铁"_s);
        QVERIFY(edge.isValid());
        QCOMPARE(edge.data(EvidenceModel::RawValueRole).toDouble(), 0.65);

        // Decisions: the cluster's own plus its tags' and edges', in log order.
        const QModelIndex decisions = model.index(EvidenceModel::DecisionsSection, 0);
        QCOMPARE(model.rowCount(decisions), 5);
        QCOMPARE(model.index(0, 0, decisions).data(EvidenceModel::KeyRole).toString(), u"decision:2"_s);
        QCOMPARE(model.index(4, 0, decisions).data(EvidenceModel::KeyRole).toString(), u"decision:9"_s);
    }

    void failedChecksAreMarked()
    {
        const RunSnapshot snap = snapshotOf(uifixture::makeRun());
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrend(snap, u"t-slowtopic"_s);
        const QModelIndex growth = model.findKey(u"check:growth"_s);
        QCOMPARE(growth.data(EvidenceModel::PassedRole).toBool(), false);
        QVERIFY(growth.data().toString().startsWith(u"✗"_s));
        model.setTrend(snap, u"no-such-trend"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void noBaselineDataReadsAsDashWithItsReason()
    {
        RunResult run = uifixture::makeRun();
        ClusterResult &slow = run.clusters[2];
        slow.growth.reset();
        slow.baselineMean.reset();
        slow.baselineStd.reset();
        slow.baselineAdjusted = {qQNaN(), qQNaN(), qQNaN()};
        slow.coveredBaselineWindows = 0;
        slow.lifecycle = u"new"_s;
        slow.checks[4] = ValidationCheck{u"growth"_s, std::nullopt, 1.5, false, u"no baseline data"_s};
        slow.formulas[1].result.reset();
        const RunSnapshot snap = snapshotOf(run);
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrend(snap, u"t-slowtopic"_s);
        const QModelIndex growth = model.findKey(u"check:growth"_s);
        QCOMPARE(growth.siblingAtColumn(EvidenceModel::ValueColumn).data().toString(), u"—"_s);
        QVERIFY(!growth.data(EvidenceModel::RawValueRole).isValid());
        QCOMPARE(growth.siblingAtColumn(EvidenceModel::DetailColumn).data().toString(),
                 u"undefined: no baseline data (needs ≥ 1.5)"_s);
        QCOMPARE(model.findKey(u"formula:growth"_s).siblingAtColumn(EvidenceModel::ValueColumn).data().toString(), u"—"_s);
        const QModelIndex baseline = model.findKey(u"baseline"_s);
        QCOMPARE(baseline.siblingAtColumn(EvidenceModel::ValueColumn).data().toString(), u"μ —, σ —"_s);
        const QString detail = baseline.siblingAtColumn(EvidenceModel::DetailColumn).data().toString();
        QVERIFY2(detail.contains(u"9 (uncovered), 10 (uncovered), 11 (uncovered)"_s) && detail.contains(u"0 of 3 windows covered"_s)
                     && detail.contains(u"lifecycle New"_s),
                 qPrintable(detail));
    }

    void volumeAdjustedCountsAreShown()
    {
        RunResult run = uifixture::makeRun();
        run.clusters[0].baselineAdjusted = {qQNaN(), 10.4167, 11};
        const RunSnapshot snap = snapshotOf(run);
        EvidenceModel model;
        model.setTrend(snap, u"t-matchalatte"_s);
        const QString detail = model.findKey(u"baseline"_s).siblingAtColumn(EvidenceModel::DetailColumn).data().toString();
        QVERIFY2(detail.contains(u"9 (uncovered), 10 → 10.42, 11;"_s) && detail.contains(u"2 of 3 windows covered"_s),
                 qPrintable(detail));
    }

    void edgeComparisonReadsRight()
    {
        // Jaccard 0.2996 against clustering.min_jaccard 0.3: three decimals read "0.300 < 0.3"; enough digits tell.
        RunResult run = uifixture::makeRun();
        run.params.minJaccard = 0.3;
        QVERIFY(!run.clusters[0].edges.isEmpty());
        run.clusters[0].edges[0].jaccard = 0.2996;
        const ClusterEdge e = run.clusters[0].edges[0];
        const RunSnapshot snap = snapshotOf(run);
        EvidenceModel model;
        model.setTrend(snap, u"t-matchalatte"_s);
        const QString detail = model.findKey(u"edge:"_s + e.a + u'|' + e.b)
                                   .siblingAtColumn(EvidenceModel::DetailColumn)
                                   .data()
                                   .toString();
        QVERIFY2(detail.contains(u"J 0.2996 < 0.3"_s), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceModel)
#include "tst_evidencemodel.moc"
