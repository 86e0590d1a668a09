#include <QAbstractItemModelTester>
#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/models/clusterfilterproxy.h"
#include "ui/models/clustermodel.h"

using namespace Qt::StringLiterals;

class TestClusterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyClusterWithFailedCheck()
    {
        ClusterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(std::make_shared<const RunResult>(uifixture::makeRun()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ClusterModel::ColumnCount));
        const QModelIndex slow = model.index(2, ClusterModel::StatusColumn);
        QCOMPARE(slow.data(ClusterModel::TrendIdRole).toString(), u"t-slowtopic"_s);
        QCOMPARE(slow.data().toString(), u"✗ growth"_s);
        QCOMPARE(slow.data(ClusterModel::FailedChecksRole).toStringList(), QStringList{u"growth"_s});
        QVERIFY(model.index(2, ClusterModel::GrowthColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, ClusterModel::GrowthColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, ClusterModel::StatusColumn).data().toString(), u"✓ trend"_s);
        QCOMPARE(model.rowOf(u"t-blokecore"_s), 1);
    }

    void lifecycleColumnAndUndefinedNumbers()
    {
        RunResult run = uifixture::makeRun();
        ClusterResult &slow = run.clusters[2]; // no covered baseline window: growth, surge_z, significance undefined
        slow.growth.reset();
        slow.surgeZ.reset();
        slow.significance.reset();
        slow.baselineMean.reset();
        slow.lifecycle = u"new"_s;
        slow.checks[4] = ValidationCheck{u"growth"_s, std::nullopt, 1.5, false, u"no baseline data"_s};
        ClusterModel model;
        ClusterFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(std::make_shared<const RunResult>(run));
        QCOMPARE(model.headerData(ClusterModel::LifecycleColumn, Qt::Horizontal).toString(), u"Lifecycle"_s);
        QCOMPARE(model.index(0, ClusterModel::LifecycleColumn).data().toString(), u"Rising"_s);
        QCOMPARE(model.index(2, ClusterModel::LifecycleColumn).data().toString(), u"New"_s);
        QVERIFY(model.index(2, ClusterModel::LifecycleColumn).data(Qt::ToolTipRole).toString().startsWith(u"New:"_s));
        // "—" for undefined numbers, and the failed check says why
        QCOMPARE(model.index(2, ClusterModel::GrowthColumn).data().toString(), u"—"_s);
        QCOMPARE(model.index(2, ClusterModel::SurgeColumn).data().toString(), u"—"_s);
        QCOMPARE(model.index(2, ClusterModel::SignificanceColumn).data().toString(), u"—"_s);
        QCOMPARE(model.index(2, ClusterModel::GrowthColumn).data(Qt::ToolTipRole).toString(),
                 u"✗ growth undefined: no baseline data"_s);
        QVERIFY(model.index(2, ClusterModel::GrowthColumn).data(Qt::ForegroundRole).isValid());
        // undefined sorts below every defined growth
        proxy.sort(ClusterModel::GrowthColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ClusterModel::TrendIdRole).toString(), u"t-slowtopic"_s);
        proxy.sort(ClusterModel::LifecycleColumn, Qt::DescendingOrder); // rising first
        QCOMPARE(proxy.index(0, ClusterModel::LifecycleColumn).data().toString(), u"Rising"_s);
    }

    void checkTooltipsTellCloseNumbersApart()
    {
        RunResult run = uifixture::makeRun();
        run.clusters[2].checks[4] = ValidationCheck{u"growth"_s, 1.4999, 1.5, false, QString()};
        ClusterModel model;
        model.setRun(std::make_shared<const RunResult>(run));
        // formatNumber alone reads both as "1.5": "growth 1.5 < 1.5" was the walkthrough's defect
        QCOMPARE(model.index(2, ClusterModel::GrowthColumn).data(Qt::ToolTipRole).toString(),
                 u"✗ growth 1.4999 < 1.5"_s);
    }

    void sortsNumericallyAndFilters()
    {
        ClusterModel model;
        ClusterFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(std::make_shared<const RunResult>(uifixture::makeRun()));
        proxy.sort(ClusterModel::GrowthColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ClusterModel::TrendIdRole).toString(), u"t-slowtopic"_s);
        QCOMPARE(proxy.index(2, 0).data(ClusterModel::TrendIdRole).toString(), u"t-matchalatte"_s);
        proxy.sort(ClusterModel::RankColumn, Qt::AscendingOrder); // non-trends last
        QCOMPARE(proxy.index(2, 0).data(ClusterModel::TrendIdRole).toString(), u"t-slowtopic"_s);

        proxy.setStatus(ClusterFilterProxy::Status::Rejected);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatus(ClusterFilterProxy::Status::Trends);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatus(ClusterFilterProxy::Status::All);
        proxy.setFailedCheck(u"growth"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFailedCheck({});
        proxy.setSearch(u"足球"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ClusterModel::TrendIdRole).toString(), u"t-blokecore"_s);
        // A new run keeps the filter.
        model.setRun(std::make_shared<const RunResult>(uifixture::makeRun()));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClusterModel)
#include "tst_clustermodel.moc"
