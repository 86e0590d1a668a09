#include "core/storage/postsegments.h"

#include <algorithm>
#include <vector>

#include "core/storage/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace postsegments {

QString sqlExpression()
{
    return u"(id >> %1)"_s.arg(kBits);
}

Result<std::optional<qint64>> last(sqlite3 *db)
{
    SqliteStatement maxRow;
    if (Status prepared = maxRow.prepare(db, u"SELECT max(id) FROM posts"_s); !prepared)
        return prepared.error();
    auto row = maxRow.step();
    if (!row)
        return row.error();
    if (!row.value() || maxRow.isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(of(maxRow.int64(0)));
}

Result<std::optional<qint64>> newestCreatedAtMs(sqlite3 *db, const QStringList &names)
{
    auto lastSegment = last(db);
    if (!lastSegment)
        return lastSegment.error();
    if (!lastSegment.value())
        return std::optional<qint64>();

    std::vector<qint64> platforms;
    SqliteStatement platformIds;
    if (Status prepared = platformIds.prepare(db, u"SELECT id, name FROM platforms"_s); !prepared)
        return prepared.error();
    const Status rows = platformIds.forEachRow([&] {
        if (names.isEmpty() || names.contains(platformIds.text(1)))
            platforms.push_back(platformIds.int64(0));
    });
    if (!rows)
        return rows.error();

    SqliteStatement newest;
    if (Status prepared = newest.prepare(db, u"SELECT max(created_at_ms) FROM posts WHERE "_s % sqlExpression() %
                                                 u" = ? AND platform_id = ?"_s);
        !prepared) {
        return prepared.error();
    }
    std::optional<qint64> result;
    for (qint64 segment = *lastSegment.value(); segment >= 0; --segment) {
        for (qint64 platform : platforms) {
            newest.bind(1, segment);
            newest.bind(2, platform);
            auto row = newest.step();
            if (!row)
                return row.error();
            if (row.value() && !newest.isNull(0))
                result = std::max(result.value_or(newest.int64(0)), newest.int64(0));
            newest.reset();
        }
    }
    return result;
}

} // namespace postsegments
