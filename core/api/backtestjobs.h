#pragma once

#include <memory>
#include <optional>

#include <QString>
#include <QThreadPool>

#include "core/model/backtestresult.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"
#include "core/service/backtest.h"

class PostStore;

/// The backtests the REST API was asked for (POST /api/v1/backtest), run one after another on a thread of their own
/// (a backtest already uses every core), with their progress and, once finished, their result. Finished jobs are
/// kept in memory, the newest `keepFinished` of them; a job's id is random, so ids cannot be guessed.
class BacktestJobs
{
public:
    /// A job as GET /api/v1/backtest/{id} shows it.
    struct Job
    {
        QString id;
        QString state = QStringLiteral("queued"); ///< "queued", "running", "done", "failed", "cancelled"
        int done = 0;                             ///< steps finished
        int total = 0;                            ///< steps in all
        BacktestRequest request;
        std::shared_ptr<const BacktestResult> result; ///< when done
        std::optional<Error> error;                   ///< when failed
    };

    static constexpr int kMaxQueued = 4; ///< queued or running jobs at once; more is a 409

    BacktestJobs(std::shared_ptr<const PostStore> posts, PipelineParams defaults, int keepFinished = 16);
    /// Cancels every job and waits for the running one to stop.
    ~BacktestJobs();
    BacktestJobs(const BacktestJobs &) = delete;
    BacktestJobs &operator=(const BacktestJobs &) = delete;

    /// Checks the request (bad keys and ranges are "invalid_value" errors, at once) and queues it: the new job.
    /// Error "busy_jobs" when kMaxQueued jobs are already queued or running.
    Result<Job> start(const BacktestRequest &request);
    /// The job, as it stands now; nullopt for an unknown (or evicted) id.
    std::optional<Job> find(const QString &id) const;

private:
    struct State;
    std::shared_ptr<const PostStore> m_posts;
    PipelineParams m_defaults;
    std::shared_ptr<State> m_state;
    QThreadPool m_pool;
};
