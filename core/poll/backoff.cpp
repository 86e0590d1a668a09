#include "core/poll/backoff.h"

#include <algorithm>

namespace poll {

qint64 pollDelayMs(int intervalS, int consecutiveFailures)
{
    const qint64 interval = qint64(std::max(intervalS, 1)) * 1000;
    const qint64 cap = std::max(interval, kMaxBackoffMs);
    qint64 delay = interval;
    // Doubling stops at the cap, so a long run of failures cannot overflow.
    for (int i = 0; i < consecutiveFailures && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

} // namespace poll
