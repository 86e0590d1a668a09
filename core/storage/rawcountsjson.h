#pragma once

#include <QList>
#include <QString>

#include "core/model/post.h"

/// The stored form of Post::rawCounts (column raw_counts, both backends): a compact JSON array of
/// {"field", "raw", "lower_bound"}; no raw counts = empty text.
namespace rawcountsjson {

QString encode(const QList<RawCount> &raw);
/// The inverse of encode(); an empty or unreadable text gives no raw counts.
QList<RawCount> decode(const QString &json);

} // namespace rawcountsjson
