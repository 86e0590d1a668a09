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

    // Counted hour-major, (posts, engagement) side by side: the Dataset is in created_at order, so the sweep below
    // works on one hour's row of every cluster at a time (a few kB) instead of a line of each of two series per
    // cluster; copied into the per-cluster series afterwards.
    struct HourCell
    {
        qint64 posts = 0;
        qint64 engagement = 0;
    };
    std::vector<HourCell> hourly(std::size_t(buckets) * clusterCount);
    std::vector<int> baseline(std::size_t(baselineWindows) * clusterCount, 0);

    // One sweep in Dataset order: the counts over every counted post, and the window's (cluster, post) pairs, grouped
    // by cluster afterwards with a counting sort.
    std::vector<std::uint32_t> count(clusterCount + 1, 0);
    std::vector<std::uint64_t> pairs;
    pairs.reserve(std::size_t(window.postsInWindow));
    std::vector<std::int32_t> clusters; // the post's clusters, reused
    const std::size_t rowBytes = clusterCount * sizeof(HourCell);
    std::size_t lastHour = std::size_t(-1);
    std::size_t ahead = 0;
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
        HourCell *row = hourly.data() + hour * clusterCount;
        // The next hour's row is touched at scattered cells once its posts come: fetch it a line per post ahead.
        if (hour + 1 < std::size_t(buckets) && ahead < rowBytes) {
            __builtin_prefetch(reinterpret_cast<const char *>(row + clusterCount) + ahead, 1);
            ahead += 64;
        }
        if (hour != lastHour) {
            lastHour = hour;
            ahead = 0;
        }
        for (const std::int32_t c : clusters) {
            row[c].posts += 1;
            row[c].engagement = formulas::addCounts(row[c].engagement, engagement);
            if (slot != window.baselineWindows) {
                baseline[std::size_t(slot) * clusterCount + std::size_t(c)] += 1;
            } else {
                ++count[std::size_t(c) + 1];
                pairs.push_back((std::uint64_t(c) << 32) | std::uint64_t(i));
            }
        }
    }
    out.hourlyPosts.resize(clusterCount);
    out.hourlyEngagement.resize(clusterCount);
    out.baselineCounts.resize(clusterCount);
    for (std::size_t c = 0; c < clusterCount; ++c) {
        out.hourlyPosts[c].resize(buckets);
        out.hourlyEngagement[c].resize(buckets);
        out.baselineCounts[c].resize(baselineWindows);
        for (qsizetype s = 0; s < baselineWindows; ++s)
            out.baselineCounts[c][s] = baseline[std::size_t(s) * clusterCount + c];
    }
    // Transposed a block of clusters at a time: each hour's row is read in runs, each series written in sequence.
    constexpr std::size_t kBlock = 16;
    for (std::size_t first = 0; first < clusterCount; first += kBlock) {
        const std::size_t last = std::min(clusterCount, first + kBlock);
        qint64 *posts[kBlock];
        qint64 *engagement[kBlock];
        for (std::size_t c = first; c < last; ++c) {
            posts[c - first] = out.hourlyPosts[c].data();
            engagement[c - first] = out.hourlyEngagement[c].data();
        }
        for (qsizetype h = 0; h < buckets; ++h) {
            const HourCell *row = hourly.data() + std::size_t(h) * clusterCount;
            for (std::size_t c = first; c < last; ++c) {
                posts[c - first][h] = row[c].posts;
                engagement[c - first][h] = row[c].engagement;
            }
        }
    }
    hourly = {}; // transposed: the per-cluster series are all that is kept (the table can be large)

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
