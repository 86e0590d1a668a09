#include "core/model/tagnetworkjson.h"

#include <QJsonArray>

#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace tagnetworkjson {

QJsonObject toJson(const TagNetwork &network)
{
    QJsonArray nodes;
    for (const NetworkNode &n : network.nodes) {
        nodes.append(QJsonObject{{u"tag"_s, n.tag},
                                 {u"display"_s, n.display},
                                 {u"posts"_s, n.posts},
                                 {u"cluster"_s, n.clusterId},
                                 {u"trend"_s, n.inTrend},
                                 {u"urgency"_s, n.inTrend ? QJsonValue(n.urgency) : QJsonValue()}});
    }
    QJsonArray edges;
    for (const NetworkEdge &e : network.edges) {
        edges.append(QJsonObject{{u"source"_s, network.nodes.at(e.source).tag},
                                 {u"target"_s, network.nodes.at(e.target).tag},
                                 {u"cooccurrence"_s, e.cooccurrence},
                                 {u"jaccard"_s, e.jaccard},
                                 {u"dropped_by_split"_s, e.droppedBySplit}});
    }
    return QJsonObject{{u"run_id"_s, network.runId},
                       {u"as_of"_s, isoUtc(network.asOfMs)},
                       {u"window_hours"_s, network.windowHours},
                       {u"nodes"_s, nodes},
                       {u"edges"_s, edges}};
}

} // namespace tagnetworkjson
