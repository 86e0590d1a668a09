#pragma once

#include <memory>
#include <vector>

#include <QString>

#include "core/model/dataset.h"
#include "core/model/runresult.h"
#include "ui/decisionindex.h"

/// What the views show after one pipeline run: the immutable result, the dataset it ran on, and
/// the decisions indexed by subject. The index is built on the worker thread (make()) so that a
/// trend's decisions can be listed on selection without scanning the log on the GUI thread.
struct RunSnapshot
{
    std::shared_ptr<const RunResult> run;
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const DecisionIndex> decisionsBySubject;
    quint64 generation = 0;
    /// A stored run opened from the run history (PipelineRunner::show): read-only, until the next run.
    bool stored = false;

    /// A snapshot of `run` with its decision index (off the GUI thread: it walks the whole log).
    static RunSnapshot make(RunResult run, std::shared_ptr<const Dataset> dataset = {});

    bool isNull() const { return !run; }

    /// Decision indices concerning a cluster: its own subject, its tags and its edges, in log order.
    std::vector<int> decisionsFor(const ClusterResult &cluster) const;

    /// The cluster whose trend id is `trendId`, or nullptr.
    const ClusterResult *findCluster(const QString &trendId) const;
};
