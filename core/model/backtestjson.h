#pragma once

#include <QJsonObject>

#include "core/model/backtestresult.h"

/// The one JSON form of a backtest, for `glasstrend backtest --json` and GET /api/v1/backtest/{id}:
/// {"from", "to", "step_hours", "window_hours", "baseline_windows", "loaded_posts", "duration_ms",
///  "steps": [{"as_of", "posts_in_window", "trends": [trend_id, …]}],
///  "trends": [{"trend_id", "anchor", "title", "first_flagged", "first_act_now" (or null), "peak", "peak_posts",
///              "lead_time_hours", "flagged_steps", "steps": [{"as_of", "posts", "flagged", "urgency" (or null),
///              "lifecycle"}]}]}, times ISO-8601 UTC.
namespace backtestjson {

QJsonObject toJson(const BacktestResult &result);

} // namespace backtestjson
