#include "core/pipeline/pipeline.h"

#include <future>
#include <iterator>

#include "core/pipeline/clusterposts.h"
#include "core/pipeline/clusterstage.h"
#include "core/pipeline/components.h"
#include "core/pipeline/cooccurrence.h"
#include "core/pipeline/hashtagstats.h"
#include "core/pipeline/runid.h"
#include "core/pipeline/tiles.h"
#include "core/pipeline/window.h"

RunResult runPipeline(const Dataset &data, const PipelineParams &params, const CancelToken &cancel)
{
    return runPipeline(data, params, QStringList(), cancel);
}

RunResult runPipeline(const Dataset &data, const PipelineParams &params, const QStringList &explain,
                      const CancelToken &cancel)
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
    run.baselineWindows = QList<BaselineWindow>(window.baseline.begin(), window.baseline.end());
    if (cancelled())
        return run;
    // The run id reads every counted post's strings (memory-bound, a quarter of the run on one thread): it goes to a
    // second thread and is collected at the end. What it reads is declared before the future, whose destructor waits
    // for it on early returns: its own copy of the params, as `run` may be moved out before the locals go.
    const PipelineParams resolvedParams = run.params;
    std::future<QString> runId = std::async(std::launch::async | std::launch::deferred,
                                            [&] { return computeRunId(data, window, resolvedParams, cancel); });

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
    run.decisions.reserve(run.decisions.size() + stats.drops.size() + graph.candidates.size() + graph.edges.size() +
                          kept * 14 + 64);
    // The decisions of the two stages above are written on another thread while the graph is split and the posts
    // are assigned (each stage reads only what is already computed); the split's own decisions follow them. `run`
    // is the other thread's until it is joined, on every path.
    std::future<void> statsLogged = std::async(std::launch::async | std::launch::deferred, [&] {
        logTagStats(data, stats, params, run.decisions);
        logCooccurrence(data, stats, graph, params, run.decisions);
    });
    std::vector<Decision> splitLog;
    const std::vector<TagPart> parts = splitComponents(data, stats, graph.edges, params, splitLog, cancel);
    ClusterPosts posts;
    if (!cancel.cancelled())
        posts = assignPostsToClusters(data, window, stats, parts, cancel);
    statsLogged.get();
    if (cancelled())
        return run;
    std::move(splitLog.begin(), splitLog.end(), std::back_inserter(run.decisions));
    splitLog = {};

    // Clusters in the order of their smallest tag string, so their decisions come out in a load-order-free order.
    const bool evaluated = evaluateClusters(data, window, stats, parts, posts, params, run.clusters, run.decisions,
                                            cancel, 2, explain);
    if (cancelled() || !evaluated) // evaluateClusters stops only when cancelled; the flag must say so
        return run;
    rankAndDescribe(run.clusters, run.params, run.decisions);
    run.runId = runId.get();
    // Whole or nothing: with every cluster done, the run is cancelled only if its id was not.
    if (run.runId.isEmpty()) {
        run.cancelled = true;
        run.clusters.clear();
    }
    return run;
}
