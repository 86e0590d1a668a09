#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "core/model/result.h"
#include "core/model/runresult.h"
#include "core/storage/runqueries.h"

class Database;

/// The stored pipeline runs: the run with its parameters and counts, every cluster with its
/// evidence chain (runjson's evidence form, so a reopened run is exactly the saved one), and its
/// decision log, paged and filtered on demand rather than loaded with the run.
/// Every call uses the calling thread's own connection.
class RunRepository
{
public:
    explicit RunRepository(std::shared_ptr<Database> database);

    /// Stores a run in one transaction. `run.runId` must be set; saving a run_id that is already
    /// stored replaces that run (same inputs, same run), and it becomes the latest run.
    Status save(const RunResult &run) const;

    /// Runs, most recently saved first.
    Result<QList<RunSummary>> listRuns(int limit, int offset = 0) const;

    /// The most recently saved run; nullopt when there is none.
    Result<std::optional<QString>> latestRunId() const;

    /// The run with its parameters, counts and clusters (rank order as saved); decisions are not
    /// loaded (see decisions()). Error code "not_found" for an unknown run id.
    Result<std::shared_ptr<RunResult>> loadRun(const QString &runId) const;

    /// The run's proof tiles (trends only) in rank order. "not_found" for an unknown run id.
    Result<QList<ClusterResult>> tiles(const QString &runId, const TileQuery &query = {}) const;

    /// One cluster of the run by trend id (trend or not); nullopt when the run has no such cluster.
    /// "not_found" for an unknown run id.
    Result<std::optional<ClusterResult>> trend(const QString &runId, const QString &trendId) const;

    /// A page of the run's decision log in recording order. "not_found" for an unknown run id.
    Result<DecisionPage> decisions(const QString &runId, const DecisionQuery &query = {}) const;

    /// The summary of one run. "not_found" for an unknown run id.
    Result<RunSummary> summary(const QString &runId) const;

private:
    Result<qint64> runRow(const QString &runId) const;

    std::shared_ptr<Database> m_database;
};
