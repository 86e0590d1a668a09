#include "ui/backtestjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

struct BacktestOutcome
{
    std::shared_ptr<const BacktestResult> result;
    QString error;
    bool cancelled = false;
};

} // namespace

BacktestJob::BacktestJob(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            Q_EMIT progress(int(m_progress->done.load()), int(m_progress->total.load()));
    });
}

BacktestJob::~BacktestJob()
{
    m_token.cancel();
    m_pool.waitForDone();
}

bool BacktestJob::start(const Workspace &workspace, const PipelineParams &params, const BacktestRequest &request)
{
    if (m_running || !workspace.backtest)
        return false;
    m_running = true;
    m_token = CancelToken();
    m_progress = std::make_shared<JobProgress>();
    m_poll.start();
    const CancelToken token = m_token;
    const std::shared_ptr<JobProgress> state = m_progress;
    QtConcurrent::run(&m_pool, [backtest = workspace.backtest, params, request, token, state] {
        Result<BacktestResult> result = backtest(
            params, request,
            [state](int done, int total) {
                state->done = done;
                state->total = total;
            },
            token);
        BacktestOutcome out;
        if (result)
            out.result = std::make_shared<const BacktestResult>(std::move(result).value());
        else if (result.error().code == QStringLiteral("cancelled") || token.cancelled())
            out.cancelled = true;
        else
            out.error = result.error().message;
        return out;
    }).then(this, [this](const BacktestOutcome &out) {
        m_poll.stop();
        m_running = false;
        if (m_progress)
            Q_EMIT progress(int(m_progress->done.load()), int(m_progress->total.load()));
        Q_EMIT finished(out.result, out.error, out.cancelled);
    });
    return true;
}

void BacktestJob::cancel()
{
    m_token.cancel();
}
