#pragma once

#include <utility>
#include <vector>

#include <QByteArrayView>

#include "core/model/result.h"

class Database;

/// The `block_creators` table (schema migration 8): a number for each (platform, creator) an hour block
/// has held, given once and never changed, so that blocks name creators by number and a load tells
/// them apart without hashing their text (hourblock.h).
namespace blockcreators {

/// The number of each (platforms.id, UTF-8 creator id), in order, numbering the new ones, in one write
/// transaction on the calling thread's connection.
Result<std::vector<qint64>> numbers(const Database &database,
                                    const std::vector<std::pair<qint64, QByteArrayView>> &creators);

} // namespace blockcreators
