#pragma once

#include <cstdint>
#include <vector>

#include "core/model/baselinewindow.h"
#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/decision.h"
#include "core/model/pipelineparams.h"

/// The window stage: which posts count, and in which window each falls.
struct WindowPlan
{
    qint64 asOfMs = 0;          ///< resolved as_of
    qint64 windowMs = 0;        ///< window.hours in ms
    qint64 windowStartMs = 0;   ///< exclusive start of the current window
    qint64 baselineStartMs = 0; ///< exclusive start of the oldest baseline window
    int baselineWindows = 0;
    int hourBuckets = 0;        ///< hours over baseline + window; bucket i covers (start + i h, start + (i+1) h]
    /// Per post: −1 = not counted (outside the span or platform not enabled); 0 … baselineWindows−1 = that
    /// baseline window, oldest first; baselineWindows = the current window.
    std::vector<std::int32_t> slot;
    std::vector<double> platformWeight; ///< per platform id: platforms.<slug>.weight, default 1
    int postsInWindow = 0;   ///< volume_0
    int postsInBaseline = 0;
    /// Per baseline window, oldest first (slot order): its span, volume_k and coverage.
    std::vector<BaselineWindow> baseline;
    qint64 coveredVolume = 0; ///< Σ volume_k over the covered windows
    int coveredWindows = 0;

    bool inWindow(std::size_t post) const { return slot[post] == baselineWindows; }
};

/// as_of: params.asOfMs, or when empty the newest stored post's created_at (Dataset::newestCreatedAtMs, else the
/// newest post in the Dataset).
qint64 resolveAsOf(const Dataset &data, std::optional<qint64> asOfMs);

/// The current window is (as_of − hours, as_of]; the baseline is the window.baseline_windows windows of the same
/// length before it. Only posts of enabled platforms count. Writes one decision summarizing the windows, and one per
/// baseline window saying whether it is covered (window.min_baseline_coverage) and, when it is, its volume factor.
WindowPlan planWindow(const Dataset &data, const PipelineParams &params, std::vector<Decision> &log,
                      const CancelToken &cancel);
