#include "ui/runwindows.h"

#include "core/model/runresult.h"

RunWindows runWindows(const RunResult &run)
{
    constexpr qint64 kHourMs = 3600LL * 1000;
    const qint64 length = qint64(run.params.windowHours) * kHourMs;
    RunWindows windows;
    windows.current = {run.asOfMs - length, run.asOfMs, true};
    // INTEGRATION (issue 11, item 1): map run.baselineWindows ({index, startMs, endMs, volume,
    // covered}) here once RunResult carries it; until then every baseline window counts as covered.
    for (int i = 1; i <= run.params.baselineWindows; ++i) {
        const qint64 end = run.asOfMs - qint64(i) * length;
        windows.baseline.append({end - length, end, true});
    }
    return windows;
}
