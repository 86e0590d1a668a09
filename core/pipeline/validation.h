#pragma once

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

    void validate(ClusterResult &cluster, std::vector<Decision> &log) const;

private:
    const PipelineParams &m_params;
    std::vector<JsonTemplate> m_values; ///< per check: {"check": name, "value", "threshold"}, the name filled in once
};
