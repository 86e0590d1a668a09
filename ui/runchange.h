#pragma once

#include <QString>

#include "core/model/runresult.h"

/// One line for the status bar saying what a re-run changed, e.g.
/// "3 trends → 5; #matcha new (act_now); #blokecore now prepare; #slow dropped".
/// `before` may be null (first run). At most `maxItems` tile changes are named.
QString describeRunChange(const RunResult *before, const RunResult &after, int maxItems = 3);
