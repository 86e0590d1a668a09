#pragma once

#include <cstdint>
#include <vector>

#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/post.h"

/// Posts as a store hands them to the live window: the Dataset's numbers and interned strings, in
/// no particular order, plus the creator name each post carries (a Dataset keeps one name per
/// creator, the newest in its span, which depends on the span; the live window serves many spans).
struct PostRows
{
    Dataset data;                     ///< creatorNames and newestCreatedAtMs are not used
    std::vector<std::int32_t> nameOf; ///< parallel to data.posts: index into `names`, -1 = none
    QStringList names;                ///< creator names
};

/// Where a reader of the posts stands: every write after it moves it. Cheap to read (two index
/// probes on SQLite). What the numbers mean is the store's business; readers only keep one and
/// hand it back to PostStore::changesSince().
struct ChangeMarker
{
    qint64 rows = 0;    ///< SQLite: the newest post row (rows only ever get new, larger ids)
    qint64 updates = 0; ///< SQLite: the newest entry of the post_changes log (updated rows)

    bool operator==(const ChangeMarker &) const = default;
};

/// What changed after a marker, as far as a span of time is concerned.
struct PostChanges
{
    ChangeMarker marker;               ///< the marker these changes bring the reader up to
    PostRows rows;                     ///< new or updated posts inside the span
    std::vector<qint64> updatedRowIds; ///< every updated row (inside the span or not: it may have left it)
};

/// Stored posts in row order (PostStore::postsAfterRow), for copying a whole database page by page.
struct PostPage
{
    /// Every field as stored: hashtags normalized, firstSeenMs and capturedAtMs as kept; hashtagSpellings
    /// empty (a store keeps votes per tag, not per post: see PostStore::displayForms).
    std::vector<Post> posts;
    qint64 lastRowId = 0; ///< the row of the last post, where the next page starts; 0 = an empty page
};
