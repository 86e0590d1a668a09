#pragma once

#include "core/model/result.h"
#include "core/storage/postrows.h"

struct sqlite3;

namespace changemarker {

/// Where the posts of a SQLite database stand (see ChangeMarker): the newest row and the newest entry
/// of the post_changes log, two b-tree probes.
Result<ChangeMarker> read(sqlite3 *db);

} // namespace changemarker
