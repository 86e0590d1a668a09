#pragma once

#include <cstdint>
#include <vector>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/pipeline/hashtagstats.h"
#include "core/pipeline/window.h"

/// An edge of the co-occurrence graph between two kept tags (kept indices, a < b, so a's string < b's string).
struct TagEdge
{
    std::int32_t a = 0;
    std::int32_t b = 0;
    int cooccurrence = 0;
    double jaccard = 0;
};

/// The co-occurrence graph of the kept tags over the current window: an edge joins A and B when
/// co(A,B) ≥ clustering.min_cooccurrence and jaccard(A,B) ≥ clustering.min_jaccard. Returns the kept edges
/// sorted by (a, b). Each pair that reaches min_cooccurrence gets a decision (kept, or rejected by
/// min_jaccard); the pairs below min_cooccurrence, usually the vast majority, get one summary decision.
std::vector<TagEdge> buildCooccurrenceGraph(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                            const PipelineParams &params, std::vector<Decision> &log,
                                            const CancelToken &cancel);
