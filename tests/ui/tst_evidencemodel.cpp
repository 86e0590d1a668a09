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
};

QTEST_GUILESS_MAIN(TestEvidenceModel)
#include "tst_evidencemodel.moc"
