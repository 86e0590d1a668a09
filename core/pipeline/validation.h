#pragma once

#include <vector>

#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/model/runresult.h"

/// The validation stage: the six checks of SPEC section 3 in SPEC order (unique_creators, creator_diversity,
/// regions, platforms, growth, significance), each with value, threshold and pass, each a decision. A cluster that
/// passes all is a trend.
void validateCluster(ClusterResult &cluster, const PipelineParams &params, std::vector<Decision> &log);
