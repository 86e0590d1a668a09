#pragma once

#include <QList>

#include "ui/widgets/timeline.h"

struct RunResult;

/// The windows of a run as the timeline draws them: the current window and each baseline window,
/// newest first, with whether its capture covered it.
struct RunWindows
{
    TimelineWindow current;
    QList<TimelineWindow> baseline;
};

/// The one place that reads a run's windows for the desktop. Today it derives them from the run's
/// as-of, window length and baseline count and marks every baseline window covered; once the
/// pipeline reports coverage (RunResult's BaselineWindow list, SPEC section 3), this reads that
/// list instead.
RunWindows runWindows(const RunResult &run);
