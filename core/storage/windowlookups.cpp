#include "core/storage/windowlookups.h"

#include <algorithm>

#include <QSqlQuery>
#include <QVariant>

#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace windowlookups {

Result<Platforms> readPlatforms(QSqlQuery &query, const QStringList &platforms)
{
    Platforms out;
    if (!query.exec(u"SELECT id, name FROM platforms"_s))
        return storage::sqlError(u"read platforms"_s, query);
    qint64 maxId = 0;
    while (query.next()) {
        PlatformRow row{query.value(0).toLongLong(), query.value(1).toString()};
        maxId = std::max(maxId, row.id);
        if (row.id >= 0 && (platforms.isEmpty() || platforms.contains(row.name)))
            out.wanted.push_back(std::move(row));
    }
    query.finish();
    std::sort(out.wanted.begin(), out.wanted.end(),
              [](const PlatformRow &a, const PlatformRow &b) { return a.name < b.name; });
    out.rankOf.assign(std::size_t(maxId) + 1, -1);
    for (std::size_t p = 0; p < out.wanted.size(); ++p)
        out.rankOf[std::size_t(out.wanted[p].id)] = std::int32_t(p);
    return out;
}

Result<TagNames> readTagNames(sqlite3 *db, const std::vector<std::int32_t> &ids)
{
    TagNames out;
    if (ids.empty())
        return out;
    // Plain values, not a structured binding: clang 14 cannot capture one in the lambda below.
    const auto bounds = std::minmax_element(ids.begin(), ids.end());
    const std::int32_t minId = *bounds.first;
    const std::int32_t maxId = *bounds.second;
    std::vector<char> wanted(std::size_t(maxId - minId) + 1, 0);
    for (const std::int32_t id : ids)
        wanted[std::size_t(id - minId)] = 1;
    out.minId = minId;
    out.names.resize(wanted.size());
    SqliteStatement tagNames;
    if (Status prepared = tagNames.prepare(db, u"SELECT id, name FROM tags WHERE id >= ? AND id <= ?"_s); !prepared)
        return prepared.error();
    tagNames.bind(1, qint64(minId));
    tagNames.bind(2, qint64(maxId));
    const Status read = tagNames.forEachRow([&] {
        const qint64 id = tagNames.int64(0);
        if (id >= minId && id <= maxId && wanted[std::size_t(id - minId)])
            out.names[std::size_t(id - minId)] = tagNames.text(1);
    });
    if (!read)
        return read.error();
    return out;
}

void fillTagNames(TagNames &names, const std::vector<std::int32_t> &tagRowIds, Dataset &data)
{
    data.tags.resize(qsizetype(tagRowIds.size()));
    for (std::size_t i = 0; i < tagRowIds.size(); ++i)
        data.tags[qsizetype(i)] = std::move(names.names[std::size_t(tagRowIds[i] - names.minId)]);
}

Status readTagNames(sqlite3 *db, const std::vector<std::int32_t> &tagRowIds, Dataset &data)
{
    Result<TagNames> names = readTagNames(db, tagRowIds);
    if (!names)
        return names.error();
    fillTagNames(names.value(), tagRowIds, data);
    return Ok{};
}

} // namespace windowlookups
