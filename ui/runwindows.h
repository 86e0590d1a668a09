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

/// The one place that reads a run's windows for the desktop: the run's BaselineWindow list (SPEC
/// section 3: span and coverage), newest first; for a run stored without that list, spans derived
/// from as-of, window length and baseline count, drawn as covered.
RunWindows runWindows(const RunResult &run);
