#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QXmlStreamReader>

#include "core/pipeline/pipeline.h"
#include "core/report/networkstyle.h"
#include "tests/core/pipeline/networkdataset.h"
#include "ui/networkjob.h"
#include "ui/pages/networkpage.h"
#include "ui/widgets/networkview.h"

using namespace Qt::StringLiterals;

/// The Network page driven offscreen on a real run of the tiny split network (tests/core/pipeline/networkdataset.h):
/// drawn, a click selects a cluster, the wheel zooms only with focus or Ctrl, drag pans, export writes GEXF.
class TestNetworkPage final : public QObject
{
    Q_OBJECT

    static RunSnapshot snapshot(quint64 generation = 1)
    {
        RunSnapshot s = RunSnapshot::make(
            runPipeline(testdata::splitNetworkDataset(), testdata::splitNetworkParams(), CancelToken()));
        s.generation = generation;
        return s;
    }

    /// Sends a wheel turn of one notch over the middle of `w`; true when `w` took it.
    static bool wheel(QWidget *w, Qt::KeyboardModifiers modifiers)
    {
        const QPointF local(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent event(local, w->mapToGlobal(local), QPoint(), QPoint(0, 120), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
        return event.isAccepted();
    }

    static void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                          buttons, Qt::NoModifier);
        QApplication::sendEvent(w, &event);
    }

    static std::unique_ptr<NetworkPage> shownPage()
    {
        auto page = std::make_unique<NetworkPage>();
        page->resize(800, 600);
        page->show();
        return page;
    }

private Q_SLOTS:
    void drawsTheGraphAndAClickSelectsItsCluster()
    {
        auto page = shownPage();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QSignalSpy selected(page.get(), &NetworkPage::clusterSelected);
        page->setSnapshot(snapshot());
        QTRY_VERIFY(page->view()->scene());
        const NetworkScene *scene = page->view()->scene();
        // y and z have no edge: hidden by default. a–b kept, b–c dropped by the split.
        QCOMPARE(scene->network.nodes.size(), 3);
        QCOMPARE(scene->hiddenTags, 2);
        QVERIFY2(page->statusLabel()->text().contains(u"3 tags, 2 edges (1 dropped by the max_tags split)"_s),
                 qPrintable(page->statusLabel()->text()));
        QVERIFY(page->exportButton()->isEnabled());

        // Each node is drawn in its cluster's colour at its place, inside the view.
        const QImage image = page->view()->grab().toImage();
        for (int i = 0; i < 3; ++i) {
            const QPoint at = page->view()->nodePosition(i).toPoint();
            QVERIFY(page->view()->rect().contains(at));
            QCOMPARE(QColor(image.pixel(at)).rgb(), networkstyle::clusterColor(scene->network.nodes.at(i).clusterIndex).rgb());
            QCOMPARE(page->view()->nodeAt(page->view()->nodePosition(i)), i);
        }
        QCOMPARE(page->view()->nodeAt(QPointF(-50, -50)), -1);

        const int c = scene->network.indexOf(u"c"_s);
        const QString cCluster = scene->network.nodes.at(c).clusterId;
        QTest::mouseClick(page->view(), Qt::LeftButton, {}, page->view()->nodePosition(c).toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().first().toString(), cCluster);
        QCOMPARE(page->view()->selectedCluster(), cCluster);
        // The selection made elsewhere (the cluster table, a card) rings that cluster here.
        const QString abCluster = scene->network.nodes.at(scene->network.indexOf(u"a"_s)).clusterId;
        QVERIFY(abCluster != cCluster);
        page->selectTrend(abCluster);
        QCOMPARE(page->view()->selectedCluster(), abCluster);
        QVERIFY(page->view()->grab().toImage() != image);
        QCOMPARE(selected.count(), 1); // selecting from outside announces nothing
    }

    void wheelZoomsOnlyWithFocusOrCtrlAndDragPans()
    {
        auto page = shownPage();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->setSnapshot(snapshot());
        QTRY_VERIFY(page->view()->scene());
        NetworkView *view = page->view();
        QCOMPARE(view->zoom(), 1.0);

        // Passing over with the wheel: not taken, nothing zooms (the page behind may scroll).
        page->activateWindow();
        page->hideIsolatedBox()->setFocus();
        QTRY_VERIFY(page->hideIsolatedBox()->hasFocus());
        QVERIFY(!view->hasFocus());
        QVERIFY(!wheel(view, Qt::NoModifier));
        QCOMPARE(view->zoom(), 1.0);
        QVERIFY(wheel(view, Qt::ControlModifier));
        QVERIFY(view->zoom() > 1.0);
        view->fitToView();
        QCOMPARE(view->zoom(), 1.0);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(wheel(view, Qt::NoModifier));
        const double zoomed = view->zoom();
        QVERIFY(zoomed > 1.0);
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > zoomed);
        QTest::keyClick(view, Qt::Key_0);
        QCOMPARE(view->zoom(), 1.0);

        // A drag pans by what the mouse moved and selects nothing.
        QSignalSpy selected(page.get(), &NetworkPage::clusterSelected);
        const QPointF before = view->nodePosition(0);
        const QPointF start(10, 10); // a corner: no node there
        QCOMPARE(view->nodeAt(start), -1);
        mouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton);
        mouse(view, QEvent::MouseMove, start + QPointF(20, 10), Qt::LeftButton);
        mouse(view, QEvent::MouseMove, start + QPointF(40, 30), Qt::LeftButton);
        mouse(view, QEvent::MouseButtonRelease, start + QPointF(40, 30), Qt::NoButton);
        QCOMPARE(view->nodePosition(0), before + QPointF(40, 30));
        QCOMPARE(selected.count(), 0);
        QCOMPARE(view->zoom(), 1.0);
    }

    void showsEveryTagWhenAsked()
    {
        auto page = shownPage();
        page->setSnapshot(snapshot());
        QTRY_VERIFY(page->view()->scene());
        page->hideIsolatedBox()->setChecked(false);
        QTRY_COMPARE(page->view()->scene()->network.nodes.size(), 5);
        QCOMPARE(page->view()->scene()->hiddenTags, 0);
        QCOMPARE(page->view()->scene()->positions.size(), 5);
    }

    void layoutWaitsForThePageAndFollowsTheLatestRun()
    {
        NetworkPage page;
        page.resize(800, 600);
        page.setSnapshot(snapshot(1)); // hidden: nothing is laid out
        QVERIFY(!page.job()->isRunning());
        QVERIFY(!page.view()->scene());
        page.show();
        QVERIFY(page.job()->isRunning() || page.view()->scene());
        // Two runs in a row: the first layout is cancelled, the page shows the second.
        page.setSnapshot(snapshot(2));
        page.setSnapshot(snapshot(3));
        QTRY_VERIFY(page.view()->scene() && page.view()->scene()->generation == 3);
        QTest::qWait(50);
        QCOMPARE(page.view()->scene()->generation, quint64(3));
        // An empty run: an empty graph, said in words.
        RunSnapshot empty = RunSnapshot::make(RunResult{});
        empty.generation = 4;
        page.setSnapshot(empty);
        QTRY_VERIFY(page.view()->scene() && page.view()->scene()->generation == 4);
        QVERIFY(page.view()->scene()->network.nodes.isEmpty());
    }

    void exportsTheGraphShownAsGexf()
    {
        auto page = shownPage();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"net.gexf"_s);
        QVERIFY(!page->exportGexf(path).ok()); // nothing laid out yet
        page->setSnapshot(snapshot());
        QTRY_VERIFY(page->view()->scene());
        QVERIFY(page->exportGexf(path).ok());
        QVERIFY(page->statusLabel()->text().contains(u"net.gexf"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int nodes = 0, edges = 0, positions = 0, dropped = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            nodes += xml.name() == u"node" ? 1 : 0;
            edges += xml.name() == u"edge" ? 1 : 0;
            positions += xml.name() == u"position" ? 1 : 0;
            if (xml.name() == u"attvalue" && xml.attributes().value("for"_L1) == u"dropped_by_split")
                dropped += xml.attributes().value("value"_L1) == u"true" ? 1 : 0;
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(nodes, 3);
        QCOMPARE(edges, 2);
        QCOMPARE(positions, 3);
        QCOMPARE(dropped, 1);
    }
};

QTEST_MAIN(TestNetworkPage)
#include "tst_networkpage.moc"
