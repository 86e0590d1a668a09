#pragma once

#include <cstdint>
#include <vector>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/pipeline/cooccurrence.h"
#include "core/pipeline/hashtagstats.h"

/// A final part of the co-occurrence graph: the tags of one cluster (kept indices, ascending) and its edges.
struct TagPart
{
    std::vector<std::int32_t> tags;
    std::vector<TagEdge> edges; ///< sorted by (a, b)
};

/// Clusters are the connected components of the graph; a kept tag with no edge is a part of one.
/// A component with more than clustering.max_tags tags is split by dropping its weakest edges (lowest Jaccard
/// first; ties: lower co-occurrence, then the lexicographically smaller tag pair), only inside parts still over
/// the limit, until every part fits; each drop is a decision.
///
/// The drops are the ones the one-edge-at-a-time procedure makes, found without re-running a component search
/// after each drop: with the component's edges added strongest first (Kruskal, union-find), the part an edge
/// belongs to when its turn to be dropped comes is exactly the union-find set holding it right after it was
/// added; the edge is dropped iff that set is over the limit, and it splits the part iff it joined two sets.
/// So a component with E edges costs one sort and one union-find pass, O(E log E), not O(E²).
/// Parts are returned in the order of their smallest tag string.
std::vector<TagPart> splitComponents(const Dataset &data, const TagStats &stats, const std::vector<TagEdge> &edges,
                                     const PipelineParams &params, std::vector<Decision> &log,
                                     const CancelToken &cancel);

/// The weakest-first order of the max_tags split: true when x is weaker than y (lower Jaccard, compared exactly as
/// fractions; then lower co-occurrence; then the lexicographically smaller tag pair, i.e. smaller kept indices).
bool weakerEdge(const TagEdge &x, const TagEdge &y, const TagStats &stats);
