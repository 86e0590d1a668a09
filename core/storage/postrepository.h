#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/hourcount.h"
#include "core/model/post.h"
#include "core/model/result.h"
#include "core/model/runresult.h"
#include "core/storage/poststore.h"
#include "core/storage/upsertstats.h"

class Database;
class PostWriter;
class PreparedBatch;

/// The stored posts: idempotent upsert by identity `(platform, post_id)`, and the reads the
/// pipeline and the evidence chain need. Every call uses the calling thread's own connection, so
/// one repository may be shared by several threads; keep one for a whole import (it caches tag ids).
class PostRepository final : public PostStore
{
public:
    explicit PostRepository(std::shared_ptr<Database> database);
    ~PostRepository();
    PostRepository(const PostRepository &) = delete;
    PostRepository &operator=(const PostRepository &) = delete;

    /// Stores a batch in one transaction: either every post of the batch is stored or none.
    /// A post already stored gets the batch's counters, texts and time, keeps the earliest
    /// first-seen, and keeps stored values the batch does not know (empty strings, unknown views,
    /// no hashtags). An exact time is not replaced by an approximate one. A snapshot captured
    /// before the stored one (both Post::capturedAtMs known) only fills in what is missing.
    /// Inside a batch the same rules merge copies of one post; otherwise the later copy wins.
    Result<UpsertStats> upsert(const std::vector<Post> &batch) const;
    /// upsert() of a batch prepared beforehand, e.g. on the thread that parsed it, so that this
    /// thread only writes.
    Result<UpsertStats> upsert(const PreparedBatch &batch) const override;
    /// After upserts inside a transaction the caller opened on this thread's connection: writes
    /// the tag index rows they held back. Call before the caller's COMMIT (see PostWriter).
    Status flushPendingTags() const;
    /// A SqliteIngestSession on the calling thread's connection.
    Result<std::unique_ptr<IngestSession>> openIngestSession() const override;

    Result<qint64> count() const override;
    Result<std::optional<qint64>> newestCreatedAtMs(const QStringList &platforms = {}) const override;
    Result<QStringList> platformNames() const override;
    Result<QList<HourCount>> postsPerHour(const QStringList &platforms = {}) const override;

    /// Loads the posts with fromExclusiveMs < created_at ≤ toInclusiveMs of the given platforms
    /// (empty = all) in one pass over the window's rows. Posts are sorted by created_at, then
    /// platform, then post id, and strings are interned in that order, so the Dataset does not
    /// depend on the order the posts were imported in. A creator's name is the one of their
    /// newest post in the span that has one.
    Result<Dataset> loadDataset(qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                const QStringList &platforms = {}) const override;
    Result<PostRows> loadRows(qint64 fromExclusiveMs, qint64 toInclusiveMs) const override;
    Result<PostPage> postsAfterRow(qint64 afterRowId, int limit) const override;
    /// (max(posts.id), max(post_changes.seq)): new rows get larger ids, and a trigger logs every
    /// UPDATE of a post in post_changes (schema version 3).
    Result<ChangeMarker> changeMarker() const override;
    Result<PostChanges> changesSince(const ChangeMarker &since, qint64 fromExclusiveMs,
                                     qint64 toInclusiveMs) const override;

    Status hydrate(QList<TopPost> &posts) const override;
    Result<QHash<QString, QString>> displayForms(const QStringList &tags) const override;
    Result<QList<TopPost>> postsWithTag(const QString &tag, qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                        int limit) const override;

private:
    /// Rows of the span on this thread's connection: firstRow < 0 through the window index, else
    /// rows firstRow..lastRow by a scan, or exactly `rowIds` when given.
    Result<PostRows> readRows(qint64 fromExclusiveMs, qint64 toInclusiveMs, qint64 firstRow, qint64 lastRow,
                              const std::vector<qint64> *rowIds) const;

    std::shared_ptr<Database> m_database;
    std::unique_ptr<PostWriter> m_writer;
};
