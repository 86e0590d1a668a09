#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "core/model/decision.h"
#include "core/model/jsonwriter.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"
#include "core/model/runresult.h"

/// The one JSON form of a run's results, used by the REST API, `glasstrend discover --json` and
/// run storage alike, so the three can never disagree. Field names are SPEC section 3's own
/// (`trend_id`, `engagement_rate`, …); times are ISO-8601 UTC with `Z`; an undefined metric is null.
namespace runjson {

enum class Detail {
    Tile,    ///< every field of a tile, without the evidence chain (POST /discover, GET /tiles)
    Evidence ///< plus formulas, edges, top posts, hourly series (GET /trends/{id}); decisions are added by the caller
};

/// A cluster's one JSON form, written as compact UTF-8 text (runs store thousands of clusters: no QJsonObject is built).
void write(JsonWriter &writer, const ClusterResult &cluster, Detail detail);
QByteArray toJsonText(const ClusterResult &cluster, Detail detail);
/// The same form as an object (the REST bodies that embed a few clusters): toJsonText read back.
QJsonObject toJson(const ClusterResult &cluster, Detail detail);
Result<ClusterResult> clusterFromJson(const QJsonObject &json); ///< inverse of toJson(…, Evidence)

QJsonObject toJson(const Decision &decision);
Result<Decision> decisionFromJson(const QJsonObject &json);

QJsonObject toJson(const PipelineParams &params); ///< keyed by config key: {"window.hours": 24, …}
Result<PipelineParams> paramsFromJson(const QJsonObject &json);

/// A run's baseline windows: [{"index": k, "start", "end", "volume", "covered"}], oldest first.
QJsonArray baselineWindowsJson(const QList<BaselineWindow> &windows);
Result<QList<BaselineWindow>> baselineWindowsFromJson(const QJsonArray &json);

/// The body of `POST /api/v1/discover` (SPEC section 5): run_id, as_of, window_hours,
/// posts_in_window, covered_baseline_windows, baseline_windows, clusters, trends, duration_ms, tiles
/// (Detail::Tile, rank order).
QJsonObject discoverBody(const RunResult &run);

} // namespace runjson
