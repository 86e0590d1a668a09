#pragma once

#include <functional>
#include <memory>

#include <QObject>

#include "core/model/pipelineparams.h"
#include "ui/workspace.h"

class BacktestJob;
class BacktestPage;
class QWidget;

/// Run → Backtest…, from the menu entry to the timeline: asks for the range (BacktestDialog; default the last 7 days of
/// the project's posts, hourly, the window on screen), runs the BacktestJob with the thresholds on screen, and shows
/// its progress, Cancel and the result on the BacktestPage. A click on a step there is passed on as stepChosen;
/// MainWindow assembles it (the page is one of its tabs) and opens that step's run.
class BacktestFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestFlow)

public:
    using WorkspaceFn = std::function<const Workspace &()>;
    using ParamsFn = std::function<PipelineParams()>; ///< the parameters on screen

    /// `page` shows the backtest; `dialogParent` parents the dialog.
    BacktestFlow(WorkspaceFn workspace, ParamsFn params, BacktestPage *page, QWidget *dialogParent);
    ~BacktestFlow() override;

    /// The dialog's first values: the 7 days up to the newest post of the enabled platforms, hourly, the window
    /// on screen.
    BacktestRequest defaultRequest() const;
    /// Asks for the range, then start()s; while a backtest runs, shows its page instead.
    void choose();
    /// Runs `request` on the page; false when one is running or no project is open.
    bool start(const BacktestRequest &request);
    void cancel();
    /// Another project: cancels a running backtest and clears the page (its steps were another project's).
    void reset();

    BacktestJob *job() const { return m_job; }
    BacktestPage *page() const { return m_page; }

Q_SIGNALS:
    /// The analyst clicked a step: show the run at `asOfMs`.
    void stepChosen(qint64 asOfMs);
    /// The page should be shown: a backtest started (or the menu was chosen while one runs).
    void showRequested();
    /// For the status line: what happened.
    void message(const QString &text);

private:
    WorkspaceFn m_workspace;
    ParamsFn m_params;
    BacktestPage *m_page;
    QWidget *m_dialogParent;
    BacktestJob *m_job;
};
