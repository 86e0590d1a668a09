#include <QAbstractItemModelTester>
#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/models/tilefilterproxy.h"
#include "ui/models/tilemodel.h"

using namespace Qt::StringLiterals;

class TestTileModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tilesAreTrendsInRankOrder()
    {
        TileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto run = std::make_shared<const RunResult>(uifixture::makeRun());
        model.setRun(run);
        QCOMPARE(model.rowCount(), 2); // #slowtopic is not a trend
        QCOMPARE(model.index(0).data(TileModel::TrendIdRole).toString(), u"t-matchalatte"_s);
        QCOMPARE(model.index(0).data(TileModel::UrgencyRole).toString(), u"act_now"_s);
        QCOMPARE(model.index(1).data(TileModel::RankRole).toInt(), 2);
        QVERIFY(model.index(0).data(TileModel::TitleRole).toString().contains(u"#抹茶拿铁"_s));
        QCOMPARE(model.index(0).data(TileModel::GrowthRole).toDouble(), 4.2);
        QCOMPARE(model.index(0).data(TileModel::LifecycleRole).toString(), u"rising"_s);
        QCOMPARE(model.index(0).data(TileModel::CoveredBaselineWindowsRole).toInt(), 2);
        QCOMPARE(model.index(0).data(TileModel::SparklineRole).value<QList<qint64>>().size(), 24);
        QCOMPARE(model.rowOf(u"t-blokecore"_s), 1);
        QCOMPARE(model.rowOf(u"t-slowtopic"_s), -1);
        model.setRun(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersByPlatformRegionUrgencyAndTag()
    {
        TileModel model;
        TileFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(std::make_shared<const RunResult>(uifixture::makeRun()));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setPlatform(u"douyin"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TileModel::TrendIdRole).toString(), u"t-blokecore"_s);
        proxy.setPlatform({});
        proxy.setRegion(u"JP"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setRegion({});
        proxy.setUrgency(u"prepare"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setUrgency({});
        proxy.setSearch(u"#抹茶"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TileModel::TrendIdRole).toString(), u"t-matchalatte"_s);
        proxy.setSearch(u"nothing-like-this"_s);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTileModel)
#include "tst_tilemodel.moc"
