#include "core/storage/localscheduleclaims.h"

Result<bool> LocalScheduleClaims::claim(qint64 intervalMs, qint64 tick) const
{
    const std::lock_guard lock(m_mutex);
    const auto last = m_lastTick.constFind(intervalMs);
    if (last != m_lastTick.cend() && *last >= tick)
        return false;
    m_lastTick.insert(intervalMs, tick);
    return true;
}
