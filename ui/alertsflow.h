#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include "core/model/alert.h"
#include "core/service/alertevaluator.h"
#include "ui/projectsettings.h"
#include "ui/workspace.h"

class AlertService;
class AlertsDock;
class HistoryFlow;
class MainMenus;
class PipelineRunner;
class QMainWindow;
class QSystemTrayIcon;
struct RunResult;

/// Watch lists and alerts in the desktop (issue 12, item 4), on core/service's AlertService and the project's
/// AlertStore (the same rules and the same once-per-trend-and-reason record as the server): every run shown on screen
/// and every scheduled run is evaluated against the project's watch list (ProjectStore key "watch", Run → Watched
/// tags…). A new alert is listed in the Alerts dock and announced as a desktop notification (the system tray's, or
/// the status bar when there is no tray); a run on screen that raised one is kept in the history, so that
/// double-clicking the alert opens that run and its trend. The sample keeps no alerts.
class AlertsFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsFlow)

public:
    /// `defaults`: the configuration's alerts.watch and alerts.on_act_now, for a project without its own list. The
    /// Alerts dock is added to `window` (hidden until View → Alerts).
    AlertsFlow(PipelineRunner *runner, HistoryFlow *history, WatchList defaults, QMainWindow *window);
    ~AlertsFlow() override;

    void attach(MainMenus *menus);
    /// Another project: its watch list, its alerts (listed from its store).
    void setWorkspace(const Workspace &workspace, const ProjectSettings &settings);
    /// Keeps `watch` in the project and evaluates the run on screen with it.
    void setWatchList(const WatchList &watch);
    const WatchList &watchList() const { return m_watch; }
    /// Run → Watched tags… (also the dock's button).
    void chooseWatchList();
    /// Evaluates `run`; `stored`: it is in the RunStore already (a scheduled run).
    void evaluate(const std::shared_ptr<const RunResult> &run, bool stored);

    AlertService *service() const { return m_service.get(); }
    AlertsDock *dock() const { return m_dock; }
    /// The last notification's text (tests; the tray shows it, or the status bar).
    QString lastNotification() const { return m_lastNotification; }
    /// Waits for the storage work queued so far (tests).
    void waitForIdle();

Q_SIGNALS:
    void message(const QString &text);
    /// A new alert is in the dock.
    void alertShown(const AlertRecord &record);
    /// The alerts of the opened project are listed.
    void listed();

private:
    void raised(const AlertRecord &record);
    void notify(const AlertRecord &record);
    void reload();

    PipelineRunner *m_runner;
    HistoryFlow *m_history;
    AlertsDock *m_dock;
    WatchList m_defaults;
    WatchList m_watch;
    QMainWindow *m_window;
    Workspace m_workspace;
    std::unique_ptr<AlertService> m_service;
    QHash<QString, std::shared_ptr<const RunResult>> m_unstored; ///< runs being evaluated that are not stored yet
    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastNotification;
    quint64 m_project = 0;
    QThreadPool m_pool;
};
