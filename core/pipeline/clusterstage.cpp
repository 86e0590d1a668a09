#include "core/pipeline/clusterstage.h"

#include <algorithm>
#include <atomic>
#include <future>

#include "core/pipeline/clusterformation.h"
#include "core/pipeline/clustermetrics.h"
#include "core/pipeline/validation.h"

namespace {

/// Clusters per chunk: small enough that the two threads finish close together although cluster sizes are skewed,
/// large enough that claiming a chunk and keeping its log cost nothing next to the clusters' work.
constexpr std::size_t kChunk = 16;

} // namespace

bool evaluateClusters(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                      const std::vector<TagPart> &parts, const ClusterPosts &posts, const PipelineParams &params,
                      QList<ClusterResult> &clusters, std::vector<Decision> &log, const CancelToken &cancel,
                      int threads, const QStringList &explain)
{
    const std::size_t count = parts.size();
    const std::size_t chunks = (count + kChunk - 1) / kChunk;
    clusters.clear();
    clusters.resize(qsizetype(count));
    ClusterResult *slots = clusters.data(); // detached once here; the threads write disjoint elements
    std::vector<std::vector<Decision>> chunkLogs(chunks);
    std::atomic<std::size_t> nextChunk{0};
    const JsonTemplate formedValues = clusterFormedValues();

    // Each thread has its own metrics scratch buffers and validator (whose message cache only shares equal texts).
    auto work = [&] {
        ClusterMetrics metrics(data, window, posts, params, int(count));
        ClusterValidator validator(params);
        for (;;) {
            const std::size_t chunk = nextChunk.fetch_add(1, std::memory_order_relaxed);
            if (chunk >= chunks || cancel.cancelled())
                return;
            std::vector<Decision> &chunkLog = chunkLogs[chunk];
            const std::size_t end = std::min(count, (chunk + 1) * kChunk);
            for (std::size_t i = chunk * kChunk; i < end; ++i) {
                ClusterResult cluster = formCluster(data, stats, parts[i], formedValues, chunkLog);
                const MetricInputs inputs = metrics.compute(cluster, i, chunkLog);
                validator.validate(cluster, chunkLog);
                if (cluster.isTrend || (!explain.isEmpty() && explain.contains(cluster.trendId)))
                    metrics.addEvidence(cluster, inputs);
                slots[i] = std::move(cluster);
            }
        }
    };
    if (threads > 1) {
        // async | deferred: when no thread can be started, the helper's share runs here, after ours (and finds
        // no chunk left).
        std::future<void> helper = std::async(std::launch::async | std::launch::deferred, work);
        work();
        helper.get();
    } else {
        work();
    }
    if (cancel.cancelled()) {
        clusters.clear();
        return false;
    }

    std::size_t decisions = log.size();
    for (const std::vector<Decision> &chunkLog : chunkLogs)
        decisions += chunkLog.size();
    log.reserve(decisions);
    for (std::vector<Decision> &chunkLog : chunkLogs) {
        std::move(chunkLog.begin(), chunkLog.end(), std::back_inserter(log));
        chunkLog = {};
    }
    return true;
}
