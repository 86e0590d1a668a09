#pragma once

#include <QJsonObject>

#include "core/model/tagnetwork.h"

/// The JSON of GET /api/v1/runs/{run_id}/network (see the OpenAPI document): the run, then the nodes
/// (tag, display, posts, cluster, trend, urgency) and the edges (source and target tags, cooccurrence,
/// jaccard, dropped_by_split).
namespace tagnetworkjson {

QJsonObject toJson(const TagNetwork &network);

} // namespace tagnetworkjson
