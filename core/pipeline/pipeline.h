#pragma once

#include <QStringList>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/pipelineparams.h"
#include "core/model/runresult.h"

/// Runs SPEC section 3 over the posts of `data`: window → hashtag stats → clustering → metrics → validation →
/// tiles, writing every decision of SPEC section 4 into the result.
///
/// A pure function: no database, no clock, no globals, no logging (the caller logs result.decisions). `as_of` is
/// params.asOfMs, or when empty the newest post's created_at; the result's params.asOfMs holds the resolved value.
/// Same data, params and as_of give the same result byte for byte, whatever order the posts were loaded in.
/// result.runId is a content hash of the counted posts and the params (see runid.h); durationMs is left 0 for the
/// caller to measure. Every cluster gets its metrics, checks, tags, edges and hourly series; the evidence chain's
/// FormulaTraces and top posts are written for trends, which get proof tiles (see ClusterMetrics::addEvidence).
/// The token is checked between stages and inside long loops; a cancelled run returns early
/// with cancelled = true and whatever it had so far.
RunResult runPipeline(const Dataset &data, const PipelineParams &params, const CancelToken &cancel = {});

/// runPipeline(), with the evidence chain (FormulaTraces and top posts) also written for the clusters whose trend id
/// is in `explain`, trends or not, so a near-miss can be inspected as fully as a trend. Everything else is the same
/// as runPipeline() gives, byte for byte (run id included).
RunResult runPipeline(const Dataset &data, const PipelineParams &params, const QStringList &explain,
                      const CancelToken &cancel = {});
