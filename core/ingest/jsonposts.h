#pragma once

#include <vector>

#include <QJsonArray>
#include <QList>

#include "core/model/importreport.h"
#include "core/model/post.h"

class NativePostMapper;

/// Posts given as JSON objects in SPEC section 1's field names (the body of POST /api/v1/posts),
/// mapped in order: the valid ones, and a reject per bad item addressed by its 0-based `index`.
struct MappedJsonPosts
{
    std::vector<Post> valid;
    QList<RejectedRecord> rejected;
};

MappedJsonPosts mapJsonPosts(const QJsonArray &items, const NativePostMapper &mapper);
