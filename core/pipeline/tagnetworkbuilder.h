#pragma once

#include <vector>

#include "core/model/decision.h"
#include "core/model/result.h"
#include "core/model/runresult.h"
#include "core/model/tagnetwork.h"

/// The co-occurrence graph of `run`'s kept tags, read back from what the run recorded rather than computed again, so
/// the graph shows exactly what the clustering stage decided (no second Jaccard):
/// - nodes: the tags of every cluster (every kept tag is in exactly one), with the cluster's trend id and status;
/// - edges: the clustering stage's "kept" edge decisions (co ≥ min_cooccurrence and jaccard ≥ min_jaccard), with
///   their co-occurrence and Jaccard; those whose subject also has a clustering.max_tags "dropped" decision are
///   marked droppedBySplit;
/// - posts(A): the posts_a / posts_b values of those decisions; a tag with no edge is a cluster of one, whose posts
///   are the tag's.
/// `decisions` is the run's log or any part of it holding its clustering decisions (a stored run's are loaded
/// apart from the run). Error "invalid_value" when they do not fit the clusters (a log of another run, or cut short).
Result<TagNetwork> buildTagNetwork(const RunResult &run, const std::vector<Decision> &decisions);
