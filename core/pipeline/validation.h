#pragma once

#include <unordered_map>
#include <vector>

#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/model/runresult.h"
#include "core/pipeline/jsontemplate.h"

/// The validation stage: the six checks of SPEC section 3 in SPEC order (unique_creators, creator_diversity,
/// regions, platforms, growth, significance), each with value, threshold and pass, each a decision. A cluster that
/// passes all is a trend.
class ClusterValidator
{
public:
    explicit ClusterValidator(const PipelineParams &params);

    void validate(ClusterResult &cluster, std::vector<Decision> &log);

private:
    const PipelineParams &m_params;
    /// Values and message of a decision of the count-like checks (unique_creators, creator_diversity, regions,
    /// platforms) by value: across thousands of clusters the same few values recur, and shared ones cost no
    /// allocation (the threshold is the run's, the same for every cluster).
    struct Shared
    {
        QJsonObject values;
        QString message;
    };
    std::vector<std::unordered_map<double, Shared>> m_shared;
    std::vector<JsonTemplate> m_values; ///< per check: {"check": name, "value", "threshold"}, the name filled in once
};
