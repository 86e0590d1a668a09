#pragma once

#include <set>

#include "core/model/result.h"

class PgConnection;

/// The day partitions of posts and post_tags (pgschema.h): day d holds created_at_ms in
/// [d·86,400,000, (d+1)·86,400,000).
namespace pgpartitions {

constexpr qint64 kDayMs = 86400000;

/// The day of a created_at_ms (floor, also before 1970).
inline qint64 dayOf(qint64 createdAtMs)
{
    return createdAtMs >= 0 ? createdAtMs / kDayMs : -((-createdAtMs + kDayMs - 1) / kDayMs);
}

/// The days that have partitions.
Result<std::set<qint64>> existing(PgConnection &connection);

/// Creates the partitions of `days` that do not exist, inside the caller's transaction (serialized
/// between writers by an advisory lock held until it ends).
Status create(PgConnection &connection, const std::set<qint64> &days);

/// Drops the partitions (posts, tag rows, identities) of the days that end at or before
/// `cutoffMs` (database.retention_days), except the days in `keep` (a batch being written needs
/// them; the next retention takes them); answers how many days went.
Result<int> dropBefore(PgConnection &connection, qint64 cutoffMs, const std::set<qint64> &keep = {});

} // namespace pgpartitions
