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

/// The co-occurrence graph of the kept tags over the current window.
struct CooccurrenceGraph
{
    std::vector<TagEdge> candidates; ///< every pair with co(A,B) ≥ clustering.min_cooccurrence, sorted by (a, b)
    std::vector<TagEdge> edges;      ///< the candidates with jaccard(A,B) ≥ clustering.min_jaccard: the graph
    std::size_t pairsBelowMinCooccurrence = 0;
};

/// An edge joins A and B when co(A,B) ≥ clustering.min_cooccurrence and jaccard(A,B) ≥ clustering.min_jaccard.
CooccurrenceGraph buildCooccurrenceGraph(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                         const PipelineParams &params, const CancelToken &cancel);

/// The stage's decisions: each candidate pair gets one (kept, or rejected by min_jaccard); the pairs below
/// min_cooccurrence, usually the vast majority, get one summary decision.
void logCooccurrence(const Dataset &data, const TagStats &stats, const CooccurrenceGraph &graph,
                     const PipelineParams &params, std::vector<Decision> &log);
