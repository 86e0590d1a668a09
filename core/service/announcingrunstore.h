#pragma once

#include <functional>
#include <memory>

#include "core/storage/runstore.h"

/// A RunStore that calls `saved(runId)` after every save() of the store it wraps succeeded, on the
/// thread that saved; every read goes straight through. app/ puts one under the WriteBehindRunStore
/// (ReadCache::publishRunStored: the run is in the database when the other instances hear of it) and
/// one above it (ReadCache::runQueued: this instance stops trusting what it remembered at once).
class AnnouncingRunStore final : public RunStore
{
public:
    AnnouncingRunStore(std::shared_ptr<const RunStore> inner, std::function<void(const QString &runId)> saved);

    Status save(const RunResult &run) const override;
    Status save(const std::shared_ptr<const RunResult> &run) const override;
    Result<QList<RunSummary>> listRuns(int limit, int offset = 0) const override;
    Result<std::optional<QString>> latestRunId() const override;
    Result<std::shared_ptr<RunResult>> loadRun(const QString &runId) const override;
    Result<QList<ClusterResult>> tiles(const QString &runId, const TileQuery &query = {}) const override;
    Result<std::optional<ClusterResult>> trend(const QString &runId, const QString &trendId) const override;
    Result<DecisionPage> decisions(const QString &runId, const DecisionQuery &query = {}) const override;
    Result<RunSummary> summary(const QString &runId) const override;

private:
    std::shared_ptr<const RunStore> m_inner;
    std::function<void(const QString &)> m_saved;
};
