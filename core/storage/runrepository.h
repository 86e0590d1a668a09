#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "core/model/result.h"
#include "core/model/runresult.h"
#include "core/storage/runqueries.h"
#include "core/storage/runstore.h"

class Database;

/// The stored pipeline runs: the run with its parameters and counts, every cluster with its
/// evidence chain (runjson's evidence form, so a reopened run is exactly the saved one), and its
/// decision log, paged and filtered on demand rather than loaded with the run.
/// Every call uses the calling thread's own connection.
class RunRepository final : public RunStore
{
public:
    explicit RunRepository(std::shared_ptr<Database> database);

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
    Result<qint64> runRow(const QString &runId) const;

    std::shared_ptr<Database> m_database;
};
