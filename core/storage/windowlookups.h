#pragma once

#include <cstdint>
#include <vector>

#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/result.h"

class QSqlQuery;
struct sqlite3;

/// The small lookups both roads of a window load make (DatasetLoader): the platforms kept, in the rank
/// order the Dataset sorts by, and the names of the tags used.
namespace windowlookups {

struct PlatformRow
{
    qint64 id = 0;
    QString name;
};

/// The platforms a load keeps, in name order (their rank is the Dataset's second sort key).
struct Platforms
{
    std::vector<PlatformRow> wanted;  ///< by rank
    std::vector<std::int32_t> rankOf; ///< platforms.id → rank, -1 = not wanted
};

/// The platforms named in `platforms` (empty: every platform).
Result<Platforms> readPlatforms(QSqlQuery &query, const QStringList &platforms);

/// Fills `data.tags` (sized to `tagRowIds`) with the names of tags.id `tagRowIds[i]`: one range scan.
Status readTagNames(sqlite3 *db, const std::vector<std::int32_t> &tagRowIds, Dataset &data);

} // namespace windowlookups
