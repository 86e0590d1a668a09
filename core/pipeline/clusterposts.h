#pragma once

#include <cstdint>
#include <vector>

#include <QList>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/pipeline/components.h"
#include "core/pipeline/hashtagstats.h"
#include "core/pipeline/window.h"

/// A post of the current window as the metrics stage reads it: the fields it uses, copied once per (cluster, post)
/// so that the metrics read a cluster's posts in one sweep instead of at scattered places of the Dataset.
struct ClusterWindowPost
{
    qint64 engagement = 0; ///< likes + comments + shares
    qint64 views = -1;
    qint64 createdAtMs = 0;
    std::uint32_t index = 0; ///< in Dataset::posts
    std::int32_t creator = 0;
    std::int32_t region = -1;
    std::int32_t platform = 0;
};

/// Which posts belong to which cluster: a cluster's posts are the posts carrying any of its tags, each post once.
/// Everything the metrics count over every counted post (hourly series, baseline counts) is counted here, in the one
/// sweep over the posts in Dataset order; the current window's posts are kept, grouped by cluster.
struct ClusterPosts
{
    /// Window posts of cluster c: windowPosts[offset[c] … offset[c + 1]), in Dataset order. Grouped once with a
    /// counting sort.
    std::vector<std::uint32_t> offset;
    std::vector<ClusterWindowPost> windowPosts;
    /// Per cluster: posts and engagement per hour over baseline + window (WindowPlan::hourBuckets buckets, bucket i
    /// covers (baseline start + i h, baseline start + (i + 1) h]), and posts per baseline window, oldest first.
    /// QLists so that the clusters share them instead of copying.
    std::vector<QList<qint64>> hourlyPosts;
    std::vector<QList<qint64>> hourlyEngagement;
    std::vector<QList<int>> baselineCounts;
};

/// Assigns every counted post (current and baseline windows) to the clusters of its tags.
ClusterPosts assignPostsToClusters(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                   const std::vector<TagPart> &parts, const CancelToken &cancel);
