#pragma once

#include <memory>

#include "core/storage/poststore.h"

class PgPool;

/// PostStore over PostgreSQL (pgschema.h for the tables). Reads use a pooled connection each;
/// writes go through PgPostWriter (binary COPY, day partitions). Every call may come from any thread.
///
/// Change tracking (the live window): post_identity.writer_xid names the transaction that last wrote
/// each post. A marker is the oldest transaction still running when it was taken (the snapshot's
/// xmin): every write it has not seen was made by that transaction or a later one, so
/// changesSince() reads the posts written by transactions from there on (a few it saw already come
/// again, which the reader merges). Posts removed by retention are not reported.
class PgPostStore final : public PostStore
{
public:
    PgPostStore(std::shared_ptr<PgPool> pool, int retentionDays);

    Result<UpsertStats> upsert(const PreparedBatch &batch) const override;
    Result<std::unique_ptr<IngestSession>> openIngestSession() const override;
    Result<qint64> count() const override;
    Result<std::optional<qint64>> newestCreatedAtMs(const QStringList &platforms = {}) const override;
    Result<QStringList> platformNames() const override;
    Result<QList<HourCount>> postsPerHour(const QStringList &platforms = {}) const override;
    /// loadRows() of the platforms, then the same order and interning as the SQLite store.
    Result<Dataset> loadDataset(qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                const QStringList &platforms = {}) const override;
    Result<PostRows> loadRows(qint64 fromExclusiveMs, qint64 toInclusiveMs) const override;
    Result<PostPage> postsAfterRow(qint64 afterRowId, int limit) const override;
    /// {the snapshot's xmin, 0} (see the class comment).
    Result<ChangeMarker> changeMarker() const override;
    Result<PostChanges> changesSince(const ChangeMarker &since, qint64 fromExclusiveMs,
                                     qint64 toInclusiveMs) const override;
    Status hydrate(QList<TopPost> &posts) const override;
    Result<QHash<QString, QString>> displayForms(const QStringList &tags) const override;
    Result<QList<TopPost>> postsWithTag(const QString &tag, qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                        int limit) const override;

    /// Drops the day partitions older than database.retention_days (nothing when 0); answers how many.
    Result<int> applyRetention() const;

private:
    /// The posts of the span of `platforms` (empty = all); with `sinceXid`, only those written by
    /// transaction `sinceXid` or later.
    Result<PostRows> readRows(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms,
                              std::optional<qint64> sinceXid = std::nullopt) const;

    std::shared_ptr<PgPool> m_pool;
    int m_retentionDays = 0;
};
