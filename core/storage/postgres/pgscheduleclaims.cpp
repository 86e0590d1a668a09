#include "core/storage/postgres/pgscheduleclaims.h"

#include <QDateTime>

#include "core/storage/postgres/pgpool.h"

using namespace Qt::StringLiterals;

namespace {

/// The advisory lock key of one tick: "GTSK" in the high bits, the interval and the tick below. Two
/// ticks sharing a key only make a claimant of one of them lose a lock the row would have refused anyway
/// or retry on the next tick; they never make a tick run twice (the row decides).
qint64 lockKey(qint64 intervalMs, qint64 tick)
{
    const quint64 mixed = quint64(tick) * 1000003ULL + quint64(intervalMs);
    return qint64((quint64(0x4754534B) << 32) ^ (mixed & 0xFFFFFFFFULL) ^ ((mixed >> 32) << 16));
}

} // namespace

Result<bool> PgScheduleClaims::claim(qint64 intervalMs, qint64 tick) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    if (Status begun = c.execute(u"BEGIN"_s, u"begin the tick claim"_s); !begun)
        return begun.error();
    // An error returns with the transaction open: the pool rolls it back.
    auto locked = c.prepared("tick_lock", u"SELECT pg_try_advisory_xact_lock($1)"_s,
                             PgParams().add(lockKey(intervalMs, tick)), u"lock tick %1"_s.arg(tick));
    if (!locked)
        return locked.error();
    if (locked.value().int64(0, 0) == 0) {
        if (Status s = c.execute(u"ROLLBACK"_s, u"end the tick claim"_s); !s)
            return s.error();
        return false; // another instance is claiming it right now
    }
    auto inserted = c.prepared("tick_claim",
                               u"INSERT INTO schedule_ticks (interval_ms, tick, claimed_at_ms) VALUES ($1, $2, $3) "
                               "ON CONFLICT DO NOTHING RETURNING tick"_s,
                               PgParams().add(intervalMs).add(tick).add(QDateTime::currentMSecsSinceEpoch()),
                               u"claim tick %1"_s.arg(tick));
    if (!inserted)
        return inserted.error();
    const bool claimed = inserted.value().rows() == 1;
    if (claimed) {
        auto pruned = c.prepared("tick_prune", u"DELETE FROM schedule_ticks WHERE interval_ms = $1 AND tick < $2"_s,
                                 PgParams().add(intervalMs).add(tick - 1000), u"forget old ticks"_s);
        if (!pruned)
            return pruned.error();
    }
    if (Status committed = c.execute(u"COMMIT"_s, u"commit the tick claim"_s); !committed)
        return committed.error();
    return claimed;
}
