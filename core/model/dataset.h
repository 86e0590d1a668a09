#pragma once

#include <cstdint>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/model/postids.h"

/// One post as the pipeline sees it: numbers and interned ids only, so a million of them fit in
/// memory and re-runs on slider moves never touch the database.
struct DatasetPost
{
    qint64 rowId = 0;       ///< storage row, to fetch text/url for the evidence chain afterwards
    qint64 createdAtMs = 0; ///< UTC ms
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 saves = 0;
    qint64 views = -1;      ///< -1 = unknown
    std::int32_t platform = 0; ///< index into Dataset::platforms
    std::int32_t creator = 0;  ///< index into Dataset::creators (a (platform, creator_id) pair)
    std::int32_t region = -1;  ///< index into Dataset::regions, -1 = none
    std::uint32_t tagBegin = 0; ///< this post's tags are Dataset::postTags[tagBegin, tagBegin + tagCount)
    std::uint16_t tagCount = 0;
    bool approximateTime = false;
};

/// The posts of a time span (current window plus baseline windows), with interned strings.
/// Interned ids depend on load order; anything ordered by the pipeline compares the strings.
struct Dataset
{
    QStringList platforms;        ///< platform slugs
    QStringList creators;         ///< creator ids (unique per (platform, creator_id) pair)
    QStringList creatorNames;     ///< parallel to creators; may be empty strings
    QStringList regions;          ///< region labels
    QStringList tags;             ///< normalized hashtags
    PostIds postIds;              ///< parallel to posts: the source's post id
    std::vector<DatasetPost> posts;
    std::vector<std::int32_t> postTags; ///< flattened tag ids, see DatasetPost::tagBegin

    qint64 newestCreatedAtMs = 0; ///< newest created_at of every stored post (the default as_of)
};
