#pragma once

#include <vector>

#include "tests/bench/datagen/planteditem.h"

/// The planted trends and decoys for a dataset of `totalPosts` posts over `baselineWindows` + 1
/// windows. Sizes scale with the dataset (a share of it, with a floor) so that the truth holds
/// under SPEC section 3's defaults at every size from 1k to 5M posts; see tests/bench/README.md
/// for the reasoning behind each number. `steadyPerWindow` gives the steady decoy's volume per
/// window (it follows the background's window-to-window variation).
std::vector<PlantedItem> plantedScenario(qint64 totalPosts, int baselineWindows,
                                         const std::vector<double> &windowVolume);
