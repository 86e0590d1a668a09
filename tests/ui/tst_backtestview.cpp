#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "core/model/ingestoptions.h"
#include "core/model/timeformat.h"
#include "core/report/urgencystyle.h"
#include "core/service/backtest.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/sqlite/sqliteprojectstore.h"
#include "tests/support/sqlitediscovery.h"
#include "tests/support/testdata.h"
#include "ui/backtestflow.h"
#include "ui/backtestjob.h"
#include "ui/desktopsettings.h"
#include "ui/dialogs/backtestdialog.h"
#include "ui/pages/backtestpage.h"
#include "ui/mainwindow.h"
#include "ui/pipelinerunner.h"
#include "ui/projectcontroller.h"
#include "ui/widgets/backtesttimeline.h"
#include "ui/widgets/timebar.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kFrom = 1780272000000; // 2026-06-01T00:00:00Z

/// Two trends over 6 hourly steps, worked by hand:
///  a: flagged from step 1 (monitor, then act_now from step 3), peak at step 4 → lead 3 h;
///  b: flagged at step 2 only (prepare), missing from step 4, peak at step 2 → lead 0 h.
std::shared_ptr<const BacktestResult> handMade()
{
    auto r = std::make_shared<BacktestResult>();
    r->fromMs = kFrom;
    r->toMs = kFrom + 5 * kHour;
    r->stepHours = 1;
    for (int i = 0; i < 6; ++i)
        r->steps.append(BacktestStep{kFrom + i * kHour, 100, {}});
    BacktestTrend a;
    a.trendId = u"ta"_s;
    a.anchor = u"matcha"_s;
    a.title = u"#matcha #抹茶"_s;
    a.firstFlaggedMs = kFrom + kHour;
    a.firstActNowMs = kFrom + 3 * kHour;
    a.peakMs = kFrom + 4 * kHour;
    a.peakPosts = 50;
    a.flaggedSteps = 5;
    const QString urgencies[] = {u""_s, u"monitor"_s, u"monitor"_s, u"act_now"_s, u"act_now"_s, u"act_now"_s};
    const int posts[] = {3, 10, 20, 30, 50, 40};
    for (int i = 0; i < 6; ++i)
        a.steps.append(BacktestTrendStep{kFrom + i * kHour, posts[i], i > 0, urgencies[i], u"rising"_s});
    BacktestTrend b;
    b.trendId = u"tb"_s;
    b.anchor = u"boba"_s;
    b.firstFlaggedMs = kFrom + 2 * kHour;
    b.peakMs = kFrom + 2 * kHour;
    b.peakPosts = 9;
    b.flaggedSteps = 1;
    b.steps.append(BacktestTrendStep{kFrom + kHour, 4, false, {}, u"new"_s});
    b.steps.append(BacktestTrendStep{kFrom + 2 * kHour, 9, true, u"prepare"_s, u"rising"_s});
    b.steps.append(BacktestTrendStep{kFrom + 3 * kHour, 5, false, {}, u"peaked"_s});
    r->trends = {a, b};
    return r;
}

QColor pixel(QWidget &w, int x, int y)
{
    return w.grab().toImage().pixelColor(x, y);
}

} // namespace

/// Run → Backtest…: the timeline drawn and sorted as the numbers say, its tooltips and clicks; the dialog's range
/// checks; and the whole road in the main window offscreen — menu, dialog, background run with progress, the result,
/// Cancel, and a click on a step that opens that step's run.
class TestBacktestView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<ImportService> m_imports;
    std::shared_ptr<DiscoveryService> m_discovery;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        DesktopContext ctx;
        ctx.initialDatabase = m_dbPath;
        ctx.settingsGroup = u"tst_backtestview"_s;
        ctx.sampleDatabasePath = m_dir.filePath(u"never-the-sample.db"_s);
        const auto imports = m_imports;
        const auto discovery = m_discovery;
        const auto db = m_db;
        ctx.openDatabase = [imports, discovery, db](const QString &path) -> Result<Workspace> {
            return Workspace::fromServices(path, discovery, imports, std::make_shared<SqliteProjectStore>(db));
        };
        m_window = std::make_unique<MainWindow>(ctx);
        m_window->show();
    }

    BacktestDialog *visibleDialog() const
    {
        for (BacktestDialog *d : m_window->findChildren<BacktestDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GlassTrendTests"_s);
        desktopSettings().remove(u"tst_backtestview"_s);
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"sample.db"_s);
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        m_db = db.value();
        m_imports = std::make_shared<ImportService>(std::make_shared<PostRepository>(m_db), IngestOptions{});
        m_discovery = sqliteDiscovery(m_db, PipelineParams{}, u"latest"_s, true);
        QVERIFY(m_imports->importFile(testsupport::sourcePath(u"resources/ui/sample/sample.ndjson"_s)).ok());
    }

    void cleanup() { m_window.reset(); }

    void timelineSortsDrawsAndTells()
    {
        BacktestTimeline timeline;
        timeline.resize(700, 200);
        timeline.setResult(handMade());
        QCOMPARE(timeline.rowTrendIds(), (QStringList{u"ta"_s, u"tb"_s})); // first flagged: 01:00 before 02:00
        timeline.setSortOrder(BacktestTimeline::SortOrder::LeadTime);
        QCOMPARE(timeline.rowTrendIds(), (QStringList{u"ta"_s, u"tb"_s})); // lead 3 h before 0 h
        timeline.setSortOrder(BacktestTimeline::SortOrder::FirstFlagged);

        for (int i = 0; i < 6; ++i)
            QCOMPARE(timeline.stepAt(timeline.stepCenterX(i)), i);
        QCOMPARE(timeline.stepAt(5), -1); // the label column

        // Row a: nothing before first flagged, monitor blue at step 1, act-now red at step 3, the peak diamond at 4.
        const int yA = timeline.rowCenterY(0);
        const int yB = timeline.rowCenterY(1);
        const int barY = yA + timeline.fontMetrics().height() / 2 - 1; // inside the bar, below the diamond's middle
        QCOMPARE(pixel(timeline, timeline.stepCenterX(1) - 4, barY), urgencyStyle(u"monitor").color);
        QCOMPARE(pixel(timeline, timeline.stepCenterX(3) - 4, barY), urgencyStyle(u"act_now").color);
        QCOMPARE(pixel(timeline, timeline.stepCenterX(4), yA), timeline.palette().color(QPalette::Text));
        QVERIFY(pixel(timeline, timeline.stepCenterX(0), barY) != urgencyStyle(u"monitor").color);
        // Row b: prepare amber at step 2, grey (not flagged) after it to the end of the range.
        const int column = timeline.stepCenterX(3) - timeline.stepCenterX(2);
        QCOMPARE(pixel(timeline, timeline.stepCenterX(2) - column / 2 + 2, yB), urgencyStyle(u"prepare").color);
        const QColor after = pixel(timeline, timeline.stepCenterX(5), yB);
        QVERIFY(after != urgencyStyle(u"prepare").color && after != timeline.palette().color(QPalette::Base));

        const QString tip = timeline.toolTipAt(QPoint(timeline.stepCenterX(3), yA));
        QVERIFY2(tip.contains(u"First flagged: 2026-06-01 01:00 UTC"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"First act now: 2026-06-01 03:00 UTC"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Lead time: 3 h"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"At 2026-06-01 03:00 UTC: ACT NOW, rising, posts: 30"_s), qPrintable(tip));
        const QString notFlagged = timeline.toolTipAt(QPoint(timeline.stepCenterX(3), yB));
        QVERIFY2(notFlagged.contains(u"not flagged, peaked, posts: 5"_s), qPrintable(notFlagged));

        QSignalSpy clicked(&timeline, &BacktestTimeline::stepClicked);
        QTest::mouseClick(&timeline, Qt::LeftButton, {}, QPoint(timeline.stepCenterX(2), yB));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toLongLong(), kFrom + 2 * kHour);
        QCOMPARE(timeline.selectedStep(), 2);
    }

    void dialogChecksTheRange()
    {
        BacktestRequest initial;
        initial.fromMs = kFrom;
        initial.toMs = kFrom + 168 * kHour;
        initial.windowHours = 24;
        BacktestDialog dialog(initial);
        QCOMPARE(dialog.summary()->text(), u"Steps: 169."_s);
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.fromEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(kFrom - 3000 * kHour, QTimeZone::utc()));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY2(dialog.summary()->text().contains(u"at most 2000"_s), qPrintable(dialog.summary()->text()));
        dialog.stepBox()->setValue(2);
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(kFrom - 4000 * kHour, QTimeZone::utc()));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.request().stepHours, 2);
        QCOMPARE(dialog.request().windowHours, 24);
    }

    /// The menu, the dialog with the last 7 days, the run, the timeline, and a step opened in the main window.
    void mainWindowRunsABacktestAndOpensAStep()
    {
        openWindow();
        QSignalSpy firstRun(m_window->runner(), &PipelineRunner::finished);
        QVERIFY(firstRun.wait(60000));
        QAction *action = m_window->menuBar()->findChild<QAction *>(u"backtest"_s);
        QVERIFY(action);
        action->trigger();
        BacktestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
        // Default: the 7 days up to the newest post (the sample ends at 2026-05-31T23:58:30Z), hourly.
        const BacktestRequest proposed = dialog->request();
        QCOMPARE(proposed.toMs - proposed.fromMs, 168 * kHour);
        QCOMPARE(isoUtc(proposed.toMs), u"2026-05-31T23:58:30Z"_s);
        QCOMPARE(proposed.stepHours, 1);
        QSignalSpy done(m_window->backtest()->job(), &BacktestJob::finished);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(done.wait(120000));

        BacktestPage *window = m_window->backtest()->page();
        QCOMPARE(m_window->tabs()->currentWidget(), window); // the Backtest page is shown
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), u"Backtest"_s);
        QVERIFY(!window->progressBar()->isVisible());
        const auto result = window->timeline()->result();
        QVERIFY(result);
        QCOMPARE(result->steps.size(), 169);
        QVERIFY(!result->trends.isEmpty());
        QCOMPARE(window->progressBar()->value(), 169);
        // The same answer as the core's backtest on the same database and thresholds.
        BacktestRequest request = proposed;
        auto direct = Backtest(m_discovery->posts(), m_window->currentParams()).run(request);
        QVERIFY(direct.ok());
        QCOMPARE(result->trends.size(), direct.value().trends.size());
        QCOMPARE(result->trends.first().firstFlaggedMs, direct.value().trends.first().firstFlaggedMs);

        window->sortBox()->setCurrentIndex(1);
        QCOMPARE(window->timeline()->sortOrder(), BacktestTimeline::SortOrder::LeadTime);

        // A click on the step where the first trend was first flagged opens that step's run.
        const BacktestTrend &first = result->trends.first();
        int step = 0;
        while (result->steps.at(step).asOfMs != first.firstFlaggedMs)
            ++step;
        m_window->resize(1400, 900);
        QApplication::processEvents();
        QSignalSpy rerun(m_window->runner(), &PipelineRunner::finished);
        QTest::mouseClick(window->timeline(), Qt::LeftButton, {},
                          QPoint(window->timeline()->stepCenterX(step), window->timeline()->rowCenterY(0)));
        QCOMPARE(m_window->timeBar()->asOfMs(), first.firstFlaggedMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runner()->snapshot().run
                                     && m_window->runner()->snapshot().run->asOfMs == first.firstFlaggedMs
                                     && !m_window->runner()->isBusy(),
                                 60000);
        bool shown = false;
        for (const ClusterResult &c : m_window->runner()->snapshot().run->clusters)
            shown = shown || (c.trendId == first.trendId && c.isTrend);
        QVERIFY(shown); // the step's run has the trend the timeline says was flagged there
    }

    void cancelStopsIt()
    {
        openWindow();
        QSignalSpy firstRun(m_window->runner(), &PipelineRunner::finished);
        QVERIFY(firstRun.wait(60000));
        BacktestRequest request = m_window->backtest()->defaultRequest();
        request.fromMs = request.toMs - 1999 * kHour;
        QSignalSpy done(m_window->backtest()->job(), &BacktestJob::finished);
        QVERIFY(m_window->backtest()->start(request));
        BacktestPage *window = m_window->backtest()->page();
        QVERIFY(window->cancelButton()->isVisible());
        QVERIFY(!m_window->backtest()->start(request)); // one at a time
        window->cancelButton()->click();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(2).toBool(), true);
        QCOMPARE(window->statusLabel()->text(), u"The backtest was cancelled."_s);
        QVERIFY(!window->cancelButton()->isVisible());
    }
};

QTEST_MAIN(TestBacktestView)
#include "tst_backtestview.moc"
