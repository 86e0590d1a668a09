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
    /// Counted posts (current and baseline windows) of cluster c: postIndex[offset[c] … offset[c + 1]), in Dataset
    /// order. Grouped once with a counting sort, so the metrics stage reads each cluster's posts in one sweep.
    std::vector<std::uint32_t> offset;
    std::vector<std::uint32_t> postIndex;
    /// Parallel to postIndex: the post's WindowPlan slot, so the metrics stage reads it in sequence instead of
    /// looking it up at a random place of WindowPlan::slot.
    std::vector<std::int32_t> slot;
};

/// Assigns every counted post (current and baseline windows) to the clusters of its tags.
ClusterPosts assignPostsToClusters(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                   const std::vector<TagPart> &parts, const CancelToken &cancel);
