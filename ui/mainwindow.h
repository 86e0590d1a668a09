#pragma once

#include <memory>

#include <QMainWindow>

#include "ui/desktopcontext.h"
#include "ui/exportjob.h"
#include "ui/projectsettings.h"
#include "ui/runsnapshot.h"
#include "ui/workspace.h"

class AlertsFlow;
class BacktestFlow;
class BacktestPage;
class ChartsPage;
class ClustersPage;
class ConnectFlow;
class DecisionsPage;
class EvidenceJob;
class EvidencePanel;
class ExportFlow;
class FeedsController;
class HistoryFlow;
class ImportFlow;
class LogDock;
class MainMenus;
class MappingFlow;
class NetworkPage;
class PipelineRunner;
class PlatformQuestion;
class ProjectController;
class QSplitter;
class QTabWidget;
class StatusLine;
class Theme;
class ThresholdPanel;
class TimeBar;
class TrendsPage;

/// The analyst's window (see ../shared/UI.md): the knobs on the left, the result pages in the
/// middle, the proof of the selected trend on the right, the state at the bottom. It assembles
/// the pages, the menus (MainMenus) and the status line (StatusLine) and wires them to the runner
/// and the background jobs; nothing more.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(DesktopContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a project database in the background, restores its settings and runs
    /// the pipeline on it.
    void openDatabase(const QString &path, bool isSample = false);
    void importFiles(const QStringList &files);
    /// Writes every tile of the shown run, or (`selectedOnly`) the tiles selected on the Trends page; the status
    /// line names the scope ("Exported all 20 tiles to …").
    void exportTiles(ExportJob::Format format, const QString &path, bool selectedOnly);

    const Workspace &workspace() const;
    /// The parameters on screen: the threshold panel's, with the time bar's as_of and window.
    PipelineParams currentParams() const;
    /// Puts the time bar's as-of at `asOfMs` and re-runs (a backtest's step opened from its timeline).
    void showAsOf(qint64 asOfMs);
    PipelineRunner *runner() const { return m_runner; }
    ThresholdPanel *thresholdPanel() const { return m_thresholds; }
    TimeBar *timeBar() const { return m_timeBar; }
    ProjectController *projects() const { return m_projects; }
    TrendsPage *trendsPage() const { return m_trends; }
    ClustersPage *clustersPage() const { return m_clusters; }
    ChartsPage *chartsPage() const { return m_charts; }
    DecisionsPage *decisionsPage() const { return m_decisions; }
    NetworkPage *networkPage() const { return m_network; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    QTabWidget *tabs() const { return m_tabs; }
    FeedsController *feeds() const { return m_feeds; }
    MappingFlow *mappingFlow() const;
    BacktestFlow *backtest() const { return m_backtest; }
    HistoryFlow *history() const { return m_history; }
    AlertsFlow *alerts() const { return m_alerts; }
    ConnectFlow *connectFlow() const { return m_connect; }
    Theme *theme() const { return m_theme; }
    PlatformQuestion *platformQuestion() const;
    QString statusMessage() const;
    /// How long the last result took to swap into the views, on the GUI thread (benchmarks).
    qint64 lastSwapMs() const { return m_lastSwapMs; }

Q_SIGNALS:
    void databaseOpened(const QString &path);
    void importFinished(const QString &summary);
    void exportFinished(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void cancelAll();
    void restoreSettings();
    void saveSettings() const;
    void startFirstDatabase();
    void openSample();
    void workspaceOpened(const Workspace &workspace, const ProjectSettings &settings);
    /// A knob, the time bar or a filter moved: re-run, and keep it in the project.
    void paramsEdited();
    void saveProject();
    void runFinished(const RunSnapshot &current, const RunSnapshot &previous);
    void selectTrend(const QString &trendId);
    void chooseImport();
    void toggleServer(bool on);
    void updateTitle();
    void updateStatus();

    DesktopContext m_context;
    QString m_selectedTrend;
    QString m_pendingSample;     ///< sample database path awaiting its first import
    QStringList m_afterOpen;     ///< files to import once the new project (asked for by an import) is open
    QStringList m_hoursPlatforms; ///< the platforms the timeline's posts per hour were counted for
    QStringList m_platforms;      ///< the project's platforms, offered as toggles
    qint64 m_lastSwapMs = 0;

    FeedsController *m_feeds = nullptr;
    ImportFlow *m_imports = nullptr;
    PipelineRunner *m_runner;
    ExportJob *m_export;
    ExportFlow *m_exportFlow = nullptr;
    BacktestFlow *m_backtest = nullptr;
    HistoryFlow *m_history = nullptr;
    AlertsFlow *m_alerts = nullptr;
    ConnectFlow *m_connect = nullptr;
    BacktestPage *m_backtestPage;
    ThresholdPanel *m_thresholds;
    TimeBar *m_timeBar;
    ProjectController *m_projects;
    QTabWidget *m_tabs;
    TrendsPage *m_trends;
    ClustersPage *m_clusters;
    ChartsPage *m_charts;
    DecisionsPage *m_decisions;
    NetworkPage *m_network = nullptr;
    EvidencePanel *m_evidence;
    QSplitter *m_splitter;
    LogDock *m_log;
    MainMenus *m_menus = nullptr;
    StatusLine *m_status = nullptr;
    Theme *m_theme = nullptr;
    EvidenceJob *m_explain = nullptr;
};
