#include "core/pipeline/pipeline.h"

#include "core/pipeline/clusterformation.h"
#include "core/pipeline/clustermetrics.h"
#include "core/pipeline/clusterposts.h"
#include "core/pipeline/components.h"
#include "core/pipeline/cooccurrence.h"
#include "core/pipeline/hashtagstats.h"
#include "core/pipeline/runid.h"
#include "core/pipeline/tiles.h"
#include "core/pipeline/validation.h"
#include "core/pipeline/window.h"

RunResult runPipeline(const Dataset &data, const PipelineParams &params, const CancelToken &cancel)
{
    RunResult run;
    run.params = params;
    auto cancelled = [&] {
        run.cancelled = cancel.cancelled();
        return run.cancelled;
    };

    const WindowPlan window = planWindow(data, params, run.decisions, cancel);
    run.params.asOfMs = window.asOfMs;
    run.asOfMs = window.asOfMs;
    run.windowStartMs = window.windowStartMs;
    run.baselineStartMs = window.baselineStartMs;
    run.postsInWindow = window.postsInWindow;
    if (cancelled())
        return run;
    run.runId = computeRunId(data, window, run.params);

    const TagStats stats = computeTagStats(data, window, params, cancel);
    if (cancelled())
        return run;
    const CooccurrenceGraph graph = buildCooccurrenceGraph(data, window, stats, params, cancel);
    if (cancelled())
        return run;
    // Decisions are many (one per dropped tag and per candidate edge, up to 13 per cluster): size the log once,
    // before the first of them, so it never reallocates (which would hold two copies at its peak). Clusters and
    // split drops are bounded by the kept tags and the edges; untouched capacity costs address space only.
    const std::size_t kept = stats.keptTags.size();
    run.decisions.reserve(run.decisions.size() + stats.drops.size() + graph.candidates.size() + graph.edges.size()
                          + kept * 14 + 64);
    logTagStats(data, stats, params, run.decisions);
    logCooccurrence(data, stats, graph, params, run.decisions);
    const std::vector<TagPart> parts = splitComponents(data, stats, graph.edges, params, run.decisions, cancel);
    if (cancelled())
        return run;
    const ClusterPosts posts = assignPostsToClusters(data, window, stats, parts, cancel);
    if (cancelled())
        return run;

    // Clusters in the order of their smallest tag string, so their decisions come out in a load-order-free order.
    run.clusters.reserve(qsizetype(parts.size()));
    ClusterMetrics metrics(data, window, posts, params, int(parts.size()));
    ClusterValidator validator(params);
    const JsonTemplate formedValues = clusterFormedValues();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if ((i & 0xFF) == 0 && cancelled())
            return run;
        ClusterResult cluster = formCluster(data, stats, parts[i], formedValues, run.decisions);
        const MetricInputs inputs = metrics.compute(cluster, i, run.decisions);
        validator.validate(cluster, run.decisions);
        if (cluster.isTrend)
            metrics.addEvidence(cluster, inputs);
        run.clusters.append(std::move(cluster));
    }
    rankAndDescribe(run.clusters, run.params, run.decisions);
    cancelled();
    return run;
}
