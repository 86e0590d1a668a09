#include "ui/runwindows.h"

#include <algorithm>

#include "core/model/runresult.h"

RunWindows runWindows(const RunResult &run)
{
    constexpr qint64 kHourMs = 3600LL * 1000;
    const qint64 length = qint64(run.params.windowHours) * kHourMs;
    const qint64 asOf = run.asOfMs;
    RunWindows windows;
    windows.current = {asOf - length, asOf, true};
    if (!run.baselineWindows.isEmpty()) {
        // The pipeline's own account (SPEC section 3): span and coverage of each baseline window.
        for (const BaselineWindow &w : run.baselineWindows)
            windows.baseline.append({w.startMs, w.endMs, w.covered});
        std::sort(windows.baseline.begin(), windows.baseline.end(),
                  [](const TimelineWindow &a, const TimelineWindow &b) { return a.endMs > b.endMs; });
        return windows;
    }
    // A run stored before runs recorded their baseline windows: the spans follow from as-of and
    // window length; coverage is unknown and drawn as covered.
    for (int i = 1; i <= run.params.baselineWindows; ++i) {
        const qint64 end = asOf - qint64(i) * length;
        windows.baseline.append({end - length, end, true});
    }
    return windows;
}
