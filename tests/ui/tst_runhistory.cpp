#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QListView>
#include <QPlainTextEdit>
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiserver.h"
#include "core/model/ingestoptions.h"
#include "core/model/runcomparison.h"
#include "core/poll/feedpoller.h"
#include "core/service/alertservice.h"
#include "core/service/discoveryscheduler.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitepollstatestore.h"
#include "core/storage/postrepository.h"
#include "core/storage/runstore.h"
#include "core/storage/sqlite/sqlitealertstore.h"
#include "core/storage/sqlite/sqliteprojectstore.h"
#include "tests/api/httpclient.h"
#include "tests/support/sqlitediscovery.h"
#include "tests/support/testdata.h"
#include "tests/ui/runfixture.h"
#include "ui/alertsflow.h"
#include "ui/desktopsettings.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/watchlistdialog.h"
#include "ui/feedscontroller.h"
#include "ui/historyflow.h"
#include "ui/mainwindow.h"
#include "ui/models/alertmodel.h"
#include "ui/models/comparisonmodel.h"
#include "ui/models/historymodel.h"
#include "ui/pages/trendspage.h"
#include "ui/pipelinerunner.h"
#include "ui/runhistory.h"
#include "ui/watchsettings.h"
#include "ui/widgets/alertsdock.h"
#include "ui/widgets/evidencepanel.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3'600'000;

/// A pair of runs worked by hand. Before: matchalatte #1, blokecore #2, oldtrend #3 (slowtopic no trend). After:
/// blokecore #1 (▲ 1, prepare → act now, growth 2.6 → 3.1), matchalatte #2 (▼ 1), slowtopic #3 (new), oldtrend gone
/// (still a cluster, failing growth).
std::pair<RunResult, RunResult> handMadePair()
{
    RunResult before = uifixture::makeRun();
    ClusterResult old = before.clusters[0];
    old.trendId = u"t-oldtrend"_s;
    old.anchor = u"oldtrend"_s;
    old.hashtags = {u"oldtrend"_s};
    old.rank = 3;
    old.urgency = u"monitor"_s;
    old.growth = 1.9;
    before.clusters.insert(2, old);

    RunResult after = uifixture::makeRun();
    after.runId = u"run-2"_s;
    after.asOfMs = before.asOfMs + 24 * kHour;
    after.clusters[0].rank = 2;
    after.clusters[1].rank = 1;
    after.clusters[1].growth = 3.1;
    after.clusters[1].urgency = u"act_now"_s;
    std::swap(after.clusters[0], after.clusters[1]);
    ClusterResult &slow = after.clusters[2];
    slow.isTrend = true;
    slow.rank = 3;
    slow.urgency = u"monitor"_s;
    slow.growth = 1.6;
    old.isTrend = false;
    old.rank = 0;
    old.urgency.clear();
    old.growth = 1.1;
    for (ValidationCheck &check : old.checks) {
        if (check.name == u"growth"_s) {
            check.value = 1.1;
            check.passed = false;
        }
    }
    after.clusters.append(old);
    return {before, after};
}

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, col).data(role).toString());
    return out;
}

} // namespace

/// Issue 12 items 2–4 in the desktop: the run history (pin, list, open read-only, unpin), Compare with… (▲▼ and
/// "new" badges from core/model's compareRuns), scheduled discovery while live feeds are on, and the watch list with
/// the Alerts dock (once per trend and reason, also after reopening the project). Every new model under
/// QAbstractItemModelTester.
class TestRunHistory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_feedFolder;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<ImportService> m_imports;
    std::shared_ptr<DiscoveryService> m_discovery;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        DesktopContext ctx;
        ctx.initialDatabase = m_dbPath;
        ctx.settingsGroup = u"tst_runhistory"_s;
        ctx.sampleDatabasePath = m_dir.filePath(u"never-the-sample.db"_s);
        PollSource folder;
        folder.kind = u"folder"_s;
        folder.path = m_feedFolder;
        folder.intervalS = 3600;
        ctx.pollSettings.sources = {folder};
        const auto imports = m_imports;
        const auto discovery = m_discovery;
        const auto db = m_db;
        ctx.openDatabase = [imports, discovery, db](const QString &path) -> Result<Workspace> {
            Workspace w = Workspace::fromServices(path, discovery, imports, std::make_shared<SqliteProjectStore>(db),
                                                  std::make_shared<SqliteAlertStore>(db));
            w.makePoller = [imports, db](const PollSettings &settings) {
                return std::make_unique<FeedPoller>(settings, imports, std::make_shared<SqlitePollStateStore>(db));
            };
            return w;
        };
        m_window = std::make_unique<MainWindow>(ctx);
        m_window->show();
        QSignalSpy firstRun(m_window->runner(), &PipelineRunner::finished);
        QVERIFY(firstRun.wait(60000));
    }

    void rerunAt(qint64 asOfMs)
    {
        QSignalSpy ran(m_window->runner(), &PipelineRunner::finished);
        m_window->showAsOf(asOfMs);
        QVERIFY(ran.wait(60000));
    }

    QAction *action(const QString &name) const { return m_window->menuBar()->findChild<QAction *>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GlassTrendTests"_s);
        desktopSettings().remove(u"tst_runhistory"_s);
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"project.db"_s);
        m_feedFolder = m_dir.filePath(u"feed"_s);
        QVERIFY(QDir().mkpath(m_feedFolder));
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        m_db = db.value();
        m_imports = std::make_shared<ImportService>(std::make_shared<PostRepository>(m_db), IngestOptions{});
        m_discovery = sqliteDiscovery(m_db, PipelineParams{}, u"latest"_s, true);
        QVERIFY(m_imports->importFile(testsupport::sourcePath(u"resources/ui/sample/sample.ndjson"_s)).ok());
    }

    void cleanup()
    {
        m_window.reset();
        // The next window starts at Latest again (a test moved the as-of, which the project keeps).
        QVERIFY(SqliteProjectStore(m_db).saveSettings({{u"params"_s, u"{}"_s}}).ok());
    }

    void historyAndWatchSettingsRoundTrip()
    {
        RunHistory history;
        history.mark(u"a"_s, HistoryMark::Kind::Scheduled, 10);
        history.mark(u"b"_s, HistoryMark::Kind::Pinned, 20);
        history.setNote(u"b"_s, u"  before the launch "_s);
        history.mark(u"b"_s, HistoryMark::Kind::Scheduled, 30); // pinned stays pinned
        history.mark(u"a"_s, HistoryMark::Kind::Pinned, 40);    // a scheduled run can be pinned
        const RunHistory back = RunHistory::fromValue(history.toValue());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.markOf(u"b"_s).kind, HistoryMark::Kind::Pinned);
        QCOMPARE(back.markOf(u"b"_s).note, u"before the launch"_s);
        QCOMPARE(back.markOf(u"b"_s).markedAtMs, 20);
        QCOMPARE(back.markOf(u"a"_s).kind, HistoryMark::Kind::Pinned);
        QCOMPARE(back.pinned(), (QStringList{u"a"_s, u"b"_s}));
        // An entry of a kind this build does not know is skipped, not the whole list.
        const RunHistory forgiving =
            RunHistory::fromValue(uR"({"x": {"kind": "starred"}, "y": {"kind": "scheduled", "marked_at": 5}})"_s);
        QCOMPARE(forgiving.runIds(), QStringList{u"y"_s});

        QCOMPARE(watchsettings::parseTags(u"#Matcha*, blokecore\n\n#抹茶拿铁 blokecore *"_s),
                 (QStringList{u"matcha*"_s, u"blokecore"_s, u"抹茶拿铁"_s}));
        const WatchList defaults{{u"x"_s}, true};
        QCOMPARE(watchsettings::fromValue({}, defaults).tags, QStringList{u"x"_s});
        const WatchList stored =
            watchsettings::fromValue(watchsettings::toValue(WatchList{{u"matcha*"_s}, false}), defaults);
        QCOMPARE(stored.tags, QStringList{u"matcha*"_s});
        QVERIFY(!stored.onActNow);
    }

    /// ▲/▼/new/gone on the hand-made pair, as core/model's compareRuns says, with the gone trend's failed check.
    void comparisonBadges()
    {
        const auto [before, after] = handMadePair();
        const auto clusterNow = [&after](const QString &id) -> std::optional<ClusterResult> {
            for (const ClusterResult &c : after.clusters)
                if (c.trendId == id)
                    return c;
            return std::nullopt;
        };
        CompareDialog dialog;
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setComparison(compareRuns(RunTrends::of(before), RunTrends::of(after), clusterNow), u"before"_s,
                             u"after"_s);
        const ComparisonModel &model = *dialog.model();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(column(model, ComparisonModel::TrendColumn),
                 (QStringList{u"#blokecore"_s, u"#matchalatte"_s, u"#slowtopic"_s, u"#oldtrend"_s}));
        QCOMPARE(column(model, ComparisonModel::ChangeColumn), (QStringList{u"▲ 1"_s, u"▼ 1"_s, u"new"_s, u"gone"_s}));
        QCOMPARE(column(model, ComparisonModel::ChangeColumn, ComparisonModel::StatusRole),
                 (QStringList{u"kept"_s, u"kept"_s, u"new"_s, u"gone"_s}));
        QCOMPARE(model.index(0, 0).data(ComparisonModel::RankChangeRole).toInt(), 1);
        QCOMPARE(model.index(1, 0).data(ComparisonModel::RankChangeRole).toInt(), -1);
        QVERIFY(!model.index(2, 0).data(ComparisonModel::RankChangeRole).isValid());
        QCOMPARE(model.index(0, ComparisonModel::GrowthColumn).data().toString(), u"3.1×"_s);
        QCOMPARE(model.index(0, ComparisonModel::GrowthChangeColumn).data().toString(), u"+0.50×"_s);
        QCOMPARE(model.index(0, ComparisonModel::UrgencyColumn).data().toString(), u"PREPARE → ACT NOW"_s);
        QCOMPARE(model.index(1, ComparisonModel::UrgencyColumn).data().toString(), u"ACT NOW"_s);
        QCOMPARE(model.index(3, ComparisonModel::ChecksColumn).data().toString(), u"fails growth"_s);
        QCOMPARE(model.index(3, ComparisonModel::GrowthColumn).data().toString(), u"was 1.9×"_s);
        QCOMPARE(dialog.summary(), u"after compared with before: 1 new, 2 kept, 1 gone."_s);
        QCOMPARE(model.index(0, ComparisonModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0x2E, 0x7D, 0x32));
        QCOMPARE(model.index(1, ComparisonModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xC6, 0x28, 0x28));
    }

    void historyAndAlertModels()
    {
        HistoryModel history;
        QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunSummary older{u"r1"_s, 1000, 1780272000000, 24, 10, 3, 2, 5, 7};
        RunSummary newer{u"r2"_s, 2000, 1780275600000, 48, 11, 4, 3, 6, 8};
        history.setEntries({HistoryEntry{older, HistoryMark{HistoryMark::Kind::Pinned, u"launch"_s, 1000}},
                            HistoryEntry{newer, HistoryMark{HistoryMark::Kind::Scheduled, {}, 2000}}});
        QCOMPARE(column(history, 0, HistoryModel::RunIdRole), (QStringList{u"r2"_s, u"r1"_s})); // newest first
        QCOMPARE(column(history, HistoryModel::KindColumn), (QStringList{u"Scheduled"_s, u"Pinned"_s}));
        QCOMPARE(column(history, HistoryModel::AsOfColumn),
                 (QStringList{u"2026-06-01 01:00"_s, u"2026-06-01 00:00"_s}));
        QCOMPARE(column(history, HistoryModel::WindowColumn), (QStringList{u"48 h"_s, u"24 h"_s}));
        QCOMPARE(column(history, HistoryModel::TrendsColumn), (QStringList{u"3"_s, u"2"_s}));
        QVERIFY(history.flags(history.index(0, HistoryModel::NoteColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(history.flags(history.index(0, HistoryModel::KindColumn)) & Qt::ItemIsEditable));
        QSignalSpy noted(&history, &HistoryModel::noteEdited);
        QVERIFY(history.setData(history.index(0, HistoryModel::NoteColumn), u" after "_s));
        QCOMPARE(noted.size(), 1);
        QCOMPARE(noted.at(0).at(0).toString(), u"r2"_s);
        QCOMPARE(noted.at(0).at(1).toString(), u"after"_s);

        AlertModel alerts;
        QAbstractItemModelTester alertsTester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Alert watched{u"t1"_s, u"watched_tag"_s,  u"r1"_s, 1780272000000, u"#matchalatte #抹茶拿铁"_s, u"act_now"_s,
                      4.2,     {u"matchalatte"_s}};
        Alert actNow{u"t2"_s, u"act_now"_s, u"r1"_s, 1780272000000, u"#blokecore"_s, u"act_now"_s, std::nullopt, {}};
        alerts.setAlerts({AlertRecord{1, watched, 1000, false, 0}});
        alerts.prepend(AlertRecord{2, actNow, 2000, false, 0});
        alerts.prepend(AlertRecord{2, actNow, 2000, false, 0}); // the same alert once
        QCOMPARE(alerts.rowCount(), 2);
        QCOMPARE(column(alerts, AlertModel::ReasonColumn),
                 (QStringList{u"Reached ACT NOW"_s, u"Watched: #matchalatte"_s}));
        QCOMPARE(column(alerts, AlertModel::GrowthColumn), (QStringList{u"—"_s, u"4.2×"_s}));
        QCOMPARE(column(alerts, 0, AlertModel::TrendIdRole), (QStringList{u"t2"_s, u"t1"_s}));
    }

    /// Run → Pin this run; Run → History… lists it; after another run, Open shows the pinned run's tiles read-only,
    /// and the embedded server's /api/v1/runs answers from the same store.
    void pinListOpen()
    {
        openWindow();
        const std::shared_ptr<const RunResult> pinnedRun = m_window->runner()->snapshot().run;
        QVERIFY(pinnedRun && pinnedRun->trendCount() > 0);
        QSignalSpy kept(m_window->history(), &HistoryFlow::kept);
        QAction *pin = action(u"pinRun"_s);
        QVERIFY(pin);
        QCOMPARE(pin->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        pin->trigger();
        QVERIFY(kept.wait(30000));
        QCOMPARE(kept.at(0).at(0).toString(), pinnedRun->runId);
        QVERIFY2(m_window->statusMessage().startsWith(u"Pinned the run as of"_s),
                 qPrintable(m_window->statusMessage()));

        QSignalSpy listed(m_window->history(), &HistoryFlow::listed);
        action(u"runHistory"_s)->trigger();
        QVERIFY(listed.wait(30000));
        HistoryDialog *dialog = m_window->history()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        HistoryModel *model = m_window->history()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(HistoryModel::RunIdRole).toString(), pinnedRun->runId);
        QCOMPARE(model->index(0, HistoryModel::KindColumn).data().toString(), u"Pinned"_s);
        QCOMPARE(model->index(0, HistoryModel::TrendsColumn).data().toInt(), pinnedRun->trendCount());
        QCOMPARE(dialog->selectedRunIds(), QStringList{pinnedRun->runId}); // the pinned run is chosen

        // A note is kept in the project.
        QVERIFY(model->setData(model->index(0, HistoryModel::NoteColumn), u"before launch"_s));
        m_window->history()->waitForIdle();
        QCOMPARE(m_window->history()->history().markOf(pinnedRun->runId).note, u"before launch"_s);

        // Another run on screen, then the pinned one opened from the list.
        rerunAt(pinnedRun->asOfMs - 24 * kHour);
        QVERIFY(m_window->runner()->snapshot().run->runId != pinnedRun->runId);
        QSignalSpy shown(m_window->runner(), &PipelineRunner::finished);
        dialog->findChild<QPushButton *>(u"historyOpen"_s)->click();
        QVERIFY(shown.wait(30000));
        const RunSnapshot &snapshot = m_window->runner()->snapshot();
        QVERIFY(snapshot.stored);
        QVERIFY(!snapshot.dataset);
        QCOMPARE(snapshot.run->runId, pinnedRun->runId);
        QCOMPARE(snapshot.run->asOfMs, pinnedRun->asOfMs);
        QVERIFY(!snapshot.run->decisions.empty()); // the decision log comes with it (evidence)
        const QAbstractItemModel *tiles = m_window->trendsPage()->view()->model();
        QCOMPARE(tiles->rowCount(), pinnedRun->trendCount());
        QVERIFY2(m_window->statusMessage().contains(u"read-only"_s), qPrintable(m_window->statusMessage()));
        // A knob moves: the pipeline runs again (no longer the stored run).
        QSignalSpy again(m_window->runner(), &PipelineRunner::finished);
        m_window->runner()->runNow();
        QVERIFY(again.wait(60000));
        QVERIFY(!m_window->runner()->snapshot().stored);

        // The embedded server (the same services) lists the pinned run.
        ApiServerSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = 0;
        ApiServer server(settings, ApiServices{m_imports, m_discovery, std::make_shared<SqliteAlertStore>(m_db)});
        QVERIFY(server.listen().ok());
        HttpClient http(server.port());
        const HttpResult runs = http.get(u"/api/v1/runs"_s);
        QCOMPARE(runs.status, 200);
        QVERIFY2(runs.body.contains(pinnedRun->runId.toUtf8()), runs.body.constData());

        // Unpin: gone from the list.
        dialog->selectRun(pinnedRun->runId);
        QCOMPARE(dialog->selectedRunIds(), QStringList{pinnedRun->runId});
        QSignalSpy relisted(m_window->history(), &HistoryFlow::listed);
        QPushButton *unpin = dialog->findChild<QPushButton *>(u"historyRemove"_s);
        QVERIFY(unpin->isEnabled());
        unpin->click();
        QVERIFY(relisted.wait(30000));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!m_window->history()->history().contains(pinnedRun->runId));
    }

    /// Compare with…: the run on screen beside a pinned one; every badge matches the two runs' ranks.
    void compareWithPinned()
    {
        openWindow();
        const std::shared_ptr<const RunResult> pinned = m_window->runner()->snapshot().run;
        QSignalSpy kept(m_window->history(), &HistoryFlow::kept);
        QVERIFY(m_window->history()->pin());
        QVERIFY(kept.wait(30000));
        rerunAt(pinned->asOfMs - 12 * kHour);
        const std::shared_ptr<const RunResult> now = m_window->runner()->snapshot().run;

        QSignalSpy listed(m_window->history(), &HistoryFlow::listed);
        action(u"compareWith"_s)->trigger(); // the history, with the pinned run selected
        QVERIFY(listed.wait(30000));
        QSignalSpy compared(m_window->history(), &HistoryFlow::compared);
        m_window->history()->dialog()->findChild<QPushButton *>(u"historyCompareCurrent"_s)->click();
        QVERIFY(compared.wait(30000));
        CompareDialog *dialog = m_window->history()->compareDialog();
        QVERIFY(dialog && dialog->isVisible());
        ComparisonModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QHash<QString, int> before;
        for (const ClusterResult &c : pinned->clusters)
            if (c.isTrend)
                before.insert(c.trendId, c.rank);
        int rows = 0;
        for (const ClusterResult &c : now->clusters) {
            if (!c.isTrend)
                continue;
            const QModelIndex badge = model->index(rows++, ComparisonModel::ChangeColumn);
            QCOMPARE(badge.data(ComparisonModel::TrendIdRole).toString(), c.trendId);
            QString expected = u"new"_s;
            if (before.contains(c.trendId)) {
                const int up = before.value(c.trendId) - c.rank;
                expected = up > 0 ? u"▲ %1"_s.arg(up) : up < 0 ? u"▼ %1"_s.arg(-up) : u"="_s;
            }
            QCOMPARE(badge.data().toString(), expected);
        }
        for (int r = rows; r < model->rowCount(); ++r) {
            QCOMPARE(model->index(r, ComparisonModel::ChangeColumn).data().toString(), u"gone"_s);
            QVERIFY(before.contains(model->index(r, 0).data(ComparisonModel::TrendIdRole).toString()));
        }
        QVERIFY(model->rowCount() > 0);

        // Two kept runs compared with each other: the earlier as-of is the base.
        QSignalSpy keptNow(m_window->history(), &HistoryFlow::kept);
        QVERIFY(m_window->history()->pin());
        QVERIFY(keptNow.wait(30000));
        QTRY_COMPARE(m_window->history()->model()->rowCount(), 2);
        HistoryDialog *history = m_window->history()->dialog();
        history->view()->selectAll();
        QSignalSpy comparedTwo(m_window->history(), &HistoryFlow::compared);
        history->findChild<QPushButton *>(u"historyCompareTwo"_s)->click();
        QVERIFY(comparedTwo.wait(30000));
        const auto two = comparedTwo.at(0).at(0).value<RunComparison>();
        QCOMPARE(two.baseRunId, now->runId);
        QCOMPARE(two.runId, pinned->runId);
        QCOMPARE(two.trends.size(), model->rowCount());
        for (const TrendChange &change : two.trends)
            QVERIFY(change.status != TrendChange::Status::Kept || change.previousRank > 0);
        m_window->history()->remove({now->runId});

        // Run → Compare with… without a pinned run says how to get one.
        m_window->history()->remove({pinned->runId});
        m_window->history()->waitForIdle();
        action(u"compareWith"_s)->trigger();
        QVERIFY2(m_window->statusMessage().startsWith(u"No run is pinned yet"_s),
                 qPrintable(m_window->statusMessage()));
    }

    /// Live feeds on and a schedule set: a tick stores a discovery with the project's parameters, kept as scheduled.
    void scheduledRunIsStored()
    {
        openWindow();
        HistoryFlow *history = m_window->history();
        QVERIFY(m_window->feeds()->isLive()); // the folder source is polled from the start
        QVERIFY(!history->scheduler());       // no schedule yet (discovery.schedule off, none in the project)
        history->setScheduleS(3600);
        QVERIFY(history->scheduler());
        QCOMPARE(history->scheduler()->intervalMs(), 3600 * 1000);
        QSignalSpy kept(history, &HistoryFlow::kept);
        QSignalSpy stored(history, &HistoryFlow::scheduledRunStored);
        history->scheduler()->tick();
        QVERIFY(kept.wait(60000));
        QCOMPARE(stored.size(), 1);
        const auto run = stored.at(0).at(0).value<std::shared_ptr<const RunResult>>();
        QCOMPARE(kept.at(0).at(1).value<HistoryMark::Kind>(), HistoryMark::Kind::Scheduled);
        QCOMPARE(history->history().markOf(run->runId).kind, HistoryMark::Kind::Scheduled);
        QCOMPARE(run->params.windowHours, m_window->currentParams().windowHours);
        QVERIFY(m_discovery->runs()->summary(run->runId).ok());

        // Feeds off: no schedule; the project keeps its interval.
        m_window->feeds()->poller()->stop();
        QTRY_VERIFY(!m_window->feeds()->isLive());
        QVERIFY(!history->scheduler());
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->history()->scheduleS(), 3600);
        QVERIFY(m_window->history()->history().contains(run->runId)); // the history is the project's
    }

    /// A watched tag that becomes part of a trend: one alert in the dock, a notification, the run kept; re-running
    /// and reopening the project raise nothing new; double-clicking opens the run and the trend.
    void watchedTagAlertsOnce()
    {
        openWindow();
        // An hour before Latest: a run no earlier test kept, so the alert has to keep it.
        rerunAt(m_window->runner()->snapshot().run->asOfMs - kHour);
        const std::shared_ptr<const RunResult> run = m_window->runner()->snapshot().run;
        QVERIFY(!m_window->history()->history().contains(run->runId));
        const ClusterResult *trend = nullptr;
        for (const ClusterResult &c : run->clusters)
            if (c.isTrend && !trend)
                trend = &c;
        QVERIFY(trend);
        // Tags belong to one cluster each, so exactly one trend has this one.
        const QString tag = trend->hashtags.first();

        AlertsFlow *alerts = m_window->alerts();
        AlertsDock *dock = alerts->dock();
        QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dock->model()->rowCount(), 0);
        action(u"watchList"_s)->trigger();
        WatchListDialog *watch = nullptr;
        QTRY_VERIFY((watch = m_window->findChild<WatchListDialog *>()) != nullptr);
        watch->tagsEdit()->setPlainText(u"#"_s + tag);
        watch->actNowBox()->setChecked(false);
        QSignalSpy shown(alerts, &AlertsFlow::alertShown);
        watch->accept();
        QVERIFY(shown.wait(30000));
        const int watchedAlerts = 1;
        QCOMPARE(dock->model()->rowCount(), watchedAlerts);
        QCOMPARE(dock->model()->index(0, 0).data(AlertModel::ReasonRole).toString(), u"watched_tag"_s);
        QCOMPARE(dock->model()->index(0, 0).data(AlertModel::TrendIdRole).toString(), trend->trendId);
        QCOMPARE(dock->windowTitle(), u"Alerts (1)"_s);
        const QString alertRun = dock->model()->index(0, 0).data(AlertModel::RunIdRole).toString();
        const QString alertTrend = dock->model()->index(0, 0).data(AlertModel::TrendIdRole).toString();
        QCOMPARE(alertRun, run->runId);
        QVERIFY(!alerts->lastNotification().isEmpty());
        QVERIFY(m_window->statusBar()->currentMessage().contains(alerts->lastNotification()) ||
                QSystemTrayIcon::isSystemTrayAvailable());
        alerts->waitForIdle();
        QCOMPARE(m_window->history()->history().markOf(run->runId).kind, HistoryMark::Kind::Alert);

        // The same run again: nothing new.
        QSignalSpy evaluated(alerts->service(), &AlertService::runEvaluated);
        m_window->runner()->runNow();
        QVERIFY(evaluated.wait(60000));
        QCOMPARE(evaluated.at(0).at(1).toInt(), 0);
        QCOMPARE(dock->model()->rowCount(), watchedAlerts);

        // Reopened: the same alerts, listed from the project, none raised again.
        m_window.reset();
        openWindow();
        alerts = m_window->alerts();
        QTRY_COMPARE(alerts->dock()->model()->rowCount(), watchedAlerts);
        QCOMPARE(alerts->watchList().tags, QStringList{tag.toLower()});
        QSignalSpy evaluatedAgain(alerts->service(), &AlertService::runEvaluated);
        m_window->runner()->runNow();
        QVERIFY(evaluatedAgain.wait(60000));
        QCOMPARE(evaluatedAgain.at(0).at(1).toInt(), 0);
        QCOMPARE(alerts->dock()->model()->rowCount(), watchedAlerts);

        // Double-click: the alert's run, read-only, with its trend selected.
        rerunAt(run->asOfMs - 24 * kHour);
        QVERIFY(m_window->runner()->snapshot().run->runId != alertRun);
        QSignalSpy opened(m_window->history(), &HistoryFlow::opened);
        QTableView *view = alerts->dock()->view();
        alerts->dock()->show();
        QApplication::processEvents();
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        // A double-click as a user makes it: press and release, then the second press that Qt reports as a
        // double-click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(opened.wait(30000));
        QCOMPARE(m_window->runner()->snapshot().run->runId, alertRun);
        QVERIFY(m_window->runner()->snapshot().stored);
        QCOMPARE(m_window->evidencePanel()->trendId(), alertTrend);
    }
};

QTEST_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
