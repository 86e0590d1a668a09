#pragma once

#include <memory>

#include "core/storage/runstore.h"

class PgPool;

/// RunStore over PostgreSQL: the same rows as on SQLite (runencoding.h for the columns, decisionlog.h
/// for the compressed decision blocks and indexes, decisionlog::page for the paging).
class PgRunStore final : public RunStore
{
public:
    explicit PgRunStore(std::shared_ptr<PgPool> pool) : m_pool(std::move(pool)) {}

    using RunStore::save;
    Status save(const RunResult &run) const override;
    Result<QList<RunSummary>> listRuns(int limit, int offset = 0) const override;
    Result<std::optional<QString>> latestRunId() const override;
    Result<std::shared_ptr<RunResult>> loadRun(const QString &runId) const override;
    Result<QList<ClusterResult>> tiles(const QString &runId, const TileQuery &query = {}) const override;
    Result<std::optional<ClusterResult>> trend(const QString &runId, const QString &trendId) const override;
    Result<DecisionPage> decisions(const QString &runId, const DecisionQuery &query = {}) const override;
    Result<RunSummary> summary(const QString &runId) const override;

private:
    std::shared_ptr<PgPool> m_pool;
};
