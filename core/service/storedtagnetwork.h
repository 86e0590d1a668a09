#pragma once

#include <QString>

#include "core/model/result.h"
#include "core/model/tagnetwork.h"

class RunStore;

/// The tag network of the stored run `runId` (buildTagNetwork over its clusters and its clustering stage's edge
/// decisions, the only ones it reads). Error "not_found" for an unknown run. Shared by GET
/// /api/v1/runs/{run_id}/network and `glasstrend export --format gexf`.
Result<TagNetwork> loadTagNetwork(const RunStore &store, const QString &runId);
