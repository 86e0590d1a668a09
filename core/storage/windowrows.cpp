#include "core/storage/windowrows.h"

#include "core/storage/postsegments.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/tagblob.h"

using namespace Qt::StringLiterals;

Status readWindowRows(sqlite3 *db, const WindowRead &read, WindowRows &out)
{
    const QString columns = u"SELECT id, post_id, creator_id, creator_name, region, created_at_ms, likes, comments, "
                            "shares, saves, views, approximate_time, tag_ids, platform_id FROM posts"_s;
    // The scan walks a range of the table b-tree by row id (no index); the index path reads one
    // range of the window index per segment and platform.
    const QString sql = read.scanTable ? QString(columns % u" NOT INDEXED WHERE id >= ?4 AND id <= ?5 AND "
                                                           "created_at_ms > ?2 AND created_at_ms <= ?3"_s)
                                       : QString(columns % u" WHERE "_s % postsegments::sqlExpression() %
                                                 u" = ?4 AND platform_id = ?1 AND created_at_ms > ?2 AND "
                                                 "created_at_ms <= ?3"_s);
    SqliteStatement select;
    if (Status prepared = select.prepare(db, sql); !prepared)
        return prepared;

    out.rows.reserve(read.expectedRows);
    out.postIds.reserve(qsizetype(read.expectedRows), qsizetype(read.expectedRows) * 16);
    out.tagIds.reserve(read.expectedRows * 4);
    const std::size_t platforms = read.platformIds.size();
    const std::size_t passes = read.rowIds ? read.rowIds->size()
                               : read.scanTable ? 1
                                                : std::size_t(read.last - read.first + 1) * platforms;
    for (std::size_t p = 0; p < passes; ++p) {
        if (read.rowIds) {
            select.bind(4, (*read.rowIds)[p]);
            select.bind(5, (*read.rowIds)[p]);
        } else if (read.scanTable) {
            select.bind(4, read.first);
            select.bind(5, read.last);
        } else {
            select.bind(1, read.platformIds[p % platforms]);
            select.bind(4, read.first + qint64(p / platforms));
        }
        select.bind(2, read.fromExclusiveMs);
        select.bind(3, read.toInclusiveMs);
        const Status rows = select.forEachRow([&] {
            const qint64 platformId = select.int64(13);
            const std::int32_t rank = platformId >= 0 && std::size_t(platformId) < read.rankOf.size()
                                          ? read.rankOf[std::size_t(platformId)]
                                          : -1;
            if (rank < 0)
                return;
            WindowRows::Row row;
            row.rowId = select.int64(0);
            out.postIds.append(select.utf8(1));
            row.platform = rank;
            row.creator = out.creators.intern(row.platform, select.utf8(2));
            const QByteArrayView region = select.utf8(4);
            row.region = region.isEmpty() ? -1 : out.regions.intern(0, region);
            row.createdAtMs = select.int64(5);
            row.likes = select.int64(6);
            row.comments = select.int64(7);
            row.shares = select.int64(8);
            row.saves = select.int64(9);
            row.views = select.isNull(10) ? -1 : select.int64(10);
            row.approximateTime = select.int64(11) != 0;
            row.tagBegin = std::uint32_t(out.tagIds.size());
            tagblob::forEach(select.blobData(12), select.blobSize(12),
                             [&out](std::int32_t id) { out.tagIds.push_back(id); });
            row.tagCount = std::uint16_t(out.tagIds.size() - row.tagBegin);
            out.rows.push_back(row);

            // A creator lives on one platform, so "newest" compares created_at, then post id.
            if (out.names.size() < out.creators.size())
                out.names.resize(out.creators.size());
            const QByteArrayView name = select.utf8(3);
            if (read.rowNames) {
                out.rows.back().name = name.isEmpty() ? -1 : out.nameTexts.intern(0, name);
                return;
            }
            WindowRows::CreatorName &best = out.names[std::size_t(row.creator)];
            const std::size_t self = out.rows.size() - 1;
            if (!name.isEmpty() && (best.row < 0 || WindowRows::newer(out, self, out, std::size_t(best.row)))) {
                best.row = std::int64_t(self);
                best.name = out.nameTexts.intern(0, name);
            }
        });
        if (!rows)
            return rows.error();
        select.reset();
    }
    return Ok{};
}

WindowRows::StringMap WindowRows::mergeStrings(WindowRows &other)
{
    StringMap map;
    map.creators.resize(other.creators.size());
    for (std::size_t c = 0; c < other.creators.size(); ++c) {
        const auto index = std::int32_t(c);
        map.creators[c] = creators.intern(other.creators.group(index), other.creators.bytes(index));
    }
    map.regions.resize(other.regions.size());
    for (std::size_t r = 0; r < other.regions.size(); ++r)
        map.regions[r] = regions.intern(0, other.regions.bytes(std::int32_t(r)));

    names.resize(creators.size());
    for (std::size_t c = 0; c < other.names.size(); ++c) {
        CreatorName &theirs = other.names[c];
        if (theirs.row < 0)
            continue;
        CreatorName &ours = names[std::size_t(map.creators[c])];
        if (ours.row < 0 || newer(other, std::size_t(theirs.row), *this, std::size_t(ours.row)))
            ours = {theirs.row, nameTexts.intern(0, other.nameTexts.bytes(theirs.name))};
    }
    return map;
}
