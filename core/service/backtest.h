#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QJsonObject>
#include <QList>

#include "core/model/backtestresult.h"
#include "core/model/canceltoken.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"

class PostStore;

/// What a backtest is asked for (`glasstrend backtest`, POST /api/v1/backtest, Run → Backtest…).
struct BacktestRequest
{
    qint64 fromMs = 0;              ///< the first step's as_of
    qint64 toMs = 0;                ///< no step after this (the last step is ≤ to)
    int stepHours = 1;              ///< hours between steps
    std::optional<int> windowHours; ///< default: the params' window.hours
    QJsonObject overrides;          ///< config keys → values, as in POST /api/v1/discover
};

/// "When would we have known?" (issue 12): the pipeline at every step's as_of from `from` to `to`, over the
/// stored posts, with the project's parameters. The posts of [from − span, to] (span = window × (baseline
/// windows + 1)) are loaded once through PostStore::loadDataset, the call discovery makes; every step then runs
/// core/pipeline's runPipeline on that one Dataset with its own as_of (runPipeline windows by as_of itself, so a
/// step gives what `discover --as-of` gives). Steps are independent and run on every core; the answer is
/// collected in step order and is the same whatever order they finished in. No step's run is stored.
class Backtest
{
public:
    /// More steps than this is an error (e.g. 2000 hourly steps ≈ 83 days): a backtest holds every step's
    /// per-cluster summary until it ends.
    static constexpr int kMaxSteps = 2000;

    /// Called on the thread that called run(), after each finished step: (steps done, steps in all).
    using Progress = std::function<void(int done, int total)>;

    Backtest(std::shared_ptr<const PostStore> posts, PipelineParams defaults);

    /// The parameters every step runs with: defaults + overrides + window hours (as_of is set per step).
    Result<PipelineParams> resolve(const BacktestRequest &request) const;
    /// Every step's as_of: from, from + step, … ≤ to; errors ("invalid_value") for an empty or reversed
    /// range, a step below 1 hour or more than kMaxSteps steps.
    static Result<QList<qint64>> stepTimes(const BacktestRequest &request);

    /// Runs every step. Error "cancelled" when `cancel` fires; store errors as the store gives them.
    Result<BacktestResult> run(const BacktestRequest &request, const CancelToken &cancel = {},
                               const Progress &progress = {}) const;

    /// Threads the steps run on (default: every core).
    void setThreads(int threads) { m_threads = threads; }

private:
    std::shared_ptr<const PostStore> m_posts;
    PipelineParams m_defaults;
    int m_threads = 0;
};
