#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <QHash>
#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/result.h"
#include "core/storage/postrows.h"

class PostStore;

/// The posts of the span discovery reads (current window plus baseline windows), kept in memory by
/// a long-running process (the server, the desktop app) so that a discovery does not load them
/// from the database again. It sits above the PostStore port and never knows which database
/// answers: before each use it asks the store what changed since its marker (its own writes and
/// those of other processes alike) and reads only that; a span that moved reads only the hours
/// that entered it and forgets those that left.
///
/// dataset() returns exactly what PostStore::loadDataset would load at that moment: the same posts
/// in the same order (created_at, platform, post id) with strings interned in that order and each
/// creator named by their newest named post in the span. A span of more than `maxPosts` posts is
/// not kept: the window says so in the log and loads from the store each time.
/// Thread-safe (one caller at a time builds; others wait).
class LiveWindow
{
public:
    /// discovery.max_window_posts's default: about 200 MB held for a span of that size.
    static constexpr qint64 kDefaultMaxPosts = 1500000;

    LiveWindow(std::shared_ptr<const PostStore> store, qint64 maxPosts = kDefaultMaxPosts);
    ~LiveWindow();
    LiveWindow(const LiveWindow &) = delete;
    LiveWindow &operator=(const LiveWindow &) = delete;

    /// The Dataset of fromExclusiveMs < created_at ≤ toInclusiveMs on `platforms` (empty = all),
    /// after bringing the held span up to date; the held span becomes this one.
    Result<Dataset> dataset(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms = {});
    /// The same, shared: while nothing in the span changed (no post read, dropped or updated, the same newest post)
    /// and the same span and platforms are asked for, the Dataset built last time is answered again, so a warm
    /// discovery on unchanged data builds nothing. The window keeps that Dataset until something changes.
    Result<std::shared_ptr<const Dataset>> sharedDataset(qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                                         const QStringList &platforms = {});

    /// Reads what changed since the last look into the held span (e.g. after an ingest), so that
    /// the next dataset() has less to do. Does nothing when no span is held.
    Status catchUp();

    /// What the last refresh did, for tests and the log.
    struct Refresh
    {
        bool reloaded = false;   ///< the whole span was read (first use, or the span jumped)
        qint64 readPosts = 0;    ///< posts read from the store
        qint64 droppedPosts = 0; ///< held posts that left the span or were replaced
        bool overBudget = false; ///< the span exceeded maxPosts: loaded from the store instead
    };
    Refresh lastRefresh() const;
    /// Posts held now.
    qint64 heldPosts() const;

private:
    struct Pool
    {
        QStringList strings;
        QHash<QString, std::int32_t> index;
        std::int32_t intern(const QString &text);
    };

    Status refresh(qint64 fromExclusiveMs, qint64 toInclusiveMs);
    Status reload(qint64 fromExclusiveMs, qint64 toInclusiveMs);
    /// Merges `incoming` into the held posts (a later piece's copy of a row wins), dropping held
    /// posts outside the span, updated ones and those `incoming` replaces.
    void merge(qint64 fromExclusiveMs, qint64 toInclusiveMs, std::vector<PostRows> incoming,
               const std::vector<qint64> &updatedRowIds);
    /// Over discovery.max_window_posts: says so, forgets the held posts and remembers the span.
    void checkBudget(qint64 fromExclusiveMs, qint64 toInclusiveMs);
    /// The Dataset of the span on `platforms`. For the whole held span on every platform (the usual case) the held
    /// posts and tag ids are not copied but renumbered in place and lent to it: one copy of a million posts, not two.
    Dataset build(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms);
    /// Forgets the Dataset built last; lent posts come back (moved when nobody else holds it, else copied) and are
    /// renumbered to the pools' ids. Everything that reads or changes the held posts calls it first.
    void reclaim();
    /// Posts held now, lent or not.
    qsizetype heldCount() const;
    void clear();
    bool before(const DatasetPost &a, QByteArrayView aId, const DatasetPost &b, QByteArrayView bId) const;

    std::shared_ptr<const PostStore> m_store;
    qint64 m_maxPosts;

    mutable std::mutex m_mutex;
    bool m_held = false;
    qint64 m_from = 0;
    qint64 m_to = 0;
    ChangeMarker m_marker;
    Refresh m_lastRefresh;
    std::optional<std::pair<qint64, qint64>> m_overBudgetSpan; ///< the last span found too large

    /// The Dataset built last, for the span and platforms it was built for (sharedDataset()).
    struct Built
    {
        std::shared_ptr<const Dataset> data;
        qint64 from = 0;
        qint64 to = 0;
        QStringList platforms; ///< sorted
    };
    Built m_built;
    /// While m_built's Dataset holds the posts (m_posts and m_tags are then empty): its ids → the pools' ids.
    struct Lent
    {
        bool active = false;
        std::vector<std::int32_t> platform;
        std::vector<std::int32_t> creator;
        std::vector<std::int32_t> region;
        std::vector<std::int32_t> tag;
    };
    Lent m_lent;

    // The held posts in Dataset order; platform, creator, region, tag and name ids index the pools.
    std::vector<DatasetPost> m_posts;
    PostIds m_postIds; ///< shared with a Dataset of the whole held span (no copy per post)
    std::vector<std::int32_t> m_nameOf;
    std::vector<std::int32_t> m_tags;
    Pool m_platforms;
    std::vector<std::int32_t> m_platformRank; ///< pool id → rank of the name among all pooled platforms
    std::vector<QHash<QString, std::int32_t>> m_creatorIndex; ///< per platform pool id: creator id → pool id
    QStringList m_creatorIds;                                 ///< creator pool id → creator id
    Pool m_regions;
    Pool m_tagNames;
    Pool m_names;
};
