#pragma once

#include <mutex>

#include <QHash>

#include "core/storage/scheduleclaims.h"

/// ScheduleClaims of one process (SQLite: one process writes the file): a tick is claimed once, and a
/// tick not newer than the last claimed one of the same interval is refused.
class LocalScheduleClaims final : public ScheduleClaims
{
public:
    Result<bool> claim(qint64 intervalMs, qint64 tick) const override;

private:
    mutable std::mutex m_mutex;
    mutable QHash<qint64, qint64> m_lastTick; ///< interval → the last tick claimed; guarded by m_mutex
};
