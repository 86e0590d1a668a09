#include "core/model/tagnetwork.h"

#include <algorithm>

int TagNetwork::indexOf(const QString &tag) const
{
    const auto it = std::lower_bound(nodes.cbegin(), nodes.cend(), tag,
                                     [](const NetworkNode &n, const QString &t) { return n.tag < t; });
    return it != nodes.cend() && it->tag == tag ? int(it - nodes.cbegin()) : -1;
}

QList<int> TagNetwork::degrees() const
{
    QList<int> degree(nodes.size(), 0);
    for (const NetworkEdge &e : edges) {
        ++degree[e.source];
        ++degree[e.target];
    }
    return degree;
}

TagNetwork TagNetwork::withoutIsolatedTags() const
{
    const QList<int> degree = degrees();
    TagNetwork out;
    out.runId = runId;
    out.asOfMs = asOfMs;
    out.windowHours = windowHours;
    QList<int> newIndex(nodes.size(), -1);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (degree.at(i) > 0) {
            newIndex[i] = int(out.nodes.size());
            out.nodes.append(nodes.at(i));
        }
    }
    out.edges.reserve(edges.size());
    for (NetworkEdge e : edges) {
        e.source = newIndex.at(e.source);
        e.target = newIndex.at(e.target);
        out.edges.append(e);
    }
    return out;
}
