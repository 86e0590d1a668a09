#pragma once

#include <QtGlobal>

/// One baseline window of a run (SPEC section 3, "baseline"): its span, the capture volume in it and whether it is
/// covered, i.e. counted in the baseline.
struct BaselineWindow
{
    int index = 0;      ///< k: 1 = the most recent baseline window
    qint64 startMs = 0; ///< exclusive start (UTC ms)
    qint64 endMs = 0;   ///< inclusive end
    qint64 volume = 0;  ///< volume_k: posts of enabled platforms in the window
    bool covered = false; ///< volume_k > 0 and volume_k ≥ window.min_baseline_coverage × volume_0

    bool operator==(const BaselineWindow &) const = default;
};
