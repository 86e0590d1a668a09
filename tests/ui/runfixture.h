#pragma once

#include "core/model/dataset.h"
#include "core/model/runresult.h"

/// Hand-built runs and datasets for the UI tests: numbers chosen so each test can state them.
namespace uifixture {

/// Three clusters: #matchalatte (rank 1, act_now, with 抹茶拿铁), #blokecore (rank 2, prepare),
/// #slowtopic (not a trend: growth fails). Twelve decisions across stages.
RunResult makeRun();

/// A dataset of `posts` posts with deterministic tags, for runner tests with a fake pipeline.
Dataset makeDataset(int posts);

} // namespace uifixture
