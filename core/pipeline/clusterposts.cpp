#include "core/pipeline/clusterposts.h"

#include <algorithm>

#include "core/pipeline/formulas.h"

ClusterPosts assignPostsToClusters(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                   const std::vector<TagPart> &parts, const CancelToken &cancel)
{
    ClusterPosts out;
    const std::size_t clusterCount = parts.size();
    const auto buckets = qsizetype(window.hourBuckets);
    const auto baselineWindows = qsizetype(window.baselineWindows);

    // Dataset tag id → cluster.
    std::vector<std::int32_t> clusterOfTag(std::size_t(data.tags.size()), -1);
    for (std::size_t c = 0; c < clusterCount; ++c)
        for (const std::int32_t k : parts[c].tags)
            clusterOfTag[std::size_t(stats.keptTags[std::size_t(k)])] = std::int32_t(c);

    out.hourlyPosts.resize(clusterCount);
    out.hourlyEngagement.resize(clusterCount);
    out.baselineCounts.resize(clusterCount);
    std::vector<qint64 *> hourlyPosts(clusterCount);
    std::vector<qint64 *> hourlyEngagement(clusterCount);
    std::vector<int *> baselineCounts(clusterCount);
    for (std::size_t c = 0; c < clusterCount; ++c) {
        out.hourlyPosts[c].fill(0, buckets);
        out.hourlyEngagement[c].fill(0, buckets);
        out.baselineCounts[c].fill(0, baselineWindows);
        hourlyPosts[c] = out.hourlyPosts[c].data();
        hourlyEngagement[c] = out.hourlyEngagement[c].data();
        baselineCounts[c] = out.baselineCounts[c].data();
    }

    // One sweep in Dataset order: the counts over every counted post, and the window's (cluster, post) pairs, grouped
    // by cluster afterwards with a counting sort.
    std::vector<std::uint32_t> count(clusterCount + 1, 0);
    std::vector<std::uint64_t> pairs;
    pairs.reserve(std::size_t(window.postsInWindow));
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
        const qint64 engagement = formulas::engagement(p);
        const auto hour = std::size_t((p.createdAtMs - window.baselineStartMs - 1) / 3'600'000);
        for (const std::int32_t c : clusters) {
            hourlyPosts[std::size_t(c)][hour] += 1;
            hourlyEngagement[std::size_t(c)][hour] += engagement;
            if (slot != window.baselineWindows) {
                baselineCounts[std::size_t(c)][slot] += 1;
            } else {
                ++count[std::size_t(c) + 1];
                pairs.push_back((std::uint64_t(c) << 32) | std::uint64_t(i));
            }
        }
    }
    for (std::size_t c = 0; c < clusterCount; ++c)
        count[c + 1] += count[c];
    out.offset = count;
    out.windowPosts.resize(pairs.size());
    for (const std::uint64_t pair : pairs) { // in Dataset order: the posts are read in sequence
        const auto i = std::uint32_t(pair & 0xFFFFFFFFu);
        const DatasetPost &p = data.posts[i];
        out.windowPosts[count[std::size_t(pair >> 32)]++] =
            ClusterWindowPost{formulas::engagement(p), p.views, p.createdAtMs, i, p.creator, p.region, p.platform};
    }
    return out;
}
