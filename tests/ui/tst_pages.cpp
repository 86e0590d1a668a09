#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QPushButton>
#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/charts/growthchart.h"
#include "ui/charts/velocitychart.h"
#include "ui/models/decisionmodel.h"
#include "ui/models/evidencemodel.h"
#include "ui/models/toppostsmodel.h"
#include "ui/pages/chartspage.h"
#include "ui/pages/clusterspage.h"
#include "ui/pages/decisionspage.h"
#include "ui/pages/trendspage.h"
#include "ui/widgets/emptyproject.h"
#include "ui/widgets/evidencepanel.h"

using namespace Qt::StringLiterals;

static RunSnapshot snapshotOf(RunResult run)
{
    return RunSnapshot::make(std::move(run));
}

/// The pages and panels on a hand-built run: selection kept across runs, signals, filters.
class TestPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trendsPageKeepsTheSelection()
    {
        TrendsPage page;
        page.resize(900, 600);
        page.show();
        QSignalSpy selected(&page, &TrendsPage::trendSelected);
        page.setSnapshot(snapshotOf(uifixture::makeRun()));
        QCOMPARE(page.view()->model()->rowCount(), 2);
        page.view()->setCurrentIndex(page.view()->model()->index(1, 0));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().first().toString(), u"t-blokecore"_s);

        // A new run where the tiles swap places: the selection follows the trend id, silently.
        RunResult swapped = uifixture::makeRun();
        std::swap(swapped.clusters[0].rank, swapped.clusters[1].rank);
        std::swap(swapped.clusters[0], swapped.clusters[1]);
        page.setSnapshot(snapshotOf(swapped));
        QCOMPARE(page.currentTrend(), u"t-blokecore"_s);
        QCOMPARE(page.view()->currentIndex().row(), 0);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(page.selectedTrendIds(), QStringList{u"t-blokecore"_s});
    }

    void clustersPageAnnouncesSelection()
    {
        ClustersPage page;
        page.show();
        page.setSnapshot(snapshotOf(uifixture::makeRun()));
        QSignalSpy selected(&page, &ClustersPage::clusterSelected);
        page.view()->selectRow(2);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().first().toString(), u"t-slowtopic"_s);
        page.selectTrend(u"t-matchalatte"_s); // programmatic: no echo
        QCOMPARE(selected.count(), 1);
        QCOMPARE(page.view()->currentIndex().data(Qt::UserRole + 2).toString(), u"t-matchalatte"_s);
    }

    void decisionsPageFiltersOnAWorker()
    {
        DecisionsPage page;
        QSignalSpy filtered(&page, &DecisionsPage::filtered);
        page.setSnapshot(snapshotOf(uifixture::makeRun()));
        QCOMPARE(filtered.count(), 1);
        QCOMPARE(filtered.last().first().value<qsizetype>(), 12);
        DecisionFilter f;
        f.outcome = u"dropped"_s;
        page.setFilter(f);
        // The filter runs on a worker; a tiny log can be done before the continuation is attached,
        // in which case the answer comes at once, so count signals instead of waiting for one.
        QTRY_COMPARE(filtered.count(), 2);
        QCOMPARE(filtered.last().first().value<qsizetype>(), 2);
        QCOMPARE(page.model()->rowCount(), 2);
        page.showSubject(u"cluster:t-matchalatte"_s);
        QTRY_COMPARE(filtered.count(), 3);
        QCOMPARE(page.model()->rowCount(), 0); // outcome "dropped" still applies
    }

    void chartsShowTheSelectedTrend()
    {
        ChartsPage page;
        page.show(); // charts are built only while visible
        page.setSnapshot(snapshotOf(uifixture::makeRun()));
        QVERIFY(page.velocityChart()->postPoints().isEmpty());
        page.setTrend(u"t-matchalatte"_s);
        QCOMPARE(page.velocityChart()->postPoints().size(), 96);
        QCOMPARE(page.velocityChart()->postPoints().last().x(), double(1748736000000 - 3600 * 1000LL));
        // the uncovered baseline window (the oldest, 72–96 h before as_of) is hatched, the covered ones only shaded
        QCOMPARE(page.velocityChart()->uncoveredSpans(),
                 (QList<std::pair<qint64, qint64>>{{1748736000000 - 96 * 3600 * 1000LL, 1748736000000 - 72 * 3600 * 1000LL}}));
        QCOMPARE(page.growthChart()->categories().size(), 2);
        QVERIFY(page.growthChart()->categories().first().contains(u"#抹茶拿铁"_s));
    }

    void hiddenChartsWaitUntilShown()
    {
        ChartsPage page; // never shown yet: behind another tab
        page.setSnapshot(snapshotOf(uifixture::makeRun()));
        page.setTrend(u"t-matchalatte"_s);
        QCOMPARE(page.velocityBuilds(), 0);
        QCOMPARE(page.growthBuilds(), 0);
        QVERIFY(page.velocityChart()->postPoints().isEmpty());
        QVERIFY(page.growthChart()->categories().isEmpty());

        page.show(); // once each, with the latest run and trend
        QCOMPARE(page.velocityBuilds(), 1);
        QCOMPARE(page.growthBuilds(), 1);
        QCOMPARE(page.velocityChart()->postPoints().size(), 96);
        QCOMPARE(page.growthChart()->categories().size(), 2);

        page.setTrend(QString()); // a selection: the growth chart does not depend on it
        QCOMPARE(page.velocityBuilds(), 2);
        QCOMPARE(page.growthBuilds(), 1);
        QVERIFY(page.velocityChart()->postPoints().isEmpty());

        page.hide();
        page.setSnapshot(snapshotOf(uifixture::makeRun())); // a new run: both, once shown again
        page.setTrend(u"t-matchalatte"_s);
        QCOMPARE(page.velocityBuilds(), 2);
        QCOMPARE(page.growthBuilds(), 1);
        page.show();
        QCOMPARE(page.velocityBuilds(), 3);
        QCOMPARE(page.growthBuilds(), 2);
        page.show(); // shown again without changes: nothing to rebuild
        QCOMPARE(page.velocityBuilds(), 3);
    }

    void evidencePanelFillsAndOpensPosts()
    {
        EvidencePanel panel;
        panel.show();
        panel.setSnapshot(snapshotOf(uifixture::makeRun()));
        panel.setTrend(u"t-matchalatte"_s);
        QCOMPARE(panel.evidenceModel()->trendId(), u"t-matchalatte"_s);
        QCOMPARE(panel.topPostsModel()->rowCount(), 2);
        QSignalSpy open(&panel, &EvidencePanel::openPostRequested);
        const QModelIndex first = panel.postsView()->model()->index(0, 0);
        Q_EMIT panel.postsView()->doubleClicked(first); // as the view does on a double-click
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), u"https://example.com/p1"_s);
    }

    void evidencePanelPaintsAfterTheWindow()
    {
        // A new result changes the panel's content at once but paints it in an event of its own, after the
        // window's paint (the GUI thread never holds both): it must come back, never stay frozen.
        EvidencePanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSnapshot(snapshotOf(uifixture::makeRun()));
        panel.setTrend(u"t-matchalatte"_s);
        QCOMPARE(panel.topPostsModel()->rowCount(), 2);
        QVERIFY(!panel.updatesEnabled());
        QTRY_VERIFY(panel.updatesEnabled());
        panel.setTrend(u"t-matchalatte"_s + u"-none"_s);
        QTRY_VERIFY(panel.updatesEnabled());
        QCOMPARE(panel.topPostsModel()->rowCount(), 0);
    }

    void emptyProjectSaysWhatToDo()
    {
        TrendsPage page;
        page.show();
        RunResult empty; // a project without posts: Latest resolved to nothing, the window holds nothing
        page.setSnapshot(snapshotOf(empty));
        EmptyProject *panel = page.emptyProject();
        QVERIFY(panel->isVisible());
        QVERIFY(!page.view()->isVisible());
        QVERIFY2(panel->text().contains(u"This project has no posts yet"_s), qPrintable(panel->text()));
        QVERIFY(!panel->text().contains(u"as of"_s));
        QCOMPARE(panel->importButton()->text(), u"Import data…"_s);
        QCOMPARE(panel->feedsButton()->text(), u"Live feeds…"_s);
        QSignalSpy import(&page, &TrendsPage::importRequested);
        QSignalSpy feeds(&page, &TrendsPage::feedsRequested);
        QTest::mouseClick(panel->importButton(), Qt::LeftButton);
        QTest::mouseClick(panel->feedsButton(), Qt::LeftButton);
        QCOMPARE(import.count(), 1);
        QCOMPARE(feeds.count(), 1);

        // Posts in the project, none in this window: the window is named, with how to move it.
        RunResult quiet;
        quiet.asOfMs = 1748736000000; // 2025-06-01 00:00 UTC
        page.setSnapshot(snapshotOf(quiet));
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->text().contains(u"No posts in this window"_s) && panel->text().contains(u"2025-06-01 00:00 UTC"_s),
                 qPrintable(panel->text()));

        // A run with posts: the tiles again.
        page.setSnapshot(snapshotOf(uifixture::makeRun()));
        QVERIFY(!panel->isVisible());
        QVERIFY(page.view()->isVisible());
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
