#include "core/pipeline/clusterposts.h"

#include <algorithm>

ClusterPosts assignPostsToClusters(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                   const std::vector<TagPart> &parts, const CancelToken &cancel)
{
    ClusterPosts out;
    const std::size_t clusterCount = parts.size();

    // Dataset tag id → cluster.
    std::vector<std::int32_t> clusterOfTag(std::size_t(data.tags.size()), -1);
    for (std::size_t c = 0; c < clusterCount; ++c)
        for (const std::int32_t k : parts[c].tags)
            clusterOfTag[std::size_t(stats.keptTags[std::size_t(k)])] = std::int32_t(c);

    // (cluster, post) pairs, grouped by cluster afterwards with a counting sort.
    std::vector<std::uint32_t> count(clusterCount + 1, 0);
    std::vector<std::uint64_t> pairs;
    pairs.reserve(std::size_t(window.postsInWindow + window.postsInBaseline));
    std::vector<std::int32_t> clusters; // the post's clusters, reused
    for (std::size_t i = 0; i < data.posts.size(); ++i) {
        if ((i & 0xFFFF) == 0 && cancel.cancelled())
            return out;
        if (window.slot[i] < 0)
            continue;
        const DatasetPost &p = data.posts[i];
        clusters.clear();
        for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t) {
            const std::int32_t c = clusterOfTag[std::size_t(data.postTags[t])];
            if (c >= 0 && std::find(clusters.begin(), clusters.end(), c) == clusters.end())
                clusters.push_back(c);
        }
        for (const std::int32_t c : clusters) {
            ++count[std::size_t(c) + 1];
            pairs.push_back((std::uint64_t(c) << 32) | std::uint64_t(i));
        }
    }
    for (std::size_t c = 0; c < clusterCount; ++c)
        count[c + 1] += count[c];
    out.offset = count;
    out.postIndex.resize(pairs.size());
    out.slot.resize(pairs.size());
    for (const std::uint64_t pair : pairs) {
        const std::uint32_t at = count[std::size_t(pair >> 32)]++;
        const auto post = std::uint32_t(pair & 0xFFFFFFFFu);
        out.postIndex[at] = post;
        out.slot[at] = window.slot[post];
    }
    return out;
}
