#pragma once

#include <optional>
#include <vector>

#include <QByteArrayView>
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

/// The REST hot path: the body `{"posts": [post, …]}` mapped straight from its text, each post read
/// by NativePostMapper::fromJsonText, without building a QJsonDocument (which cost half of an ingest
/// request). It answers only what it can answer exactly as mapJsonPosts over QJsonDocument would;
/// nullopt for anything unusual — another key, an item that is not an object, malformed JSON, invalid
/// UTF-8, raw control characters — so that the caller reads the body the slow way and names the problem.
std::optional<MappedJsonPosts> mapJsonPostsBody(QByteArrayView body, const NativePostMapper &mapper);
