#include "core/api/backtestjobs.h"

#include <deque>
#include <mutex>

#include <QHash>
#include <QRandomGenerator>

#include "core/model/canceltoken.h"

using namespace Qt::StringLiterals;

/// Shared by value with the job thread, so that a job never reaches back into the BacktestJobs object.
struct BacktestJobs::State
{
    mutable std::mutex mutex;
    QHash<QString, Job> jobs;
    QHash<QString, CancelToken> tokens; ///< queued and running jobs
    std::deque<QString> finished;       ///< oldest first
    int keepFinished = 16;

    void update(const QString &id, const std::function<void(Job &)> &change)
    {
        std::lock_guard lock(mutex);
        auto it = jobs.find(id);
        if (it != jobs.end())
            change(it.value());
    }

    void finish(const QString &id, const std::function<void(Job &)> &change)
    {
        std::lock_guard lock(mutex);
        auto it = jobs.find(id);
        if (it != jobs.end())
            change(it.value());
        tokens.remove(id);
        finished.push_back(id);
        while (int(finished.size()) > keepFinished) {
            jobs.remove(finished.front());
            finished.pop_front();
        }
    }
};

BacktestJobs::BacktestJobs(std::shared_ptr<const PostStore> posts, PipelineParams defaults, int keepFinished)
    : m_posts(std::move(posts)), m_defaults(std::move(defaults)), m_state(std::make_shared<State>())
{
    m_state->keepFinished = std::max(1, keepFinished);
    m_pool.setMaxThreadCount(1);
}

BacktestJobs::~BacktestJobs()
{
    {
        std::lock_guard lock(m_state->mutex);
        for (const CancelToken &token : std::as_const(m_state->tokens))
            token.cancel();
    }
    m_pool.waitForDone();
}

Result<BacktestJobs::Job> BacktestJobs::start(const BacktestRequest &request)
{
    Backtest backtest(m_posts, m_defaults);
    if (Result<PipelineParams> params = backtest.resolve(request); !params)
        return params.error();
    Result<QList<qint64>> times = Backtest::stepTimes(request);
    if (!times)
        return times.error();

    Job job;
    quint64 random[2] = {QRandomGenerator::global()->generate64(), QRandomGenerator::global()->generate64()};
    job.id = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex());
    job.total = int(times.value().size());
    job.request = request;
    CancelToken token;
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->tokens.size() >= kMaxQueued)
            return Error{u"busy_jobs"_s,
                         u"%1 backtests are already queued or running; retry when one has finished"_s.arg(kMaxQueued),
                         {}};
        m_state->jobs.insert(job.id, job);
        m_state->tokens.insert(job.id, token);
    }
    m_pool.start([state = m_state, backtest, request, token, id = job.id] {
        if (token.cancelled()) {
            state->finish(id, [](Job &j) { j.state = u"cancelled"_s; });
            return;
        }
        state->update(id, [](Job &j) { j.state = u"running"_s; });
        Result<BacktestResult> result = backtest.run(request, token, [&state, &id](int done, int total) {
            state->update(id, [done, total](Job &j) {
                j.done = done;
                j.total = total;
            });
        });
        state->finish(id, [&result](Job &j) {
            if (result.ok()) {
                j.state = u"done"_s;
                j.result = std::make_shared<const BacktestResult>(std::move(result).value());
            } else if (result.error().code == u"cancelled"_s) {
                j.state = u"cancelled"_s;
            } else {
                j.state = u"failed"_s;
                j.error = result.error();
            }
        });
    });
    return job;
}

std::optional<BacktestJobs::Job> BacktestJobs::find(const QString &id) const
{
    std::lock_guard lock(m_state->mutex);
    auto it = m_state->jobs.constFind(id);
    if (it == m_state->jobs.cend())
        return std::nullopt;
    return it.value();
}
