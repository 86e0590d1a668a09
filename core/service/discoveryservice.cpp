#include "core/service/discoveryservice.h"

#include <QDateTime>
#include <QElapsedTimer>

#include "core/config/overrides.h"
#include "core/log/log.h"
#include "core/model/timeformat.h"
#include "core/pipeline/pipeline.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/runrepository.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

void logDecisions(const RunResult &run)
{
    auto log = gtlog::pipeline();
    log->info("run {}: as_of {}, {} posts in window, {} clusters, {} trends, {} decisions, {} ms",
              run.runId.toStdString(), isoUtc(run.asOfMs).toStdString(), run.postsInWindow, run.clusters.size(),
              run.trendCount(), run.decisions.size(), run.durationMs);
    if (!log->should_log(spdlog::level::debug))
        return; // formatting a million messages nobody reads is the slowest part of a run
    for (const Decision &d : run.decisions)
        log->debug("[{}] {} {} {}: {}", d.stage.toStdString(), d.subject.toStdString(), d.rule.toStdString(),
                   d.outcome.toStdString(), d.message.toStdString());
}

} // namespace

DiscoveryService::DiscoveryService(std::shared_ptr<Database> database, PipelineParams defaults, QString asOfSetting)
    : m_database(std::move(database)), m_defaults(std::move(defaults)), m_asOfSetting(std::move(asOfSetting))
{
}

Result<PipelineParams> DiscoveryService::resolve(const DiscoverRequest &request) const
{
    Result<PipelineParams> params = applyPipelineOverrides(m_defaults, request.overrides);
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
    else if (resolved.asOfMs == 0 && m_asOfSetting == u"now"_s)
        resolved.asOfMs = QDateTime::currentMSecsSinceEpoch();
    if (resolved.asOfMs == 0) {
        // as_of defaults to the newest stored post of the enabled platforms (SPEC section 3), so a run on yesterday's
        // capture still looks at yesterday rather than at an empty "now".
        auto newest = PostRepository(m_database).newestCreatedAtMs(resolved.enabledPlatforms);
        if (!newest)
            return newest.error();
        if (newest.value())
            resolved.asOfMs = *newest.value();
    }
    return resolved;
}

Result<Dataset> DiscoveryService::loadWindow(const PipelineParams &params) const
{
    const qint64 span = kHourMs * params.windowHours * (params.baselineWindows + 1);
    return PostRepository(m_database).loadDataset(params.asOfMs - span, params.asOfMs, params.enabledPlatforms);
}

Result<std::optional<qint64>> DiscoveryService::newestPostMs(const QStringList &platforms) const
{
    return PostRepository(m_database).newestCreatedAtMs(platforms);
}

Result<QStringList> DiscoveryService::platforms() const
{
    return PostRepository(m_database).platformNames();
}

Result<QList<HourCount>> DiscoveryService::postsPerHour(const QStringList &platforms) const
{
    return PostRepository(m_database).postsPerHour(platforms);
}

Status DiscoveryService::hydrate(RunResult &run) const
{
    PostRepository posts(m_database);
    for (ClusterResult &cluster : run.clusters) {
        if (cluster.topPosts.isEmpty())
            continue;
        if (Status s = posts.hydrate(cluster.topPosts); !s)
            return s;
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
    Result<Dataset> data = loadWindow(params.value());
    if (!data)
        return data.error();

    auto run = std::make_shared<RunResult>(runPipeline(data.value(), params.value(), cancel));
    if (run->cancelled)
        return Error{u"cancelled"_s, u"the discovery was cancelled"_s, {}};
    if (Status s = hydrate(*run); !s)
        return s.error();
    run->durationMs = timer.elapsed();
    if (Status s = RunRepository(m_database).save(*run); !s)
        return s.error();

    logDecisions(*run);
    return std::shared_ptr<const RunResult>(std::move(run));
}
