#pragma once

#include <mutex>
#include <unordered_map>
#include <vector>

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include "core/model/post.h"
#include "core/model/result.h"
#include "core/storage/posttagrows.h"
#include "core/storage/preparedbatch.h"
#include "core/storage/upsertstats.h"
#include "core/storage/utf8interner.h"

/// The batch upsert behind PostRepository::upsert (see there for the rules). Keeps the ids of
/// committed platforms and tags, so a long import does not look every tag up again; safe to
/// share between threads, each passing its own connection.
class PostWriter
{
public:
    /// Inside a transaction the caller opened (several batches in one commit), the batch joins
    /// it and its post_tags rows are held back until flushTags(), which the caller runs before
    /// its COMMIT: rows of many batches sorted together land in far fewer b-tree pages. On an
    /// error the caller rolls back and discards this writer.
    Result<UpsertStats> upsert(const QSqlDatabase &db, const PreparedBatch &batch);
    /// Prepares the batch on this thread, then upserts it.
    Result<UpsertStats> upsert(const QSqlDatabase &db, const std::vector<Post> &batch);

    /// Writes the post_tags rows held back by upsert() within the caller's transaction.
    Status flushTags(const QSqlDatabase &db);

    using TagRow = PostTagRow;

private:
    std::vector<TagRow> m_pendingTags;
    std::unordered_map<qint64, std::uint32_t> m_tagGeneration; ///< post row → generation, when > 0

    std::mutex m_cacheMutex;
    QHash<QString, qint64> m_platformIds; ///< guarded by m_cacheMutex
    Utf8Interner m_tagNames;              ///< guarded by m_cacheMutex: committed tag names (UTF-8)
    std::vector<std::int32_t> m_tagIdOf;  ///< guarded by m_cacheMutex: tag id per m_tagNames index
};
