#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#include "core/log/log.h"
#include "core/storage/storagelocation.h"
#include "ui/alertsflow.h"
#include "ui/backtestflow.h"
#include "ui/connectflow.h"
#include "ui/pages/backtestpage.h"
#include "ui/desktopsettings.h"
#include "ui/evidencejob.h"
#include "ui/exportflow.h"
#include "ui/feedscontroller.h"
#include "ui/filedialogs.h"
#include "ui/helpflow.h"
#include "ui/historyflow.h"
#include "ui/importflow.h"
#include "ui/mappingflow.h"
#include "ui/platformquestion.h"
#include "ui/mainmenus.h"
#include "ui/pages/chartspage.h"
#include "ui/pages/clusterspage.h"
#include "ui/pages/decisionspage.h"
#include "ui/pages/networkpage.h"
#include "ui/pages/trendspage.h"
#include "ui/pipelinerunner.h"
#include "ui/projectcontroller.h"
#include "ui/runchange.h"
#include "ui/runwindows.h"
#include "ui/servercontrol.h"
#include "ui/theme.h"
#include "ui/widgets/alertsdock.h"
#include "ui/uiformat.h"
#include "ui/widgets/evidencepanel.h"
#include "ui/widgets/logdock.h"
#include "ui/widgets/statusline.h"
#include "ui/widgets/thresholdpanel.h"
#include "ui/widgets/timebar.h"
#include "ui/widgets/wheelguard.h"

using namespace Qt::StringLiterals;

// gt_ui is a static library: its resources (the bundled sample) must be registered by hand.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace {
const QString kSampleResource = u":/ui/sample/sample.ndjson"_s;
} // namespace

MainWindow::MainWindow(DesktopContext context, QWidget *parent)
    : QMainWindow(parent), m_context(std::move(context)), m_runner(new PipelineRunner({}, this)),
      m_export(new ExportJob(this)), m_thresholds(new ThresholdPanel(this)),
      m_timeBar(new TimeBar(this)), m_tabs(new QTabWidget(this)), m_trends(new TrendsPage(this)), m_clusters(new ClustersPage(this)),
      m_charts(new ChartsPage(this)), m_decisions(new DecisionsPage(this)), m_evidence(new EvidencePanel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_log(new LogDock(this))
{
    initUiResources();
    qApp->installEventFilter(new WheelGuard(this)); // the wheel moves no knob without focus, in every page
    m_theme = new Theme(this);
    m_theme->applySaved();
    if (m_context.sampleDatabasePath.isEmpty())
        m_context.sampleDatabasePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample.db"_s;
    m_projects = new ProjectController(m_context.openDatabase, m_context.configParams, m_context.settingsGroup, this);
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_trends, tr("Trends"));
    m_tabs->addTab(m_clusters, tr("Clusters"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_network = new NetworkPage(this), tr("Network"));
    m_backtestPage = new BacktestPage(this);
    m_tabs->addTab(m_backtestPage, tr("Backtest"));
    m_tabs->addTab(m_decisions, tr("Decisions"));
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_thresholds);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_evidence);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({270, 730, 480});
    // Time on top (../shared/UI.md "Added in the second round"), the three panes below.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_timeBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    m_log->hide();

    m_thresholds->setParams(m_context.configParams);
    m_timeBar->setParams(m_context.configParams);
    m_runner->setParams(m_context.configParams);

    // Live feeds poll into whichever database is open; new data reloads the window when the
    // analyst asked for "auto re-run" in the Feeds dialog.
    m_feeds = new FeedsController(m_context.pollSettings, m_context.savePollSettings, this);
    connect(m_feeds, &FeedsController::newData, this, [this](const ImportReport &report) {
        m_status->setChange(tr("Feeds: %1 new posts from %2; re-running").arg(report.inserted).arg(report.file));
        m_runner->setSource(workspace().loadWindow, workspace().hydrate, workspace().resolveAsOf);
        m_timeBar->reloadHours(m_hoursPlatforms);
    });
    // Run history, Compare with…, the schedule, and the alerts: flows of their own (issue 12).
    m_history = new HistoryFlow(m_runner, [this] { return currentParams(); }, m_context.scheduleS, this);
    m_alerts = new AlertsFlow(m_runner, m_history, m_context.watchDefaults, this);
    connect(m_feeds, &FeedsController::liveChanged, m_history, &HistoryFlow::setLive);
    createMenus();
    m_status = new StatusLine(statusBar());
    connect(m_connect, &ConnectFlow::message, m_status, &StatusLine::setChange);
    connect(m_history, &HistoryFlow::message, m_status, &StatusLine::setChange);
    connect(m_alerts, &AlertsFlow::message, m_status, &StatusLine::setChange);
    connect(m_history, &HistoryFlow::trendRequested, this, &MainWindow::selectTrend);
    connect(m_status, &StatusLine::cancelRequested, this, &MainWindow::cancelAll);

    connect(m_thresholds, &ThresholdPanel::paramsChanged, this, &MainWindow::paramsEdited);
    connect(m_timeBar, &TimeBar::timeChanged, this, &MainWindow::paramsEdited);
    connect(m_timeBar, &TimeBar::refused, this, [this](const QString &reason) {
        m_status->setChange(reason);
        statusBar()->showMessage(reason, 10000);
    });
    connect(m_trends, &TrendsPage::filtersChanged, this, &MainWindow::saveProject);
    connect(m_trends, &TrendsPage::importRequested, this, &MainWindow::chooseImport);
    connect(m_trends, &TrendsPage::feedsRequested, this, [this] { m_feeds->showDialog(this); });
    connect(m_thresholds, &ThresholdPanel::resetRequested, this, [this] {
        m_thresholds->setParams(m_context.configParams);
        m_timeBar->setParams(m_context.configParams);
        paramsEdited();
    });
    connect(m_thresholds, &ThresholdPanel::saveRequested, this, [this] {
        if (!m_context.saveParams)
            return;
        // The global defaults of new projects: the thresholds and the window, not this project's as-of.
        PipelineParams defaults = currentParams();
        defaults.asOfMs = m_context.configParams.asOfMs;
        const Status saved = m_context.saveParams(defaults);
        if (saved) {
            m_context.configParams = defaults;
            m_projects->setDefaults(m_context.configParams);
            const QString saved = m_context.configPath.isEmpty() ? tr("Thresholds saved to the configuration.")
                                                                 : tr("Thresholds saved to %1").arg(
                                                                       QDir::toNativeSeparators(m_context.configPath));
            m_status->setChange(saved);
            statusBar()->showMessage(saved, 5000);
        } else {
            QMessageBox::warning(this, tr("Save to config"), saved.error().message);
        }
    });
    connect(m_runner, &PipelineRunner::finished, this, &MainWindow::runFinished);
    connect(m_projects, &ProjectController::opened, this, &MainWindow::workspaceOpened);
    connect(m_projects, &ProjectController::failed, this, [this](const QString &message) {
        m_pendingSample.clear();
        m_afterOpen.clear();
        m_status->setChange(message);
        QMessageBox::warning(this, tr("Open project"), message);
    });
    connect(m_projects, &ProjectController::message, this, [this](const QString &text) { m_status->setChange(text); });
    connect(m_runner, &PipelineRunner::failed, this, [this](const QString &message) {
        m_status->setChange(tr("Run failed: %1").arg(message));
        gtlog::ui()->error("run failed: {}", message);
    });
    connect(m_runner, &PipelineRunner::busyChanged, this, [this](bool busy) {
        if (!m_imports->isRunning() && !m_export->isRunning())
            m_status->setRunning(busy);
    });
    connect(m_trends, &TrendsPage::trendSelected, this, &MainWindow::selectTrend);
    connect(m_clusters, &ClustersPage::clusterSelected, this, &MainWindow::selectTrend);
    connect(m_network, &NetworkPage::clusterSelected, this, &MainWindow::selectTrend);
    m_explain = new EvidenceJob(this);
    connect(m_explain, &EvidenceJob::explained, this, [this](const RunSnapshot &snapshot, const QString &trendId) {
        // Only for the run still shown and the cluster still selected.
        if (trendId == m_selectedTrend && snapshot.generation == m_runner->snapshot().generation)
            m_evidence->setSnapshot(snapshot);
    });
    connect(m_evidence, &EvidencePanel::openPostRequested, this,
            [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    connect(m_evidence, &EvidencePanel::showDecisionsRequested, this, [this](const QString &subject) {
        m_decisions->showSubject(subject);
        m_tabs->setCurrentWidget(m_decisions);
    });

    m_imports = new ImportFlow([this]() -> const Workspace & { return workspace(); }, m_context.mappings, this);
    connect(m_imports, &ImportFlow::started, this, [this](const QString &text) {
        m_status->setBusy(text, true);
        m_status->setProgress(0, 1000);
    });
    connect(m_imports, &ImportFlow::progress, m_status, &StatusLine::setProgress);
    connect(m_imports, &ImportFlow::message, m_status, &StatusLine::setChange);
    connect(m_imports, &ImportFlow::finished, this, [this](const QString &summary) {
        m_status->setBusy({}, false);
        m_status->setChange(summary);
        m_pendingSample.clear();
        // The stored posts changed: load the window again and re-run.
        m_runner->setSource(workspace().loadWindow, workspace().hydrate, workspace().resolveAsOf);
        m_timeBar->reloadHours(m_hoursPlatforms);
        Q_EMIT importFinished(summary);
    });
    m_exportFlow = new ExportFlow(
        m_export, [this] { return m_runner->snapshot().run; }, [this] { return m_trends->selectedTrendIds(); }, this);
    connect(m_exportFlow, &ExportFlow::started, this, [this](const QString &text) {
        m_status->setBusy(text, true);
        m_status->setProgress(0, 0);
    });
    connect(m_exportFlow, &ExportFlow::refused, this, [this](const QString &text) { m_status->setChange(text); });
    connect(m_export, &ExportJob::progress, this, [this](int done, int total) {
        m_status->setProgress(done, qMax(1, total), tr("Exporting tile %v of %m"));
    });
    connect(m_export, &ExportJob::finished, this, [this](const QString &path, const QString &error) {
        m_status->setBusy({}, false);
        m_status->setChange(error.isEmpty() ? tr("Exported %1 to %2").arg(m_exportFlow->scope(), QDir::toNativeSeparators(path))
                                            : tr("Export failed: %1").arg(error));
        Q_EMIT exportFinished(path, error);
    });

    m_backtest = new BacktestFlow([this]() -> const Workspace & { return workspace(); }, [this] { return currentParams(); },
                                  m_backtestPage, this);
    connect(m_backtest, &BacktestFlow::showRequested, this, [this] { m_tabs->setCurrentWidget(m_backtestPage); });
    connect(m_backtest, &BacktestFlow::stepChosen, this, &MainWindow::showAsOf);
    connect(m_backtest, &BacktestFlow::message, this, [this](const QString &text) { m_status->setChange(text); });

    restoreSettings();
    updateTitle();
    updateStatus();
    startFirstDatabase();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    MainMenus::Options options;
    for (int i = 0; i < m_tabs->count(); ++i)
        options.pageTitles.append(m_tabs->tabText(i));
    options.logToggle = m_log->toggleViewAction();
    options.alertsToggle = m_alerts->dock()->toggleViewAction();
    options.hasServer = m_context.server != nullptr;
    options.settingsGroup = m_context.settingsGroup;
    options.selectedCount = [this] { return int(m_trends->selectedTrendIds().size()); };
    m_menus = new MainMenus(this, options);
    m_history->attach(m_menus);
    m_alerts->attach(m_menus);
    connect(m_menus, &MainMenus::openRequested, this, [this](const QString &path) { openDatabase(path); });
    connect(m_menus, &MainMenus::newProjectRequested, m_projects, &ProjectController::chooseNew);
    connect(m_menus, &MainMenus::openProjectRequested, m_projects, &ProjectController::chooseOpen);
    connect(m_menus, &MainMenus::saveCopyRequested, m_projects, &ProjectController::chooseSaveCopy);
    m_connect = new ConnectFlow(m_projects, this); // File → Connect to a team database…
    m_connect->attach(m_menus);
    connect(m_menus, &MainMenus::importRequested, this, &MainWindow::chooseImport);
    connect(m_menus, &MainMenus::feedsRequested, this, [this] { m_feeds->showDialog(this); });
    connect(m_menus, &MainMenus::exportRequested, this,
            [this](ExportJob::Format format, bool selectedOnly) { m_exportFlow->choose(format, selectedOnly); });
    connect(m_menus, &MainMenus::pageRequested, m_tabs, &QTabWidget::setCurrentIndex);
    connect(m_menus, &MainMenus::rerunRequested, m_runner, &PipelineRunner::runNow);
    connect(m_menus, &MainMenus::cancelRequested, this, &MainWindow::cancelAll);
    connect(m_menus, &MainMenus::backtestRequested, this, [this] { m_backtest->choose(); });
    connect(m_menus, &MainMenus::serveToggled, this, &MainWindow::toggleServer);
    (new HelpFlow(this))->attach(m_menus);
    connect(m_menus, &MainMenus::themeRequested, this, [this](const QString &name) {
        m_theme->apply(Theme::fromName(name));
    });
    connect(m_theme, &Theme::changed, this, [this](Theme::Mode mode) { m_menus->setTheme(Theme::name(mode)); });
    m_menus->setTheme(Theme::name(m_theme->mode()));
}

void MainWindow::cancelAll()
{
    m_explain->cancel();
    m_runner->cancel();
    m_imports->cancel();
    m_export->cancel();
}

void MainWindow::restoreSettings()
{
    QSettings settings = desktopSettings();
    settings.beginGroup(m_context.settingsGroup);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(u"state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"tab"_s, 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings = desktopSettings();
    settings.beginGroup(m_context.settingsGroup);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"tab"_s, m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_projects->flush();
    cancelAll();
    QMainWindow::closeEvent(event);
}

void MainWindow::startFirstDatabase()
{
    if (!m_context.openDatabase)
        return;
    if (!m_context.initialDatabase.isEmpty()) {
        openDatabase(m_context.initialDatabase);
        return;
    }
    for (const QString &path : m_menus->recent()) {
        if (QFileInfo::exists(path)) { // a team database is connected to when asked, never at start
            openDatabase(path, path == m_context.sampleDatabasePath);
            return;
        }
    }
    openSample();
}

void MainWindow::openSample()
{
    const QString path = m_context.sampleDatabasePath;
    if (!QFileInfo::exists(path))
        m_pendingSample = path; // created empty: import the bundled posts once it is open
    openDatabase(path, true);
}

void MainWindow::openDatabase(const QString &path, bool isSample)
{
    if (!m_context.openDatabase)
        return;
    m_status->setChange(tr("Opening %1…").arg(QDir::toNativeSeparators(storagelocation::withoutPassword(path))));
    m_projects->open(path, isSample || (!m_context.sampleDatabasePath.isEmpty() && path == m_context.sampleDatabasePath));
}

const Workspace &MainWindow::workspace() const
{
    return m_projects->workspace();
}

PipelineParams MainWindow::currentParams() const
{
    PipelineParams params = m_thresholds->params();
    m_timeBar->applyTo(params);
    return params;
}

void MainWindow::showAsOf(qint64 asOfMs)
{
    PipelineParams params = currentParams();
    params.asOfMs = asOfMs;
    m_timeBar->setParams(params);
    paramsEdited();
}

void MainWindow::paramsEdited()
{
    const PipelineParams params = currentParams();
    m_runner->setParams(params);
    if (params.enabledPlatforms != m_hoursPlatforms) {
        m_hoursPlatforms = params.enabledPlatforms;
        m_timeBar->reloadHours(m_hoursPlatforms);
    }
    saveProject();
}

void MainWindow::saveProject()
{
    m_projects->settingsChanged(ProjectSettings{currentParams(), m_trends->filters(), {}, {}});
}

void MainWindow::workspaceOpened(const Workspace &workspace, const ProjectSettings &settings)
{
    // The project's own settings, shown before its first run so that run uses them.
    m_backtest->reset();
    m_thresholds->setParams(settings.params);
    m_timeBar->setParams(settings.params);
    m_trends->setFilters(settings.filters);
    m_runner->setParams(currentParams());
    m_hoursPlatforms = settings.params.enabledPlatforms;
    m_platforms = workspace.platformNames;
    m_timeBar->setHoursSource(workspace.postsPerHour, m_hoursPlatforms);
    m_feeds->setFactory(workspace.makePoller);
    m_history->setWorkspace(workspace, settings);
    m_alerts->setWorkspace(workspace, settings);
    m_menus->addRecent(workspace.databasePath);
    updateTitle();
    gtlog::ui()->info("opened {}", workspace.databasePath);
    Q_EMIT databaseOpened(workspace.databasePath);
    if (!m_pendingSample.isEmpty() && m_pendingSample == workspace.databasePath) {
        // The bundled sample lives in the resources; the importer reads files, so copy it out.
        static QTemporaryDir scratch;
        const QString file = scratch.filePath(u"sample.ndjson"_s);
        QFile::remove(file);
        if (QFile::copy(kSampleResource, file)) {
            importFiles({file});
            return;
        }
        m_pendingSample.clear();
    }
    m_runner->setSource(workspace.loadWindow, workspace.hydrate, workspace.resolveAsOf);
    if (!m_afterOpen.isEmpty() && !workspace.isSample)
        importFiles(std::exchange(m_afterOpen, {})); // the import that asked for this new project
}

void MainWindow::importFiles(const QStringList &files)
{
    if (!workspace().importFile || files.isEmpty())
        return;
    if (workspace().isSample && m_pendingSample.isEmpty()) {
        // The sample is never written to silently: offer a project of the analyst's own first.
        switch (m_projects->askImportIntoSample(int(files.size()))) {
        case ProjectController::SampleImport::NewProject:
            m_afterOpen = files;
            if (!m_projects->chooseNew())
                m_afterOpen.clear();
            return;
        case ProjectController::SampleImport::Cancel:
            return;
        case ProjectController::SampleImport::IntoSample:
            break;
        }
    }
    m_imports->start(files, !m_pendingSample.isEmpty());
}

MappingFlow *MainWindow::mappingFlow() const
{
    return m_imports->mappingFlow();
}

PlatformQuestion *MainWindow::platformQuestion() const
{
    return m_imports->platformQuestion();
}

void MainWindow::exportTiles(ExportJob::Format format, const QString &path, bool selectedOnly)
{
    m_exportFlow->start(format, path, selectedOnly);
}

void MainWindow::chooseImport()
{
    const QStringList files = filedialogs::getOpenFileNames(this, u"import"_s, tr("Import posts"),
                                                            tr("Posts (*.json *.ndjson *.jsonl *.csv);;All files (*)"));
    importFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && workspace().importFile)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    importFiles(files);
    event->acceptProposedAction();
}

void MainWindow::runFinished(const RunSnapshot &current, const RunSnapshot &previous)
{
    // Swap every view to the new snapshot, then put the analyst's selection back by trend id.
    QElapsedTimer swap;
    swap.start();
    m_trends->setSnapshot(current);
    m_clusters->setSnapshot(current);
    m_charts->setSnapshot(current);
    m_network->setSnapshot(current);
    m_decisions->setSnapshot(current);
    m_evidence->setSnapshot(current);
    QString keep = m_selectedTrend;
    if (!current.findCluster(keep)) {
        const ClusterResult *first = current.run && !current.run->clusters.isEmpty() && current.run->clusters.first().isTrend
                                         ? &current.run->clusters.first()
                                         : nullptr;
        keep = first ? first->trendId : QString();
    }
    selectTrend(keep);
    // Every platform of the project gets a toggle, also one with no post in this window (the
    // newest post's platform must be switchable off even when the window holds nothing else).
    for (const QString &p : current.dataset ? current.dataset->platforms : QStringList()) {
        if (!m_platforms.contains(p))
            m_platforms.append(p);
    }
    m_platforms.sort();
    m_thresholds->setPlatforms(m_platforms);
    m_timeBar->setResolvedAsOf(current.run->asOfMs);
    const RunWindows windows = runWindows(*current.run);
    m_timeBar->setWindows(windows.current, windows.baseline);
    m_status->setChange(describeRunChange(previous.run.get(), *current.run));
    gtlog::ui()->info("run: {}", m_status->change());
    updateStatus();
    m_lastSwapMs = swap.elapsed();
    gtlog::ui()->debug("run {} shown in {} ms (pipeline {} ms)", current.generation, m_lastSwapMs,
                       current.run->durationMs);
}

void MainWindow::selectTrend(const QString &trendId)
{
    m_selectedTrend = trendId;
    m_trends->selectTrend(trendId);
    m_clusters->selectTrend(trendId);
    m_charts->setTrend(trendId);
    m_network->selectTrend(trendId);
    m_evidence->setTrend(trendId);
    // A near-miss gets its whole chain too (formulas, top posts): worked out in the background.
    if (EvidenceJob::needsEvidence(m_evidence->snapshot(), trendId))
        m_explain->explain(m_runner->snapshot(), trendId, workspace().hydrate);
}

void MainWindow::toggleServer(bool on)
{
    if (!m_context.server)
        return;
    if (on && !m_context.server->isRunning()) {
        const Status started = m_context.server->start();
        if (!started) {
            const QSignalBlocker block(m_menus->serveAction());
            m_menus->serveAction()->setChecked(false);
            QMessageBox::warning(this, tr("Serve"), started.error().message);
        }
    } else if (!on && m_context.server->isRunning()) {
        m_context.server->stop();
    }
    updateStatus();
}

void MainWindow::updateTitle()
{
    // The project first, the app once: Qt leaves a title that ends with the display name alone.
    const QString file = QFileInfo(workspace().databasePath).fileName();
    const QString team = storagelocation::displayName(workspace().databasePath);
    if (workspace().isTeam)
        setWindowTitle(workspace().readOnly ? tr("%1 (team database, read-only) — GlassTrend").arg(team)
                                            : tr("%1 (team database) — GlassTrend").arg(team));
    else if (file.isEmpty())
        setWindowTitle(u"GlassTrend"_s);
    else if (workspace().isSample)
        setWindowTitle(tr("Sample data (%1, read-only) — GlassTrend").arg(file));
    else
        setWindowTitle(file + u" — GlassTrend"_s);
}

void MainWindow::updateStatus()
{
    const std::shared_ptr<const RunResult> run = m_runner->snapshot().run;
    const bool serving = m_context.server && m_context.server->isRunning();
    m_status->setServer(serving ? m_context.server->address() : QString());
    m_status->showRun(run.get(), workspace().isSample);
    // An empty project has no as-of to show (Latest found no post): say so rather than "as of — UTC".
    if (!run)
        m_menus->setAsOf({});
    else if (run->asOfMs <= 0)
        m_menus->setAsOf(tr("No posts yet · Import data… or Live feeds…"));
    else
        m_menus->setAsOf(tr("as of %1 UTC · window %2 h").arg(uifmt::dateTime(run->asOfMs)).arg(run->params.windowHours));
}

QString MainWindow::statusMessage() const
{
    return m_status->change();
}
