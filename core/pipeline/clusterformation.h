#pragma once

#include <vector>

#include "core/model/dataset.h"
#include "core/model/decision.h"
#include "core/model/runresult.h"
#include "core/pipeline/components.h"
#include "core/pipeline/hashtagstats.h"
#include "core/pipeline/jsontemplate.h"

/// The trend id, derived from the anchor alone so a growing trend keeps its id across runs:
/// "t" + the first 10 hex digits of SHA-1 of the anchor's UTF-8.
QString trendIdForAnchor(const QString &anchor);

/// A cluster's identity from its part: hashtags most posts first (ties lexicographic), the anchor (its tag with
/// the most posts, ties lexicographic), the title (up to the top 3 tags with '#'), the trend id and the edges.
/// Writes the "cluster formed" decision, its values shaped by `formedValues` (from clusterFormedValues()).
ClusterResult formCluster(const Dataset &data, const TagStats &stats, const TagPart &part,
                          const JsonTemplate &formedValues, std::vector<Decision> &log);

/// The shape of a "cluster formed" decision's values: anchor, tags, edges, anchor_posts.
JsonTemplate clusterFormedValues();
