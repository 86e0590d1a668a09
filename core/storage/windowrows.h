#pragma once

#include <cstdint>
#include <vector>

#include <QString>

#include "core/model/postids.h"
#include "core/model/result.h"
#include "core/storage/utf8interner.h"

struct sqlite3;

/// The rows of a window as one reader read them, before sorting (DatasetLoader splits the table
/// between two readers and merges their strings). Strings are interned per reader; their
/// indices are provisional and renumbered in sorted order when the Dataset is assembled.
struct WindowRows
{
    struct Row
    {
        qint64 rowId = 0;
        qint64 createdAtMs = 0;
        qint64 likes = 0;
        qint64 comments = 0;
        qint64 shares = 0;
        qint64 saves = 0;
        qint64 views = -1;
        std::int32_t platform = 0;  ///< rank of the platform name among the loaded platforms
        std::int32_t creator = 0;   ///< index into `creators`
        std::int32_t region = -1;   ///< index into `regions`, -1 = none
        std::uint32_t tagBegin = 0; ///< into `tagIds` (tags.id values)
        std::uint16_t tagCount = 0;
        bool approximateTime = false;
        std::int32_t name = -1; ///< into `nameTexts`, only with WindowRead::rowNames
    };

    /// The name a creator shows: the one of their newest post (by the Dataset's own order) that
    /// has one.
    struct CreatorName
    {
        std::int64_t row = -1;  ///< the post it came from
        std::int32_t name = -1; ///< index into `nameTexts`
    };

    std::vector<Row> rows;
    PostIds postIds; ///< parallel to rows
    std::vector<std::int32_t> tagIds;
    Utf8Interner creators; ///< group: platform rank
    Utf8Interner regions;
    std::vector<CreatorName> names; ///< per creator index
    Utf8Interner nameTexts;

    /// Whether row `a` of `x` comes after row `b` of `y` in the Dataset's order among posts of
    /// one platform.
    static bool newer(const WindowRows &x, std::size_t a, const WindowRows &y, std::size_t b)
    {
        if (x.rows[a].createdAtMs != y.rows[b].createdAtMs)
            return x.rows[a].createdAtMs > y.rows[b].createdAtMs;
        return PostIds::lessUtf16(y.postIds.utf8(qsizetype(b)), x.postIds.utf8(qsizetype(a)));
    }

    /// Where `other`'s creators and regions are in this reader's tables after mergeStrings().
    struct StringMap
    {
        std::vector<std::int32_t> creators;
        std::vector<std::int32_t> regions;
    };

    /// Interns `other`'s creators and regions into this reader's tables and keeps each creator's
    /// newest name of both (after this, `names[i].row` no longer says which reader's row it is).
    StringMap mergeStrings(WindowRows &other);
};

/// What to read: the window (fromExclusiveMs, toInclusiveMs], and either a range of row ids by a
/// table scan or a range of segments through the window index (one index range per segment and
/// platform).
struct WindowRead
{
    qint64 fromExclusiveMs = 0;
    qint64 toInclusiveMs = 0;
    bool scanTable = false;
    qint64 first = 0;                 ///< first row id (scan) or segment (index), inclusive
    qint64 last = 0;                  ///< last row id or segment, inclusive
    std::vector<qint64> platformIds;  ///< by rank (the index path probes these)
    std::vector<std::int32_t> rankOf; ///< platforms.id → rank, -1 = not wanted
    std::size_t expectedRows = 0;     ///< to reserve memory
    const std::vector<qint64> *rowIds = nullptr; ///< instead of first..last: exactly these rows (scan path)
    bool rowNames = false;            ///< fill Row::name for every row (the live window's reads)
};

/// Reads the rows of `read` into `out` on the connection `db`.
Status readWindowRows(sqlite3 *db, const WindowRead &read, WindowRows &out);
