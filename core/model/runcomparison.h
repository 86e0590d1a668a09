#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/runresult.h"

/// One trend seen beside another run (the pinned one, or an earlier one): what changed for it. Trends are matched by
/// trend id, which depends on the anchor alone and so is stable across runs.
struct TrendChange
{
    enum class Status {
        New,  ///< a trend now, not one in the other run
        Kept, ///< a trend in both
        Gone, ///< a trend in the other run, not now
    };

    QString trendId;
    QString anchor;
    QString anchorDisplay;
    Status status = Status::Kept;
    int rank = 0;         ///< now; 0 when gone
    int previousRank = 0; ///< in the other run; 0 when new
    std::optional<double> growth;
    std::optional<double> previousGrowth;
    QString urgency; ///< now; empty when gone
    QString previousUrgency;
    QString lifecycle; ///< now (also for a gone trend that is still a cluster)
    QString previousLifecycle;
    bool stillCluster = false; ///< gone: the run still has it as a cluster (one that fails a check)
    QStringList failedChecks;  ///< gone and still a cluster: the checks it fails now

    /// previousRank − rank: positive = moved up (▲), negative = down (▼); nullopt for a new or gone trend.
    std::optional<int> rankChange() const;
    /// growth − previousGrowth; nullopt when either is undefined, or for a new or gone trend.
    std::optional<double> growthChange() const;
};

/// Two runs side by side: the run's trends in its rank order (new and kept), then the trends that are gone, in the
/// other run's rank order.
struct RunComparison
{
    QString baseRunId; ///< the run compared with (older, or pinned)
    QString runId;
    qint64 baseAsOfMs = 0;
    qint64 asOfMs = 0;
    QList<TrendChange> trends;

    int count(TrendChange::Status status) const;
    /// The change for `trendId`, or nullptr when it is neither a trend now nor was one.
    const TrendChange *find(const QString &trendId) const;
};

/// What a comparison needs of a run: its id, as_of and trends (its proof tiles; other clusters are ignored).
struct RunTrends
{
    QString runId;
    qint64 asOfMs = 0;
    QList<ClusterResult> trends;

    static RunTrends of(const RunResult &run);
};

/// Compares the trends of `run` with those of `base`. `clusterNow` finds the run's cluster for a trend id that left
/// its tiles (nullopt: no such cluster any more), so that a gone trend says which checks it fails now.
RunComparison compareRuns(const RunTrends &base, const RunTrends &run,
                          const std::function<std::optional<ClusterResult>(const QString &trendId)> &clusterNow = {});

namespace runjson {
/// {"base_run_id", "run_id", "base_as_of", "as_of", "new", "kept", "gone", "trends": [{"trend_id", "anchor",
/// "anchor_display", "status": "new"|"kept"|"gone", "rank", "previous_rank", "rank_change", "growth",
/// "previous_growth", "growth_change", "urgency", "previous_urgency", "lifecycle", "previous_lifecycle",
/// "still_cluster", "failed_checks"}]}; ranks of 0 and undefined numbers are null.
QJsonObject toJson(const RunComparison &comparison);
QString statusName(TrendChange::Status status);
} // namespace runjson
