#pragma once

#include <vector>

#include <QList>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/model/runresult.h"
#include "core/pipeline/clusterposts.h"
#include "core/pipeline/components.h"
#include "core/pipeline/hashtagstats.h"
#include "core/pipeline/window.h"

/// The per-cluster stages for every part: formation, metrics, validation and, for the trends, the evidence chain.
///
/// Clusters do not depend on each other, so the parts are shared out in chunks between the calling thread and one
/// helper thread (the desktop's sliders must feel live on a two-core machine). Each cluster lands at its part's
/// index and each chunk writes its decisions to a log of its own, appended to `log` in chunk order: the result is
/// the same, byte for byte, as one thread working through the parts in order, whichever thread took which chunk.
/// `threads` is 2 in a run (1: the calling thread alone, as the tests compare). Returns false, with `clusters`
/// empty, when the token was cancelled. `explain`: trend ids of clusters that get the evidence chain although they are
/// not trends (a near-miss inspected on screen).
bool evaluateClusters(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                      const std::vector<TagPart> &parts, const ClusterPosts &posts, const PipelineParams &params,
                      QList<ClusterResult> &clusters, std::vector<Decision> &log, const CancelToken &cancel,
                      int threads = 2, const QStringList &explain = {});
