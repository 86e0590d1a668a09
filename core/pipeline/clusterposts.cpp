#include "core/pipeline/clusterposts.h"

#include <algorithm>

#include "core/pipeline/formulas.h"

ClusterPosts assignPostsToClusters(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                   const std::vector<TagPart> &parts, const CancelToken &cancel)
{
    ClusterPosts out;
    const std::size_t clusterCount = parts.size();
    const auto windows = std::size_t(window.baselineWindows);
    const auto buckets = std::size_t(window.hourBuckets);
    out.baselineCounts.assign(clusterCount * windows, 0);
    out.hourlyPosts.assign(clusterCount * buckets, 0);
    out.hourlyEngagement.assign(clusterCount * buckets, 0);

    // Dataset tag id → cluster.
    std::vector<std::int32_t> clusterOfTag(std::size_t(data.tags.size()), -1);
    for (std::size_t c = 0; c < clusterCount; ++c)
        for (const std::int32_t k : parts[c].tags)
            clusterOfTag[std::size_t(stats.keptTags[std::size_t(k)])] = std::int32_t(c);

    // (cluster, post) pairs of the current window, grouped by cluster afterwards with a counting sort.
    std::vector<std::uint32_t> windowCount(clusterCount + 1, 0);
    std::vector<std::uint64_t> pairs;
    pairs.reserve(std::size_t(window.postsInWindow) * 2);
    std::vector<std::int32_t> clusters; // the post's clusters, reused
    for (std::size_t i = 0; i < data.posts.size(); ++i) {
        if ((i & 0xFFFF) == 0 && cancel.cancelled())
            return out;
        const std::int32_t slot = window.slot[i];
        if (slot < 0)
            continue;
        const DatasetPost &p = data.posts[i];
        clusters.clear();
        for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t) {
            const std::int32_t c = clusterOfTag[std::size_t(data.postTags[t])];
            if (c >= 0 && std::find(clusters.begin(), clusters.end(), c) == clusters.end())
                clusters.push_back(c);
        }
        if (clusters.empty())
            continue;
        const auto hour = std::size_t((p.createdAtMs - window.baselineStartMs - 1) / 3'600'000);
        const qint64 engagement = formulas::engagement(p);
        for (const std::int32_t c : clusters) {
            const auto cluster = std::size_t(c);
            out.hourlyPosts[cluster * buckets + hour] += 1;
            out.hourlyEngagement[cluster * buckets + hour] += engagement;
            if (slot == window.baselineWindows) {
                ++windowCount[cluster + 1];
                pairs.push_back((std::uint64_t(cluster) << 32) | std::uint64_t(i));
            } else {
                ++out.baselineCounts[cluster * windows + std::size_t(slot)];
            }
        }
    }
    for (std::size_t c = 0; c < clusterCount; ++c)
        windowCount[c + 1] += windowCount[c];
    out.offset = windowCount;
    out.postIndex.resize(pairs.size());
    for (const std::uint64_t pair : pairs)
        out.postIndex[windowCount[std::size_t(pair >> 32)]++] = std::uint32_t(pair & 0xFFFFFFFFu);
    return out;
}
