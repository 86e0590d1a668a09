#pragma once

#include <QJsonObject>
#include <QStringList>

#include "core/model/pipelineparams.h"
#include "core/model/result.h"

/// Per-run overrides of pipeline keys, for `POST /api/v1/discover` {"overrides": {...}} and the
/// command line's `--set key=value`. Only keys with ConfigKeyInfo::perRun are accepted: SPEC
/// section 3 thresholds and weights, platforms.<slug>.enabled/weight, evidence.top_posts and
/// pipeline.as_of ("now" is the current time here). Values are checked like the config file's.
///
/// {"clustering.min_jaccard": 0.3} and the nested {"clustering": {"min_jaccard": 0.3}} are the same.
/// Errors ("invalid_value") name every bad key at once: "; "-separated in `message`, and as
/// {"key", "message"} objects in `details`.
Result<PipelineParams> applyPipelineOverrides(const PipelineParams &params, const QJsonObject &overrides);

/// The same from "key=value" strings; values are read like environment variables (lists
/// comma-separated, booleans true/false).
Result<PipelineParams> applyPipelineOverrides(const PipelineParams &params, const QStringList &keyEqualsValue);
