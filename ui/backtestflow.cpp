#include "ui/backtestflow.h"

#include <QDateTime>

#include "core/model/timeformat.h"
#include "ui/backtestjob.h"
#include "ui/dialogs/backtestdialog.h"
#include "ui/pages/backtestpage.h"

namespace {

constexpr qint64 kHourMs = 3'600'000;

} // namespace

BacktestFlow::BacktestFlow(WorkspaceFn workspace, ParamsFn params, BacktestPage *page, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(std::move(workspace)), m_params(std::move(params)), m_page(page),
      m_dialogParent(dialogParent), m_job(new BacktestJob(this))
{
    connect(m_page, &BacktestPage::cancelRequested, this, &BacktestFlow::cancel);
    connect(m_page, &BacktestPage::stepClicked, this, &BacktestFlow::stepChosen);
    connect(m_job, &BacktestJob::progress, this, [this](int done, int total) {
        m_page->showProgress(done, total);
    });
    connect(m_job, &BacktestJob::finished, this,
            [this](const std::shared_ptr<const BacktestResult> &result, const QString &error, bool cancelled) {
                if (result) {
                    m_page->showResult(result);
                    Q_EMIT message(tr("Backtest done. Trends flagged: %1.").arg(result->trends.size()));
                } else {
                    const QString text = cancelled ? tr("The backtest was cancelled.") : tr("The backtest failed: %1").arg(error);
                    m_page->showStopped(text);
                    Q_EMIT message(text);
                }
            });
}

BacktestFlow::~BacktestFlow()
{
    m_job->cancel();
}

BacktestRequest BacktestFlow::defaultRequest() const
{
    const PipelineParams params = m_params();
    qint64 newest = 0;
    if (const Workspace &w = m_workspace(); w.resolveAsOf) {
        if (Result<qint64> latest = w.resolveAsOf(params.enabledPlatforms); latest.ok())
            newest = latest.value();
    }
    if (newest == 0)
        newest = QDateTime::currentMSecsSinceEpoch() / kHourMs * kHourMs;
    BacktestRequest request;
    request.toMs = newest;
    request.fromMs = newest - 7 * 24 * kHourMs;
    request.stepHours = 1;
    request.windowHours = params.windowHours;
    return request;
}

void BacktestFlow::choose()
{
    if (m_job->isRunning()) {
        Q_EMIT showRequested();
        return;
    }
    auto *dialog = new BacktestDialog(defaultRequest(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { start(dialog->request()); });
    dialog->open();
}

bool BacktestFlow::start(const BacktestRequest &request)
{
    if (m_job->isRunning())
        return false;
    if (!m_job->start(m_workspace(), m_params(), request)) {
        Q_EMIT message(tr("No project is open to backtest."));
        return false;
    }
    m_page->showRunning(tr("Backtest from %1 to %2, a step every %3 h…")
                              .arg(isoUtc(request.fromMs), isoUtc(request.toMs))
                              .arg(request.stepHours));
    Q_EMIT showRequested();
    return true;
}

void BacktestFlow::cancel()
{
    m_job->cancel();
}

void BacktestFlow::reset()
{
    m_job->cancel();
    m_page->clear();
}

