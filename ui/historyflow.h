#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include "core/model/pipelineparams.h"
#include "core/model/runcomparison.h"
#include "ui/projectsettings.h"
#include "ui/runhistory.h"
#include "ui/workspace.h"

class CompareDialog;
class DiscoveryScheduler;
class HistoryDialog;
class HistoryModel;
class MainMenus;
class PipelineRunner;
class QWidget;
struct RunResult;

/// Run history, Compare with… and scheduled discovery in the desktop (issue 12, items 2 and 3):
///  - Run → Pin this run stores the run on screen in the project's RunStore (the embedded server answers
///    /api/v1/runs from the same store) and marks it pinned in the project's RunHistory;
///  - Run → History… lists the kept runs, opens one (PipelineRunner::show: read-only until the next run), compares
///    one with the run on screen or two with each other (core/model's compareRuns, core/service's
///    compareStoredRuns), and unpins;
///  - while live feeds are on and a schedule is set (discovery.schedule, or the project's own), a
///    DiscoveryScheduler stores a discovery with the project's parameters every interval; each is kept as scheduled.
/// Storage work runs on one worker thread, in order; MainWindow only assembles it.
class HistoryFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFlow)

public:
    using ParamsFn = std::function<PipelineParams()>; ///< the parameters on screen

    /// `scheduleS`: discovery.schedule of the configuration, for projects that set none.
    HistoryFlow(PipelineRunner *runner, ParamsFn params, int scheduleS, QWidget *window);
    ~HistoryFlow() override;

    /// Connects the Run menu's Pin, History…, Compare with… and Scheduled discovery… entries.
    void attach(MainMenus *menus);
    /// Another project: its history, its schedule; a comparison or list of the previous one is closed.
    void setWorkspace(const Workspace &workspace, const ProjectSettings &settings);
    /// Live feeds on or off: scheduled discovery runs only while they are on.
    void setLive(bool live);

    /// Pins the run on screen; false (and a message) when there is none or the project keeps no runs.
    bool pin();
    /// Stores `run` (unless `stored`) and keeps it in the history as `kind`.
    void keep(std::shared_ptr<const RunResult> run, HistoryMark::Kind kind, bool stored = false);
    /// Run → History…: opens the list (or raises it) and refreshes it.
    void showHistory();
    /// Run → Compare with…: the history, with the newest pinned run selected (a message when none is pinned).
    void chooseCompare();
    /// Shows the stored run `runId`, then asks for `trendId` to be selected (trendRequested).
    void open(const QString &runId, const QString &trendId = {});
    /// The run on screen beside the stored run `baseRunId`.
    void compareWithCurrent(const QString &baseRunId);
    /// The stored run `runId` beside the stored run `baseRunId`.
    void compare(const QString &baseRunId, const QString &runId);
    void remove(const QStringList &runIds);
    void setNote(const QString &runId, const QString &note);
    /// Run → Scheduled discovery…: asks for the interval of this project.
    void chooseSchedule();
    /// Seconds between scheduled discoveries of this project (0 = off); kept in the project.
    void setScheduleS(int seconds);
    int scheduleS() const;

    const RunHistory &history() const { return m_history; }
    HistoryModel *model() const { return m_model; }
    HistoryDialog *dialog() const;
    CompareDialog *compareDialog() const;
    /// The running schedule, or null (off, feeds off, or no project that keeps runs).
    DiscoveryScheduler *scheduler() const { return m_scheduler.get(); }
    /// Whether this project keeps runs (not the sample; a store to keep them in).
    bool canKeep() const;
    /// Waits for the storage work queued so far (tests; closing).
    void waitForIdle();

Q_SIGNALS:
    void message(const QString &text);
    /// A run is in the history now (stored and marked).
    void kept(const QString &runId, HistoryMark::Kind kind);
    /// The history list was refreshed (HistoryModel).
    void listed();
    /// A stored run is on screen now.
    void opened(const QString &runId);
    /// Select this trend in the views (a stored run opened for it, or a row of the comparison).
    void trendRequested(const QString &trendId);
    /// A comparison is shown.
    void compared(const RunComparison &comparison);
    /// A scheduled discovery was stored (the alerts evaluate it).
    void scheduledRunStored(const std::shared_ptr<const RunResult> &run);

private:
    void saveHistory();
    void saveValue(const QString &key, const QString &value);
    void refresh();
    void showComparison(const RunComparison &comparison, const QString &baseLabel, const QString &label);
    void updateScheduler();
    QString refusal() const;

    PipelineRunner *m_runner;
    ParamsFn m_params;
    int m_configScheduleS;
    std::optional<int> m_projectScheduleS;
    QWidget *m_window;
    Workspace m_workspace;
    RunHistory m_history;
    HistoryModel *m_model;
    QPointer<HistoryDialog> m_dialog;
    QPointer<CompareDialog> m_compare;
    std::unique_ptr<DiscoveryScheduler> m_scheduler;
    bool m_live = false;
    quint64 m_project = 0; ///< bumped per workspace: answers for an older project are dropped
    QThreadPool m_pool;    ///< one thread: stores, marks and reads in order
};
