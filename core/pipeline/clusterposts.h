#pragma once

#include <cstdint>
#include <vector>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/pipeline/components.h"
#include "core/pipeline/hashtagstats.h"
#include "core/pipeline/window.h"

/// Which posts belong to which cluster: a cluster's posts are the posts carrying any of its tags, each post once.
struct ClusterPosts
{
    /// Window posts of cluster c: postIndex[offset[c] … offset[c + 1]), in Dataset order.
    std::vector<std::uint32_t> offset;
    std::vector<std::uint32_t> postIndex;
    std::vector<int> baselineCounts;        ///< cluster c, baseline window w (oldest first): [c · windows + w]
    std::vector<qint64> hourlyPosts;        ///< cluster c, hour h over baseline + window: [c · buckets + h]
    std::vector<qint64> hourlyEngagement;   ///< same buckets, Σ engagement (unweighted)
};

/// Assigns every counted post (current and baseline windows) to the clusters of its tags.
ClusterPosts assignPostsToClusters(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                   const std::vector<TagPart> &parts, const CancelToken &cancel);
