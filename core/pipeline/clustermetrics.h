#pragma once

#include <cstdint>
#include <vector>

#include "core/model/dataset.h"
#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/model/runresult.h"
#include "core/pipeline/clusterposts.h"
#include "core/pipeline/jsontemplate.h"
#include "core/pipeline/window.h"

/// The metrics stage for one cluster at a time: counts over its posts, every formula of SPEC section 3 with its
/// FormulaTrace, a decision for each special case (undefined engagement rate, posts left out of it, first seen
/// under an hour ago, an empty baseline, a clamped significance, rescaled health weights), the top posts and the
/// hourly series. Holds scratch buffers so that thousands of clusters cost no allocation per post.
class ClusterMetrics
{
public:
    ClusterMetrics(const Dataset &data, const WindowPlan &window, const ClusterPosts &posts,
                   const PipelineParams &params, int clustersTested);

    /// Fills the metrics of `cluster`, which is cluster number `index` of ClusterPosts.
    void compute(ClusterResult &cluster, std::size_t index, std::vector<Decision> &log);

    /// The order of top posts: engagement desc, then created_at asc, platform, post id.
    bool topPostBefore(std::uint32_t x, std::uint32_t y) const;

private:
    void fillTopPosts(ClusterResult &cluster); ///< from the window posts gathered in m_scratch

    const Dataset &m_data;
    const WindowPlan &m_window;
    const ClusterPosts &m_posts;
    const PipelineParams &m_params;
    int m_clustersTested = 0;
    QString m_asOfText;
    std::vector<std::int32_t> m_creatorStamp;
    std::vector<std::int32_t> m_regionStamp;
    std::vector<std::int32_t> m_platformStamp;
    std::vector<qint64> m_platformEngagement;
    std::vector<std::int32_t> m_platformsSeen;
    std::vector<std::int32_t> m_platformsBySlug; ///< platform ids in slug order
    std::vector<std::uint32_t> m_scratch; ///< the cluster's window posts
    // the shapes of the FormulaTraces' inputs
    JsonTemplate m_engagementRateInputs;
    JsonTemplate m_hoursInputs;
    JsonTemplate m_velocityInputs;
    JsonTemplate m_diversityInputs;
    JsonTemplate m_baselineInputs;
    JsonTemplate m_growthInputs;
    JsonTemplate m_surgeInputs;
    JsonTemplate m_significanceInputs;
    JsonTemplate m_healthInputs;
    JsonTemplate m_confidenceInputs;
};
