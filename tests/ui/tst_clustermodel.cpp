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
