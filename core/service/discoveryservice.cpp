#include "core/service/discoveryservice.h"

#include <thread>
#include <utility>

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>

#include "core/config/overrides.h"
#include "core/log/log.h"
#include "core/model/timeformat.h"
#include "core/pipeline/pipeline.h"
#include "core/pipeline/tiles.h"
#include "core/service/keepuntilexit.h"
#include "core/service/livewindow.h"
#include "core/storage/poststore.h"
#include "core/storage/runstore.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

/// Milliseconds of each step of a discovery, for the log.
struct StepTimes
{
    qint64 load = 0, pipeline = 0, hydrate = 0, store = 0;
};

void logDecisions(const RunResult &run, const StepTimes &steps)
{
    auto log = gtlog::pipeline();
    log->info("run {}: as_of {}, {} posts in window, {} clusters, {} trends, {} decisions, {} ms "
              "(load {} ms, pipeline {} ms, hydrate {} ms, store {} ms)",
              run.runId.toStdString(), isoUtc(run.asOfMs).toStdString(), run.postsInWindow, run.clusters.size(),
              run.trendCount(), run.decisions.size(), run.durationMs, steps.load, steps.pipeline, steps.hydrate,
              steps.store);
    if (!log->should_log(spdlog::level::debug))
        return; // formatting a million messages nobody reads is the slowest part of a run
    for (const Decision &d : run.decisions)
        log->debug("[{}] {} {} {}: {}", d.stage.toStdString(), d.subject.toStdString(), d.rule.toStdString(),
                   d.outcome.toStdString(), d.message.toStdString());
}

} // namespace

DiscoveryService::DiscoveryService(std::shared_ptr<const PostStore> posts, std::shared_ptr<const RunStore> runs,
                                   PipelineParams defaults, QString asOfSetting, std::shared_ptr<LiveWindow> window)
    : m_posts(std::move(posts)),
      m_runs(std::move(runs)),
      m_window(std::move(window)),
      m_defaults(std::move(defaults)),
      m_asOfSetting(std::move(asOfSetting))
{
}

DiscoveryService::~DiscoveryService() = default;

Result<PipelineParams> DiscoveryService::resolve(const DiscoverRequest &request) const
{
    Result<PipelineParams> params = applyPipelineOverrides(request.params.value_or(m_defaults), request.overrides);
    if (!params)
        return params;
    PipelineParams resolved = std::move(params).value();
    if (request.windowHours) {
        if (*request.windowHours < 1)
            return Error{u"invalid_value"_s, u"window_hours: must be at least 1"_s, u"window_hours"_s};
        resolved.windowHours = *request.windowHours;
    }
    if (request.asOfMs)
        resolved.asOfMs = *request.asOfMs;
    else if (!resolved.asOfMs && m_asOfSetting == u"now"_s)
        resolved.asOfMs = QDateTime::currentMSecsSinceEpoch();
    if (!resolved.asOfMs) {
        // as_of defaults to the newest stored post of the enabled platforms (SPEC section 3), so a run on yesterday's
        // capture still looks at yesterday rather than at an empty "now".
        auto newest = m_posts->newestCreatedAtMs(resolved.enabledPlatforms);
        if (!newest)
            return newest.error();
        if (newest.value())
            resolved.asOfMs = *newest.value();
    }
    return resolved;
}

Result<Dataset> DiscoveryService::loadWindow(const PipelineParams &params) const
{
    auto shared = loadShared(params);
    if (!shared)
        return shared.error();
    return Dataset(*shared.value());
}

Result<std::shared_ptr<const Dataset>> DiscoveryService::loadShared(const PipelineParams &params) const
{
    const qint64 span = kHourMs * params.windowHours * (params.baselineWindows + 1);
    const qint64 asOfMs = params.asOfMs.value_or(0); // resolve() leaves it empty only for an empty database
    if (m_window)
        return m_window->sharedDataset(asOfMs - span, asOfMs, params.enabledPlatforms);
    auto loaded = m_posts->loadDataset(asOfMs - span, asOfMs, params.enabledPlatforms);
    if (!loaded)
        return loaded.error();
    return std::make_shared<const Dataset>(std::move(loaded).value());
}

Result<std::optional<qint64>> DiscoveryService::newestPostMs(const QStringList &platforms) const
{
    return m_posts->newestCreatedAtMs(platforms);
}

Result<QStringList> DiscoveryService::platforms() const
{
    return m_posts->platformNames();
}

Result<QList<HourCount>> DiscoveryService::postsPerHour(const QStringList &platforms) const
{
    return m_posts->postsPerHour(platforms);
}

Status DiscoveryService::hydrate(RunResult &run) const
{
    // Tags are shown as most posts wrote them (SPEC section 1); the pipeline only knows normalized tags.
    QStringList tags;
    for (const ClusterResult &cluster : std::as_const(run.clusters))
        tags += cluster.hashtags;
    if (!tags.isEmpty()) {
        auto forms = m_posts->displayForms(tags);
        if (!forms)
            return forms.error();
        for (ClusterResult &cluster : run.clusters)
            showDisplayForms(cluster, forms.value(), run.params);
    }
    // Every cluster's top posts in one list, so the store answers them with one statement.
    QList<TopPost> all;
    for (const ClusterResult &cluster : std::as_const(run.clusters))
        all += cluster.topPosts;
    if (all.isEmpty())
        return Ok{};
    if (Status s = m_posts->hydrate(all); !s)
        return s;
    qsizetype next = 0;
    for (ClusterResult &cluster : run.clusters) {
        for (TopPost &post : cluster.topPosts)
            post = std::move(all[next++]);
    }
    return Ok{};
}

Result<std::shared_ptr<const RunResult>> DiscoveryService::discover(const DiscoverRequest &request,
                                                                    const CancelToken &cancel) const
{
    std::lock_guard lock(m_runMutex);
    QElapsedTimer timer;
    timer.start();

    Result<PipelineParams> params = resolve(request);
    if (!params)
        return params.error();
    StepTimes steps;
    qint64 mark = timer.elapsed();
    const auto lap = [&timer, &mark] {
        const qint64 now = timer.elapsed();
        return now - std::exchange(mark, now);
    };
    Result<std::shared_ptr<const Dataset>> data = loadShared(params.value());
    if (!data)
        return data.error();
    steps.load = lap();

    auto run = std::make_shared<RunResult>(runPipeline(*data.value(), params.value(), cancel));
    if (run->cancelled)
        return Error{u"cancelled"_s, u"the discovery was cancelled"_s, {}};
    // Not needed any more. A live window keeps it for the next run; when this was the last reference (a cold load:
    // a million posts' strings), it is freed on a thread of its own while the run is hydrated and stored, or kept
    // until a command exits.
    std::thread release;
    if (m_keepLoadedUntilExit)
        keepUntilExit(std::move(data).value());
    else
        release = std::thread([dataset = std::move(data).value()]() mutable { dataset.reset(); });
    const auto joinRelease = qScopeGuard([&release] {
        if (release.joinable())
            release.join();
    });
    steps.pipeline = lap();
    if (Status s = hydrate(*run); !s)
        return s.error();
    steps.hydrate = lap();
    run->durationMs = timer.elapsed();
    // Saved now: a store that writes behind its answer (WriteBehindRunStore) already knows when.
    run->savedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (Status s = m_runs->save(std::shared_ptr<const RunResult>(run)); !s)
        return s.error();
    steps.store = lap();

    logDecisions(*run, steps);
    std::shared_ptr<const RunResult> stored = std::move(run);
    if (m_runListener)
        m_runListener(stored);
    return stored;
}
