#include "core/service/backtest.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <utility>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QThreadPool>

#include "core/config/overrides.h"
#include "core/log/log.h"
#include "core/model/dataset.h"
#include "core/model/timeformat.h"
#include "core/pipeline/pipeline.h"
#include "core/storage/poststore.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

/// A cluster at one step, small: a backtest of 2,000 steps over thousands of clusters keeps millions of them.
struct Mark
{
    int step = 0;
    int posts = 0;
    quint8 urgency = 0;   ///< index into Collector::labels
    quint8 lifecycle = 0; ///< index into Collector::labels
    bool flagged = false;
};

struct TrendMarks
{
    QString anchor;
    QString title;      ///< the tile's title at the earliest flagged step collected so far
    int titleStep = -1;
    std::vector<Mark> marks;
};

/// What the workers hand in, step by step, and the caller waits on. Shared by value with the workers.
struct Collector
{
    explicit Collector(std::shared_ptr<const Dataset> dataset, QList<qint64> times, PipelineParams params,
                       CancelToken cancel)
        : data(std::move(dataset)), asOf(std::move(times)), params(std::move(params)), cancel(std::move(cancel)),
          steps(std::size_t(asOf.size()))
    {
    }

    const std::shared_ptr<const Dataset> data;
    const QList<qint64> asOf;
    const PipelineParams params;
    const CancelToken cancel;
    std::atomic_int next{0};

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<BacktestStep> steps; ///< each written by the worker that ran it
    QHash<QString, TrendMarks> trends;
    QStringList labels{QString()};   ///< urgency and lifecycle labels; 0 = none
    int done = 0;
    int workersLeft = 0;
    bool cancelled = false;

    quint8 label(const QString &text)
    {
        qsizetype i = labels.indexOf(text);
        if (i < 0) {
            labels.append(text);
            i = labels.size() - 1;
        }
        return quint8(std::min<qsizetype>(i, 255));
    }

    /// Reduces one step's run to what the answer needs, so the run itself can go at once.
    void collect(int step, const RunResult &run)
    {
        std::lock_guard lock(mutex);
        BacktestStep &out = steps[std::size_t(step)];
        out.asOfMs = run.asOfMs;
        out.postsInWindow = run.postsInWindow;
        for (const ClusterResult &c : run.clusters) {
            TrendMarks &t = trends[c.trendId];
            if (t.anchor.isEmpty())
                t.anchor = c.anchor;
            t.marks.push_back(Mark{step, c.posts, label(c.isTrend ? c.urgency : QString()), label(c.lifecycle),
                                   c.isTrend});
            if (!c.isTrend)
                continue;
            out.trendIds.append(c.trendId); // clusters come trends first, in rank order
            if (t.titleStep < 0 || step < t.titleStep) {
                t.title = c.title;
                t.titleStep = step;
            }
        }
        ++done;
    }

    void work()
    {
        for (;;) {
            const int step = next.fetch_add(1);
            if (step >= asOf.size() || cancel.cancelled())
                break;
            PipelineParams stepParams = params;
            stepParams.asOfMs = asOf.at(step);
            const RunResult run = runPipeline(*data, stepParams, cancel);
            if (run.cancelled)
                break;
            collect(step, run);
            changed.notify_all();
        }
        std::lock_guard lock(mutex);
        cancelled = cancelled || cancel.cancelled();
        --workersLeft;
        changed.notify_all();
    }

    /// The per-trend answer: every id flagged at some step, by first flagged, then id.
    QList<BacktestTrend> trendAnswer() const
    {
        QList<BacktestTrend> out;
        for (auto it = trends.cbegin(); it != trends.cend(); ++it) {
            std::vector<Mark> marks = it.value().marks;
            std::sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) { return a.step < b.step; });
            const auto first = std::find_if(marks.cbegin(), marks.cend(), [](const Mark &m) { return m.flagged; });
            if (first == marks.cend())
                continue;
            BacktestTrend trend;
            trend.trendId = it.key();
            trend.anchor = it.value().anchor;
            trend.title = it.value().title;
            trend.firstFlaggedMs = asOf.at(first->step);
            int peakPosts = -1;
            for (const Mark &m : marks) {
                const qint64 at = asOf.at(m.step);
                const QString &urgency = labels.at(m.urgency);
                if (m.flagged) {
                    ++trend.flaggedSteps;
                    if (!trend.firstActNowMs && urgency == u"act_now"_s)
                        trend.firstActNowMs = at;
                }
                if (m.posts > peakPosts) { // ties: the earliest step
                    peakPosts = m.posts;
                    trend.peakMs = at;
                }
                trend.steps.append(BacktestTrendStep{at, m.posts, m.flagged, urgency, labels.at(m.lifecycle)});
            }
            trend.peakPosts = peakPosts;
            out.append(std::move(trend));
        }
        std::sort(out.begin(), out.end(), [](const BacktestTrend &a, const BacktestTrend &b) {
            return a.firstFlaggedMs != b.firstFlaggedMs ? a.firstFlaggedMs < b.firstFlaggedMs : a.trendId < b.trendId;
        });
        return out;
    }
};

} // namespace

Backtest::Backtest(std::shared_ptr<const PostStore> posts, PipelineParams defaults)
    : m_posts(std::move(posts)), m_defaults(std::move(defaults))
{
}

Result<PipelineParams> Backtest::resolve(const BacktestRequest &request) const
{
    Result<PipelineParams> params = applyPipelineOverrides(m_defaults, request.overrides);
    if (!params)
        return params;
    PipelineParams resolved = std::move(params).value();
    if (request.windowHours) {
        if (*request.windowHours < 1 || *request.windowHours > PipelineParams::kMaxWindowHours)
            return Error{u"invalid_value"_s,
                         u"window_hours: must be between 1 and %1, got %2"_s.arg(PipelineParams::kMaxWindowHours)
                             .arg(*request.windowHours),
                         u"window_hours"_s};
        resolved.windowHours = *request.windowHours;
    }
    return resolved;
}

Result<QList<qint64>> Backtest::stepTimes(const BacktestRequest &request)
{
    if (request.stepHours < 1)
        return Error{u"invalid_value"_s, u"step_hours: must be at least 1, got %1"_s.arg(request.stepHours),
                     u"step_hours"_s};
    if (request.toMs < request.fromMs)
        return Error{u"invalid_value"_s,
                     u"to (%1) is before from (%2)"_s.arg(isoUtc(request.toMs), isoUtc(request.fromMs)), u"to"_s};
    const qint64 stepMs = kHourMs * request.stepHours;
    const qint64 count = (request.toMs - request.fromMs) / stepMs + 1;
    if (count > kMaxSteps)
        return Error{u"invalid_value"_s,
                     u"%1 steps from %2 to %3 every %4 h: at most %5 steps; take a larger step or a shorter range"_s
                         .arg(count)
                         .arg(isoUtc(request.fromMs), isoUtc(request.toMs))
                         .arg(request.stepHours)
                         .arg(kMaxSteps),
                     u"step_hours"_s};
    QList<qint64> times;
    times.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        times.append(request.fromMs + i * stepMs);
    return times;
}

Result<BacktestResult> Backtest::run(const BacktestRequest &request, const CancelToken &cancel,
                                     const Progress &progress) const
{
    QElapsedTimer timer;
    timer.start();
    Result<PipelineParams> params = resolve(request);
    if (!params)
        return params.error();
    Result<QList<qint64>> times = stepTimes(request);
    if (!times)
        return times.error();
    const PipelineParams &p = params.value();
    const qint64 span = kHourMs * p.windowHours * (std::max(0, p.baselineWindows) + 1);

    // One load for every step: the span of the first step's baseline to the last step's as_of.
    Result<Dataset> loaded = m_posts->loadDataset(times.value().first() - span, times.value().last(), p.enabledPlatforms);
    if (!loaded)
        return loaded.error();
    const qint64 loadMs = timer.elapsed();
    const auto total = int(times.value().size());
    auto collector = std::make_shared<Collector>(std::make_shared<const Dataset>(std::move(loaded).value()),
                                                 times.value(), p, cancel);
    const qint64 loadedPosts = qint64(collector->data->posts.size());

    const int threads = std::clamp(m_threads > 0 ? m_threads : QThread::idealThreadCount(), 1, total);
    collector->workersLeft = threads;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int i = 0; i < threads; ++i)
        pool.start([collector] { collector->work(); });
    {
        std::unique_lock lock(collector->mutex);
        int reported = 0;
        for (;;) {
            collector->changed.wait(lock, [&] { return collector->done != reported || collector->workersLeft == 0; });
            if (collector->done != reported) {
                reported = collector->done;
                if (progress) {
                    lock.unlock();
                    progress(reported, total);
                    lock.lock();
                }
                continue;
            }
            break; // every worker returned and every step done has been reported
        }
    }
    pool.waitForDone();
    if (collector->cancelled || cancel.cancelled() || collector->done < total)
        return Error{u"cancelled"_s, u"the backtest was cancelled"_s, {}};

    BacktestResult result;
    result.fromMs = request.fromMs;
    result.toMs = request.toMs;
    result.stepHours = request.stepHours;
    result.windowHours = p.windowHours;
    result.baselineWindows = p.baselineWindows;
    result.loadedPosts = loadedPosts;
    result.steps = QList<BacktestStep>(collector->steps.begin(), collector->steps.end());
    result.trends = collector->trendAnswer();
    result.durationMs = timer.elapsed();
    gtlog::pipeline()->info("backtest {} → {} every {} h: {} steps on {} threads over {} posts, {} trends flagged, "
                            "{} ms (load {} ms)",
                            isoUtc(request.fromMs).toStdString(), isoUtc(request.toMs).toStdString(), request.stepHours,
                            total, threads, loadedPosts, result.trends.size(), result.durationMs, loadMs);
    return result;
}
