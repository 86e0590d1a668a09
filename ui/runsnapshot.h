#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QString>

#include "core/model/dataset.h"
#include "core/model/runresult.h"

/// What the views show after one pipeline run: the immutable result, the dataset it ran on, and
/// the decisions grouped by subject. The grouping is built on the worker thread so that a trend's
/// decisions can be listed on selection without scanning a million records on the GUI thread.
struct RunSnapshot
{
    std::shared_ptr<const RunResult> run;
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const QHash<QString, std::vector<int>>> decisionsBySubject;
    quint64 generation = 0;

    bool isNull() const { return !run; }

    /// Decision indices concerning a cluster: its own subject, its tags and its edges, in log order.
    std::vector<int> decisionsFor(const ClusterResult &cluster) const;

    /// The cluster whose trend id is `trendId`, or nullptr.
    const ClusterResult *findCluster(const QString &trendId) const;
};
