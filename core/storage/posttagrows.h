#pragma once

#include <cstdint>
#include <vector>

#include <QtGlobal>

#include "core/model/result.h"

struct sqlite3;

/// A row of the tag index `post_tags (segment, tag_id, created_at_ms, post_row)`.
struct PostTagRow
{
    qint64 segment = 0; ///< postsegments::of(postRow)
    std::int32_t tagId = 0;
    qint64 createdAtMs = 0;
    qint64 postRow = 0;
    std::uint32_t generation = 0; ///< rows of an older generation of their post are stale (PostWriter)
};

/// Inserts post_tags rows, sorted (in place) so that they land next to each other in the
/// (segment, tag, time) b-tree; several rows per statement save SQLite's per-statement work.
Status insertPostTagRows(sqlite3 *handle, std::vector<PostTagRow> &tagRows);
