#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QHash>
#include <QList>
#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/hourcount.h"
#include "core/model/post.h"
#include "core/model/result.h"
#include "core/model/runresult.h"
#include "core/storage/ingestsession.h"
#include "core/storage/postrows.h"
#include "core/storage/upsertstats.h"

class PreparedBatch;

/// The port the services use for posts: what discovery, the live window, the evidence chain and
/// the ingest road need, whatever database answers. Implemented by PostRepository (SQLite) and PgPostStore (PostgreSQL).
/// Every call may come from any thread.
class PostStore
{
public:
    virtual ~PostStore() = default;

    /// Stores a prepared batch in one transaction (see PostRepository::upsert for the rules).
    virtual Result<UpsertStats> upsert(const PreparedBatch &batch) const = 0;

    /// A session for one writer thread that groups many batches into few transactions (the ingest
    /// road). Open it on the thread that uses it.
    virtual Result<std::unique_ptr<IngestSession>> openIngestSession() const = 0;

    /// Number of stored posts.
    virtual Result<qint64> count() const = 0;

    /// The newest created_at of the stored posts of `platforms` (empty = every platform): the
    /// default as_of, "latest". nullopt when there are none.
    virtual Result<std::optional<qint64>> newestCreatedAtMs(const QStringList &platforms = {}) const = 0;

    /// The names of every platform stored, sorted.
    virtual Result<QStringList> platformNames() const = 0;

    /// Posts per clock hour (UTC) over every stored post of `platforms` (empty = every platform):
    /// the desktop's timeline. Sorted by hour; hours without posts are left out.
    virtual Result<QList<HourCount>> postsPerHour(const QStringList &platforms = {}) const = 0;

    /// The pipeline's Dataset of fromExclusiveMs < created_at ≤ toInclusiveMs for the given
    /// platforms (empty = all), sorted by created_at, platform, post id, strings interned in that
    /// order (the cold road; the live window builds the same Dataset from memory).
    virtual Result<Dataset> loadDataset(qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                        const QStringList &platforms = {}) const = 0;

    /// Every post of fromExclusiveMs < created_at ≤ toInclusiveMs with its creator name, unsorted.
    virtual Result<PostRows> loadRows(qint64 fromExclusiveMs, qint64 toInclusiveMs) const = 0;

    /// At most `limit` stored posts whose row comes after `afterRowId`, in row order (rows only ever get
    /// new, larger ids, so a page's lastRowId is a cursor that survives a restart): glasstrend migrate.
    virtual Result<PostPage> postsAfterRow(qint64 afterRowId, int limit) const = 0;

    /// Where the stored posts stand now.
    virtual Result<ChangeMarker> changeMarker() const = 0;

    /// The posts written after `since` that lie in the span, and every row updated after it.
    /// Error "marker_unknown" when the store can no longer tell (the reader then loads afresh).
    virtual Result<PostChanges> changesSince(const ChangeMarker &since, qint64 fromExclusiveMs,
                                             qint64 toInclusiveMs) const = 0;

    /// Fills postId, platform, creatorId, creatorName, text, url and region of each post by its
    /// rowId, all posts in one query. Posts whose row does not exist are left as they are.
    virtual Status hydrate(QList<TopPost> &posts) const = 0;

    /// The display form of each of `tags` (normalized) that has one (SPEC section 1): the spelling most
    /// posts used, ties by the earliest post, then the smaller text. Tags stored before spellings were
    /// kept (schema 5), or never stored, are left out: they show as their normalized form.
    virtual Result<QHash<QString, QString>> displayForms(const QStringList &tags) const = 0;

    /// Posts carrying `tag` (normalized) with fromExclusiveMs < created_at ≤ toInclusiveMs,
    /// newest first, at most `limit` (≤ 0: all), fully filled.
    virtual Result<QList<TopPost>> postsWithTag(const QString &tag, qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                                int limit) const = 0;
};
