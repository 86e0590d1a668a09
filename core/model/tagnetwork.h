#pragma once

#include <QList>
#include <QString>

/// A kept tag of a run as a node of the co-occurrence graph (SPEC section 3, "Clustering").
struct NetworkNode
{
    QString tag;          ///< normalized
    QString display;      ///< its display form (SPEC section 1), else the tag
    int posts = 0;        ///< posts(A): window posts carrying the tag
    QString clusterId;    ///< the trend id of the cluster the tag ended in
    int clusterIndex = 0; ///< that cluster's position in RunResult::clusters (trends first, in rank order)
    bool inTrend = false; ///< the cluster passed every check
    QString urgency;      ///< the trend's urgency; empty when not in a trend
};

/// An edge of the co-occurrence graph: a pair with co ≥ clustering.min_cooccurrence and jaccard ≥
/// clustering.min_jaccard. `droppedBySplit`: the clustering.max_tags split dropped it, so its ends may sit in
/// different clusters.
struct NetworkEdge
{
    int source = 0; ///< node index; source's tag < target's tag
    int target = 0;
    int cooccurrence = 0;
    double jaccard = 0;
    bool droppedBySplit = false;
};

/// The co-occurrence graph of a run's kept tags, as the clustering stage saw it.
struct TagNetwork
{
    QString runId;
    qint64 asOfMs = 0;
    int windowHours = 0;
    QList<NetworkNode> nodes; ///< by tag string
    QList<NetworkEdge> edges; ///< by (source, target)

    /// The node of `tag`, or -1.
    int indexOf(const QString &tag) const;
    /// Each node's number of edges, parallel to nodes.
    QList<int> degrees() const;
    /// The graph without its isolated tags (clusters of one with no edge at all, most tags of a big run): what
    /// the Network page draws by default.
    TagNetwork withoutIsolatedTags() const;
};
