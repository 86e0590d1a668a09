#pragma once

#include <QString>

#include "core/model/result.h"
#include "core/model/runcomparison.h"

class RunStore;

/// The stored run `runId` beside the stored run `otherRunId` (compareRuns over their tiles; a trend that is gone is
/// looked up in `runId` to say which checks it fails now). Error "not_found" naming the unknown run.
/// Shared by GET /api/v1/runs/{a}/compare/{b}, `glasstrend export --compare-with` and the desktop.
Result<RunComparison> compareStoredRuns(const RunStore &store, const QString &runId, const QString &otherRunId);
