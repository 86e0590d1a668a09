#pragma once

#include <functional>
#include <map>
#include <vector>

#include <QByteArray>

#include "core/model/result.h"
#include "core/storage/postrows.h"

class Database;
struct sqlite3;

/// The `hour_blocks` table (schema migration 8): one hourblock per hour that a load has read, kept
/// exact by triggers on `posts` that delete the block of every hour an insert, update or delete
/// touches. A block that exists therefore holds every post of its hour; an hour without one is read
/// from the posts table again.
namespace hourblocktable {

struct StoredHour
{
    qint64 hour = 0;
    qint64 bytes = 0; ///< the block's size
};

/// The hours in [firstHour, lastHour] that have a block, ascending.
Result<std::vector<StoredHour>> presentHours(sqlite3 *db, qint64 firstHour, qint64 lastHour);

/// Calls `onBlock(hour, bytes)` for each stored block in [firstHour, lastHour], ascending; the bytes
/// are valid during the call. An error of `onBlock` ends the walk and is returned.
Status forEachBlock(sqlite3 *db, qint64 firstHour, qint64 lastHour,
                   const std::function<Status(qint64 hour, QByteArrayView block)> &onBlock);

/// Stores `blocks` (hour → block) in one write transaction, unless the posts moved past `readAt` (the
/// marker taken before the rows the blocks were built from were read): then a block could miss a
/// post, and nothing is written. Returns whether the blocks were stored.
Result<bool> store(const Database &database, const ChangeMarker &readAt, const std::map<qint64, QByteArray> &blocks);

/// Deletes the blocks of [firstHour, lastHour] (a damaged block is rebuilt by the next load).
Status drop(const Database &database, qint64 firstHour, qint64 lastHour);

} // namespace hourblocktable
