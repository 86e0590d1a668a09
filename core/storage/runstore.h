#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "core/model/result.h"
#include "core/model/runresult.h"
#include "core/storage/runqueries.h"

/// The port the services and the REST API use for stored runs. Implemented by RunRepository
/// (SQLite). Every call may come from any thread.
class RunStore
{
public:
    virtual ~RunStore() = default;

    /// Stores a run in one transaction. `run.runId` must be set; saving a run_id that is already
    /// stored replaces that run (same inputs, same run), and it becomes the latest run.
    virtual Status save(const RunResult &run) const = 0;
    /// The same for a run the caller shares: a store that writes later keeps it instead of copying it.
    virtual Status save(const std::shared_ptr<const RunResult> &run) const { return save(*run); }

    /// Runs, most recently saved first.
    virtual Result<QList<RunSummary>> listRuns(int limit, int offset = 0) const = 0;

    /// The most recently saved run; nullopt when there is none.
    virtual Result<std::optional<QString>> latestRunId() const = 0;

    /// The run with its parameters, counts and clusters (rank order as saved); decisions are not
    /// loaded (see decisions()). Error code "not_found" for an unknown run id.
    virtual Result<std::shared_ptr<RunResult>> loadRun(const QString &runId) const = 0;

    /// The run's proof tiles (trends only) in rank order. "not_found" for an unknown run id.
    virtual Result<QList<ClusterResult>> tiles(const QString &runId, const TileQuery &query = {}) const = 0;

    /// One cluster of the run by trend id (trend or not); nullopt when the run has no such cluster.
    /// "not_found" for an unknown run id.
    virtual Result<std::optional<ClusterResult>> trend(const QString &runId, const QString &trendId) const = 0;

    /// A page of the run's decision log in recording order, filtered by subject, stage, outcome
    /// and text. "not_found" for an unknown run id.
    virtual Result<DecisionPage> decisions(const QString &runId, const DecisionQuery &query = {}) const = 0;

    /// The summary of one run. "not_found" for an unknown run id.
    virtual Result<RunSummary> summary(const QString &runId) const = 0;
};
