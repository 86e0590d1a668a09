#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/runchange.h"

using namespace Qt::StringLiterals;

class TestRunChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRun() { QCOMPARE(describeRunChange(nullptr, uifixture::makeRun()), u"First run: 2 trends"_s); }

    void namesNewDroppedAndUrgencyChanges()
    {
        const RunResult before = uifixture::makeRun();
        RunResult after = before;
        after.clusters[1].urgency = u"act_now"_s;           // #blokecore: prepare → act_now
        after.clusters[2].isTrend = true;                    // #slowtopic becomes a trend
        after.clusters[2].rank = 3;
        after.clusters[2].urgency = u"monitor"_s;
        QCOMPARE(describeRunChange(&before, after), u"2 trends → 3; #blokecore now act_now; #slowtopic new (monitor)"_s);

        RunResult fewer = before;
        fewer.clusters[1].isTrend = false;
        QCOMPARE(describeRunChange(&before, fewer), u"2 trends → 1; #blokecore dropped"_s);
        QCOMPARE(describeRunChange(&before, before), u"2 trends, same tiles and urgencies"_s);
    }

    void capsTheList()
    {
        const RunResult before = uifixture::makeRun();
        RunResult after = before;
        for (ClusterResult &c : after.clusters)
            c.isTrend = false;
        QCOMPARE(describeRunChange(&before, after, 1), u"2 trends → 0; #matchalatte dropped; 1 more"_s);
    }
};

QTEST_GUILESS_MAIN(TestRunChange)
#include "tst_runchange.moc"
