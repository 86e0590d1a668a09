#include "core/service/storedruncomparison.h"

#include "core/storage/runstore.h"

namespace {

Result<RunTrends> trendsOf(const RunStore &store, const QString &runId)
{
    auto summary = store.summary(runId);
    if (!summary)
        return summary.error();
    auto tiles = store.tiles(runId);
    if (!tiles)
        return tiles.error();
    return RunTrends{runId, summary.value().asOfMs, std::move(tiles).value()};
}

} // namespace

Result<RunComparison> compareStoredRuns(const RunStore &store, const QString &runId, const QString &otherRunId)
{
    auto run = trendsOf(store, runId);
    if (!run)
        return run.error();
    auto base = trendsOf(store, otherRunId);
    if (!base)
        return base.error();
    return compareRuns(base.value(), run.value(), [&](const QString &trendId) -> std::optional<ClusterResult> {
        auto cluster = store.trend(runId, trendId);
        return cluster ? cluster.value() : std::nullopt;
    });
}
