#pragma once

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/pipelineparams.h"
#include "core/pipeline/window.h"

/// The run id: 16 lower-case hex digits of SHA-256 over an order-independent digest of the counted posts (those in
/// the current and baseline windows, of enabled platforms: platform, post id, counters, time, creator, region and
/// tags, each post hashed on its strings and summed, so load order and interning do not matter) and over every
/// parameter, as_of resolved. Same inputs ⇒ same run id, so storage can recognize a re-run.
/// It reads nothing but its arguments, so the run computes it on a second thread beside the other stages; a
/// cancelled token makes it return an empty string early.
QString computeRunId(const Dataset &data, const WindowPlan &window, const PipelineParams &resolvedParams,
                     const CancelToken &cancel = {});
