#pragma once

#include <cstdint>
#include <vector>

#include <QJsonArray>

#include "core/model/dataset.h"
#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/model/runresult.h"
#include "core/pipeline/clusterposts.h"
#include "core/pipeline/formulas.h"
#include "core/pipeline/jsontemplate.h"
#include "core/pipeline/window.h"

/// The inputs of a cluster's formulas that are not fields of ClusterResult, kept to write its FormulaTraces.
struct MetricInputs
{
    double engagementWithViews = 0; ///< Σ engagement over posts with views > 0 (double: see formulas::engagementRate)
    double viewsSum = 0;
    int postsWithViews = 0;
    int postsViewsUnknown = 0;
    int postsViewsZero = 0;
    double weightedEngagement = 0; ///< Σ engagement × platforms.<slug>.weight
    double rawHours = 0;           ///< (as_of − min created_at) in hours, before max(1, …)
    QList<double> coveredAdjusted; ///< a_k of the covered windows, oldest first
    qint64 coveredCounts = 0;      ///< b = Σ c_k over the covered windows
    formulas::Significance significance; ///< meaningful only with a covered window
    formulas::Health health;
    // the special cases, as decisions and traces word them (empty when none)
    QString engagementRateNote;
    QString hoursNote;
    QString baselineNote;
    QString significanceNote;
    QString healthNote;
};

/// The metrics stage for one cluster at a time: counts over its posts, every formula of SPEC section 3, a decision
/// for each special case (undefined engagement rate, posts left out of it, first seen under an hour ago, an empty
/// baseline, a clamped significance, rescaled health weights) and the hourly series and baseline counts (counted by
/// assignPostsToClusters, shared here); and, for the clusters that become trends, the FormulaTraces and top posts of
/// their evidence chain. Holds scratch buffers so that thousands of clusters cost no allocation per post; one
/// instance per thread (see evaluateClusters).
class ClusterMetrics
{
public:
    ClusterMetrics(const Dataset &data, const WindowPlan &window, const ClusterPosts &posts,
                   const PipelineParams &params, int clustersTested);

    /// Fills the metrics of `cluster`, which is cluster number `index` of ClusterPosts.
    MetricInputs compute(ClusterResult &cluster, std::size_t index, std::vector<Decision> &log);

    /// The evidence chain of a proof tile (SPEC section 3, "Proof tiles"): one FormulaTrace per metric with its
    /// inputs and result, and the top posts by engagement. Call it right after compute() for the same cluster (it
    /// reads the window posts compute() gathered). Written for trends only: a trace costs a JSON object per
    /// formula and a top post a dozen string references, and across the tens of thousands of clusters of a
    /// million-post run that is a large share of the run's time and memory, for clusters that get no tile. Every
    /// cluster keeps its metrics, checks, tags, edges, hourly series and decisions.
    void addEvidence(ClusterResult &cluster, const MetricInputs &inputs);

    /// The order of top posts: engagement desc, then created_at asc, platform, post id.
    bool topPostBefore(std::uint32_t x, std::uint32_t y) const;

private:
    void fillTopPosts(ClusterResult &cluster); ///< from the window posts gathered in m_scratch
    void traceFormulas(ClusterResult &cluster, const MetricInputs &inputs) const;

    const Dataset &m_data;
    const WindowPlan &m_window;
    const ClusterPosts &m_posts;
    const PipelineParams &m_params;
    int m_clustersTested = 0;
    QString m_asOfText;
    QJsonArray m_volumes; ///< volume_k per baseline window, oldest first
    QJsonArray m_covered; ///< covered or not, per baseline window, oldest first
    std::vector<std::int32_t> m_creatorStamp;
    std::vector<std::int32_t> m_regionStamp;
    std::vector<std::int32_t> m_platformStamp;
    std::vector<double> m_platformEngagement;
    std::vector<std::int32_t> m_platformsSeen;
    std::vector<std::int32_t> m_regionIds;
    std::vector<std::int32_t> m_platformsBySlug; ///< platform ids in slug order
    struct ScratchPost
    {
        qint64 engagement = 0;
        std::uint32_t index = 0;
    };
    std::vector<ScratchPost> m_scratch; ///< the cluster's window posts
    // the shapes of the FormulaTraces' inputs
    JsonTemplate m_engagementRateInputs;
    JsonTemplate m_hoursInputs;
    JsonTemplate m_velocityInputs;
    JsonTemplate m_diversityInputs;
    JsonTemplate m_baselineInputs;
    JsonTemplate m_noBaselineInputs;
    JsonTemplate m_lifecycleInputs;
    JsonTemplate m_growthInputs;
    JsonTemplate m_surgeInputs;
    JsonTemplate m_significanceInputs;
    JsonTemplate m_healthInputs;
    JsonTemplate m_confidenceInputs;
};
