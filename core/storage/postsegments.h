#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "core/model/result.h"

struct sqlite3;

/// Segments of the posts table: the rows with ids [s·2^16, (s+1)·2^16). Both secondary indexes
/// over time, the window index `posts_window (segment, platform_id, created_at_ms)` and the tag
/// index `post_tags (segment, tag_id, created_at_ms, post_row)`, lead with the segment of the
/// post's row. Row ids grow with every insert, so an import only ever adds entries to the newest
/// segment: a batch dirties the few index pages of one segment instead of a page almost
/// everywhere in an index ordered by time (imports arrive in any time order), which made the two
/// indexes cost as much as the whole rest of an import. A query over a time range probes each
/// segment once: a million posts are 16 segments.
namespace postsegments {

constexpr int kBits = 16;

inline qint64 of(qint64 row)
{
    return row >> kBits;
}

/// The SQL expression of a posts row's segment (the posts_window index is on this expression, and
/// queries must spell it the same way for SQLite to use the index).
QString sqlExpression();

/// The newest segment that holds any post, or nullopt when there are no posts.
Result<std::optional<qint64>> last(sqlite3 *db);

/// The newest created_at of the stored posts of `platforms` (names; empty = every platform), or
/// nullopt when there are none: one index probe per segment and platform.
Result<std::optional<qint64>> newestCreatedAtMs(sqlite3 *db, const QStringList &platforms = {});

} // namespace postsegments
