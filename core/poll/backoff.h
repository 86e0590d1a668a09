#pragma once

#include <QtGlobal>

namespace poll {

/// The longest wait between two polls of a failing source, unless its own interval is longer.
inline constexpr qint64 kMaxBackoffMs = 60LL * 60 * 1000;

/// Milliseconds until the next poll of a source: interval × 2^failures, capped at
/// max(interval, 1 h). `failures` is the number of consecutive failed polls (0 after a success),
/// so a source that keeps failing is asked less and less often, and a success resets the pace.
qint64 pollDelayMs(int intervalS, int consecutiveFailures);

} // namespace poll
