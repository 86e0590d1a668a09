#pragma once

#include <memory>

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include "core/model/backtestresult.h"
#include "core/model/canceltoken.h"
#include "core/model/pipelineparams.h"
#include "ui/jobprogress.h"
#include "ui/workspace.h"

/// Runs Run → Backtest… in the background (Workspace::backtest, which spreads the steps over every core), reports
/// its progress in steps ten times a second, and can be cancelled.
class BacktestJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestJob)

public:
    explicit BacktestJob(QObject *parent = nullptr);
    ~BacktestJob() override;

    /// Starts the backtest; false when one is already running or the workspace has none.
    bool start(const Workspace &workspace, const PipelineParams &params, const BacktestRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    /// The result, or `error` (core's message), or `cancelled`.
    void finished(const std::shared_ptr<const BacktestResult> &result, const QString &error, bool cancelled);

private:
    QThreadPool m_pool;
    QTimer m_poll;
    CancelToken m_token;
    std::shared_ptr<JobProgress> m_progress;
    bool m_running = false;
};
