#pragma once

#include <QList>
#include <QPointF>

#include "core/model/canceltoken.h"
#include "core/model/tagnetwork.h"

/// How layoutNetwork() runs: the same options and graph give the same positions, run after run.
struct NetworkLayoutOptions
{
    int iterations = 300;
    quint32 seed = 12; ///< of the starting positions (std::mt19937, whose sequence the standard fixes)
};

/// A force-directed layout of the tag network (Fruchterman & Reingold 1991, with their grid: a node is pushed only by
/// the nodes within 2k, so an iteration costs O(nodes + edges), not O(nodes²)): nodes repel with k²/d, an edge pulls
/// its ends together with d²/k times its weight (0.5 + Jaccard; a quarter of that for an edge the split dropped, so
/// split parts sit apart but near), and a weak pull to the middle keeps separate components together; the step
/// allowed each node cools linearly to zero. k = 1: positions are in units of the ideal edge length, centred on 0.
/// Returns positions parallel to network.nodes; empty when cancelled.
QList<QPointF> layoutNetwork(const TagNetwork &network, const CancelToken &cancel = {},
                             const NetworkLayoutOptions &options = {});
