#include "core/storage/posttagrows.h"

#include <algorithm>

#include "core/storage/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace {

// post_tags rows per multi-row INSERT (4 parameters each).
constexpr int kPostTagRowsPerInsert = 64;

} // namespace

Status insertPostTagRows(sqlite3 *handle, std::vector<PostTagRow> &tagRows)
{
    if (tagRows.empty())
        return Ok{};
    SqliteStatement insertTag;
    SqliteStatement insertTags;
    QString manyTags = u"INSERT INTO post_tags (segment, tag_id, created_at_ms, post_row) VALUES (?, ?, ?, ?)"_s;
    for (int i = 1; i < kPostTagRowsPerInsert; ++i)
        manyTags += u", (?, ?, ?, ?)"_s;
    for (Status prepared :
         {insertTag.prepare(handle,
                            u"INSERT INTO post_tags (segment, tag_id, created_at_ms, post_row) VALUES (?, ?, ?, ?)"_s),
          insertTags.prepare(handle, manyTags)}) {
        if (!prepared)
            return prepared.error();
    }
    std::sort(tagRows.begin(), tagRows.end(), [](const PostTagRow &a, const PostTagRow &b) {
        if (a.segment != b.segment)
            return a.segment < b.segment;
        if (a.tagId != b.tagId)
            return a.tagId < b.tagId;
        if (a.createdAtMs != b.createdAtMs)
            return a.createdAtMs < b.createdAtMs;
        return a.postRow < b.postRow;
    });
    std::size_t next = 0;
    for (; next + kPostTagRowsPerInsert <= tagRows.size(); next += kPostTagRowsPerInsert) {
        for (int k = 0; k < kPostTagRowsPerInsert; ++k) {
            const PostTagRow &tagRow = tagRows[next + std::size_t(k)];
            insertTags.bind(4 * k + 1, tagRow.segment);
            insertTags.bind(4 * k + 2, qint64(tagRow.tagId));
            insertTags.bind(4 * k + 3, tagRow.createdAtMs);
            insertTags.bind(4 * k + 4, tagRow.postRow);
        }
        if (Status stored = insertTags.run(); !stored)
            return stored.error();
    }
    for (; next < tagRows.size(); ++next) {
        const PostTagRow &tagRow = tagRows[next];
        insertTag.bind(1, tagRow.segment);
        insertTag.bind(2, qint64(tagRow.tagId));
        insertTag.bind(3, tagRow.createdAtMs);
        insertTag.bind(4, tagRow.postRow);
        if (Status stored = insertTag.run(); !stored)
            return stored.error();
    }
    return Ok{};
}
