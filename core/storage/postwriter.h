#pragma once

#include <mutex>
#include <vector>

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include "core/model/post.h"
#include "core/model/result.h"
#include "core/storage/upsertstats.h"

namespace storage {

/// The hour bucket of post_tags: floor(created_at_ms / 1 h), also before 1970.
inline qint64 tagHour(qint64 ms)
{
    constexpr qint64 kHourMs = 3600000;
    return ms >= 0 ? ms / kHourMs : -((-ms + kHourMs - 1) / kHourMs);
}

} // namespace storage

/// The batch upsert behind PostRepository::upsert (see there for the rules). Keeps the ids of
/// committed platforms and tags, so a long import does not look every tag up again; safe to
/// share between threads, each passing its own connection.
class PostWriter
{
public:
    Result<UpsertStats> upsert(const QSqlDatabase &db, const std::vector<Post> &batch);

private:
    std::mutex m_cacheMutex;
    QHash<QString, qint64> m_platformIds; ///< guarded by m_cacheMutex
    QHash<QString, qint64> m_tagIds;      ///< guarded by m_cacheMutex
};
