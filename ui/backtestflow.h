#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>

#include "core/model/pipelineparams.h"
#include "ui/workspace.h"

class BacktestJob;
class BacktestWindow;
class QWidget;

/// Run → Backtest…, from the menu entry to the timeline: asks for the range (BacktestDialog; default the last 7 days of
/// the project's posts, hourly, the window on screen), runs the BacktestJob with the thresholds on screen, and shows
/// the BacktestWindow with its progress, Cancel and the result. A click on a step there is passed on as stepChosen;
/// MainWindow assembles it and opens that step's run.
class BacktestFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestFlow)

public:
    using WorkspaceFn = std::function<const Workspace &()>;
    using ParamsFn = std::function<PipelineParams()>; ///< the parameters on screen

    BacktestFlow(WorkspaceFn workspace, ParamsFn params, QWidget *parent);
    ~BacktestFlow() override;

    /// The dialog's first values: the 7 days up to the newest post of the enabled platforms, hourly, the window
    /// on screen.
    BacktestRequest defaultRequest() const;
    /// Asks for the range, then start()s; while a backtest runs, shows its window instead.
    void choose();
    /// Runs `request` and shows the window; false when one is running or the project has no posts to run on.
    bool start(const BacktestRequest &request);
    void cancel();
    /// Another project: cancels a running backtest and closes the window (its steps are another project's).
    void reset();

    BacktestJob *job() const { return m_job; }
    /// The window, once a backtest was started (null before).
    BacktestWindow *window() const;

Q_SIGNALS:
    /// The analyst clicked a step: show the run at `asOfMs`.
    void stepChosen(qint64 asOfMs);
    /// For the status line: what happened.
    void message(const QString &text);

private:
    WorkspaceFn m_workspace;
    ParamsFn m_params;
    QWidget *m_parent;
    BacktestJob *m_job;
    QPointer<BacktestWindow> m_window;
};
