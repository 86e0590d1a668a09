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

/// Tag names by tags.id: `names[id - minId]`, empty for ids not asked for.
struct TagNames
{
    std::int32_t minId = 0;
    std::vector<QString> names;
};

/// The names of the tags.id in `ids` (any order, repeats allowed): one range scan. Touches no Dataset, so a
/// load can read them while it still assembles its posts.
Result<TagNames> readTagNames(sqlite3 *db, const std::vector<std::int32_t> &ids);

/// Sizes `data.tags` to `tagRowIds` and moves in the name of tags.id `tagRowIds[i]` (which `names` must hold).
void fillTagNames(TagNames &names, const std::vector<std::int32_t> &tagRowIds, Dataset &data);

/// Both at once: `data.tags[i]` = the name of tags.id `tagRowIds[i]`.
Status readTagNames(sqlite3 *db, const std::vector<std::int32_t> &tagRowIds, Dataset &data);

} // namespace windowlookups
