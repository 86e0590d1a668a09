#include "core/storage/postgres/pgpoststore.h"

#include <algorithm>
#include <numeric>

#include <QDateTime>

#include "core/storage/postgres/pgpool.h"
#include "core/storage/postgres/pgingestsession.h"
#include "core/storage/postgres/pgpartitions.h"
#include "core/storage/postgres/pgpostwriter.h"
#include "core/storage/rawcountsjson.h"
#include "core/storage/tagblob.h"

using namespace Qt::StringLiterals;

namespace {

QString nullableText(const PgResult &r, int row, int column)
{
    return r.isNull(row, column) ? QString() : r.text(row, column);
}

/// The platform filter of a query: NULL = every platform.
PgParams &addPlatforms(PgParams &params, const QStringList &platforms)
{
    if (platforms.isEmpty())
        return params.addNull();
    return params.addTextArray(platforms);
}

const QString kPlatformFilter =
    u"($%1::text[] IS NULL OR p.platform_id IN (SELECT id FROM platforms WHERE name = ANY($%1::text[])))"_s;

const QString kTopPostColumns = u"p.id, pl.name, p.post_id, p.creator_id, p.creator_name, p.text, p.url, p.region, "
                                "p.likes, p.comments, p.shares, p.saves, p.views, p.created_at_ms"_s;

TopPost topPostFrom(const PgResult &r, int row)
{
    TopPost post;
    post.rowId = r.int64(row, 0);
    post.platform = r.text(row, 1);
    post.postId = r.text(row, 2);
    post.creatorId = r.text(row, 3);
    post.creatorName = nullableText(r, row, 4);
    post.text = nullableText(r, row, 5);
    post.url = nullableText(r, row, 6);
    post.region = nullableText(r, row, 7);
    post.likes = r.int64(row, 8);
    post.comments = r.int64(row, 9);
    post.shares = r.int64(row, 10);
    post.saves = r.int64(row, 11);
    if (!r.isNull(row, 12))
        post.views = r.int64(row, 12);
    post.createdAtMs = r.int64(row, 13);
    post.engagement = post.likes + post.comments + post.shares;
    return post;
}

} // namespace

PgPostStore::PgPostStore(std::shared_ptr<PgPool> pool, int retentionDays)
    : m_pool(std::move(pool)), m_retentionDays(retentionDays)
{
}

Result<UpsertStats> PgPostStore::upsert(const PreparedBatch &batch) const
{
    auto session = openIngestSession();
    if (!session)
        return session.error();
    IngestSession &s = *session.value();
    if (Status begun = s.begin(); !begun)
        return begun.error();
    auto stored = s.upsert(batch);
    if (!stored) {
        s.rollback();
        return stored.error();
    }
    if (Status committed = s.commit(); !committed)
        return committed.error();
    return stored;
}

Result<std::unique_ptr<IngestSession>> PgPostStore::openIngestSession() const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    return std::unique_ptr<IngestSession>(
        std::make_unique<PgIngestSession>(m_pool, std::move(connection).value(), m_retentionDays));
}

Result<int> PgPostStore::applyRetention() const
{
    if (m_retentionDays <= 0)
        return 0;
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    if (Status begun = c.execute(u"BEGIN"_s, u"begin"_s); !begun)
        return begun.error();
    auto dropped = pgpartitions::dropBefore(
        c, QDateTime::currentMSecsSinceEpoch() - qint64(m_retentionDays) * pgpartitions::kDayMs);
    if (!dropped)
        return dropped.error(); // the pool rolls back
    if (Status committed = c.execute(u"COMMIT"_s, u"commit"_s); !committed)
        return committed.error();
    return dropped;
}

Result<qint64> PgPostStore::count() const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared("posts_count", u"SELECT count(*) FROM post_identity"_s, PgParams(),
                                          u"count posts"_s);
    if (!r)
        return r.error();
    return r.value().int64(0, 0);
}

Result<std::optional<qint64>> PgPostStore::newestCreatedAtMs(const QStringList &platforms) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgParams params;
    addPlatforms(params, platforms);
    auto r = connection.value()->prepared("posts_newest", u"SELECT max(p.created_at_ms) FROM posts p WHERE "_s %
                                                              kPlatformFilter.arg(1),
                                          params, u"find the newest post"_s);
    if (!r)
        return r.error();
    if (r.value().rows() == 0 || r.value().isNull(0, 0))
        return std::optional<qint64>();
    return std::optional<qint64>(r.value().int64(0, 0));
}

Result<QStringList> PgPostStore::platformNames() const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared("platform_names", u"SELECT name FROM platforms ORDER BY name"_s, PgParams(),
                                          u"list platforms"_s);
    if (!r)
        return r.error();
    QStringList names;
    for (int i = 0; i < r.value().rows(); ++i)
        names.append(r.value().text(i, 0));
    return names;
}

Result<QList<HourCount>> PgPostStore::postsPerHour(const QStringList &platforms) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgParams params;
    addPlatforms(params, platforms);
    // Floor to the hour (3,600,000 ms), also for a time before 1970.
    auto r = connection.value()->prepared(
        "posts_per_hour",
        u"SELECT p.created_at_ms - ((p.created_at_ms % 3600000) + 3600000) % 3600000 AS hour, count(*) "
        "FROM posts p WHERE "_s % kPlatformFilter.arg(1) % u" GROUP BY hour ORDER BY hour"_s,
        params, u"count posts per hour"_s);
    if (!r)
        return r.error();
    QList<HourCount> hours;
    for (int i = 0; i < r.value().rows(); ++i)
        hours.append(HourCount{r.value().int64(i, 0), r.value().int64(i, 1)});
    return hours;
}

Result<PostRows> PgPostStore::readRows(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms,
                                       std::optional<qint64> sinceXid) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    PostRows out;
    auto platformRows = c.prepared("platforms_all", u"SELECT id::bigint, name FROM platforms ORDER BY id"_s,
                                   PgParams(), u"read platforms"_s);
    if (!platformRows)
        return platformRows.error();
    std::vector<std::int32_t> rankOf; // platforms.id → index into out.data.platforms
    for (int i = 0; i < platformRows.value().rows(); ++i) {
        const qint64 id = platformRows.value().int64(i, 0);
        if (rankOf.size() <= std::size_t(id))
            rankOf.resize(std::size_t(id) + 1, -1);
        rankOf[std::size_t(id)] = std::int32_t(out.data.platforms.size());
        out.data.platforms.append(platformRows.value().text(i, 1));
    }
    PgParams params;
    params.add(fromExclusiveMs).add(toInclusiveMs);
    addPlatforms(params, platforms);
    const QString columns = u"SELECT p.id, p.created_at_ms, p.likes, p.comments, p.shares, p.saves, p.views, "
                            "p.platform_id::bigint, p.creator_id, p.region, p.tag_ids, p.approximate_time, p.post_id, "
                            "p.creator_name "_s;
    const QString span = u" p.created_at_ms > $1 AND p.created_at_ms <= $2 AND "_s % kPlatformFilter.arg(3);
    Result<PgResult> r = Error{};
    if (sinceXid) {
        params.add(*sinceXid);
        r = c.prepared("posts_changed",
                       columns % u"FROM post_identity i JOIN posts p ON p.created_at_ms = i.created_at_ms AND "
                                 "p.id = i.id WHERE i.writer_xid >= $4::text::xid8 AND"_s % span,
                       params, u"read changed posts"_s);
    } else {
        r = c.prepared("posts_window", columns % u"FROM posts p WHERE"_s % span, params, u"read the window"_s);
    }
    if (!r)
        return r.error();
    const PgResult &rows = r.value();
    Dataset &data = out.data;
    const int n = rows.rows();
    data.posts.reserve(std::size_t(n));
    data.postIds.reserve(n, 0);
    out.nameOf.reserve(std::size_t(n));
    QHash<QPair<std::int32_t, QString>, std::int32_t> creators;
    QHash<QString, std::int32_t> regions;
    QHash<QString, std::int32_t> names;
    std::unordered_map<std::int32_t, std::int32_t> tagIndex; // tags.id → index into data.tags
    std::vector<qint64> tagRowIds;
    for (int i = 0; i < n; ++i) {
        DatasetPost post;
        post.rowId = rows.int64(i, 0);
        post.createdAtMs = rows.int64(i, 1);
        post.likes = rows.int64(i, 2);
        post.comments = rows.int64(i, 3);
        post.shares = rows.int64(i, 4);
        post.saves = rows.int64(i, 5);
        post.views = rows.isNull(i, 6) ? -1 : rows.int64(i, 6);
        const qint64 platformId = rows.int64(i, 7);
        post.platform = platformId >= 0 && std::size_t(platformId) < rankOf.size() ? rankOf[std::size_t(platformId)] : 0;
        const auto creatorKey = qMakePair(post.platform, rows.text(i, 8));
        auto creator = creators.constFind(creatorKey);
        if (creator == creators.constEnd()) {
            creator = creators.insert(creatorKey, std::int32_t(data.creators.size()));
            data.creators.append(creatorKey.second);
        }
        post.creator = creator.value();
        if (!rows.isNull(i, 9)) {
            const QString region = rows.text(i, 9);
            auto at = regions.constFind(region);
            if (at == regions.constEnd()) {
                at = regions.insert(region, std::int32_t(data.regions.size()));
                data.regions.append(region);
            }
            post.region = at.value();
        }
        post.tagBegin = std::uint32_t(data.postTags.size());
        tagblob::forEach(rows.data(i, 10), rows.size(i, 10), [&](std::int32_t id) {
            if (id < 0)
                return;
            auto [at, fresh] = tagIndex.try_emplace(id, std::int32_t(tagRowIds.size()));
            if (fresh)
                tagRowIds.push_back(id);
            data.postTags.push_back(at->second);
        });
        post.tagCount = std::uint16_t(data.postTags.size() - post.tagBegin);
        post.approximateTime = rows.int64(i, 11) != 0;
        data.posts.push_back(post);
        data.postIds.append(QByteArrayView(rows.data(i, 12), rows.size(i, 12)));
        std::int32_t name = -1;
        if (!rows.isNull(i, 13)) {
            const QString text = rows.text(i, 13);
            auto at = names.constFind(text);
            if (at == names.constEnd()) {
                at = names.insert(text, std::int32_t(out.names.size()));
                out.names.append(text);
            }
            name = at.value();
        }
        out.nameOf.push_back(name);
    }
    data.tags.resize(qsizetype(tagRowIds.size()));
    if (!tagRowIds.empty()) {
        auto tags = c.prepared("tags_by_id", u"SELECT id::bigint, name FROM tags WHERE id = ANY($1::integer[])"_s,
                               PgParams().addIntArray(tagRowIds), u"read tag names"_s);
        if (!tags)
            return tags.error();
        for (int i = 0; i < tags.value().rows(); ++i)
            data.tags[tagIndex[std::int32_t(tags.value().int64(i, 0))]] = tags.value().text(i, 1);
    }
    return out;
}

Result<PostRows> PgPostStore::loadRows(qint64 fromExclusiveMs, qint64 toInclusiveMs) const
{
    return readRows(fromExclusiveMs, toInclusiveMs, {});
}

Result<PostPage> PgPostStore::postsAfterRow(qint64 afterRowId, int limit) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    auto r = c.prepared("posts_after_row",
                        u"SELECT i.id, pl.name, p.post_id, p.creator_id, p.creator_name, p.text, p.tag_ids, p.likes, "
                        "p.comments, p.shares, p.saves, p.views, p.created_at_ms, p.approximate_time, p.first_seen_ms, "
                        "p.captured_at_ms, p.region, p.url, p.language, p.raw_counts "
                        "FROM post_identity i JOIN posts p ON p.created_at_ms = i.created_at_ms AND p.id = i.id "
                        "JOIN platforms pl ON pl.id = p.platform_id WHERE i.id > $1 ORDER BY i.id LIMIT $2"_s,
                        PgParams().add(afterRowId).add(qint64(std::max(limit, 1))), u"read posts in row order"_s);
    if (!r)
        return r.error();
    const PgResult &rows = r.value();
    PostPage page;
    std::vector<std::vector<std::int32_t>> tagIds;
    std::vector<qint64> distinctIds;
    QHash<std::int32_t, QString> names;
    for (int i = 0; i < rows.rows(); ++i) {
        Post post;
        page.lastRowId = rows.int64(i, 0);
        post.platform = rows.text(i, 1);
        post.postId = rows.text(i, 2);
        post.creatorId = rows.text(i, 3);
        post.creatorName = nullableText(rows, i, 4);
        post.text = nullableText(rows, i, 5);
        std::vector<std::int32_t> &ids = tagIds.emplace_back();
        tagblob::forEach(rows.data(i, 6), rows.size(i, 6), [&](std::int32_t id) {
            if (id < 0)
                return;
            ids.push_back(id);
            if (!names.contains(id)) {
                names.insert(id, QString());
                distinctIds.push_back(id);
            }
        });
        post.likes = rows.int64(i, 7);
        post.comments = rows.int64(i, 8);
        post.shares = rows.int64(i, 9);
        post.saves = rows.int64(i, 10);
        if (!rows.isNull(i, 11))
            post.views = rows.int64(i, 11);
        post.createdAtMs = rows.int64(i, 12);
        post.approximateTime = rows.int64(i, 13) != 0;
        post.firstSeenMs = rows.int64(i, 14);
        if (!rows.isNull(i, 15))
            post.capturedAtMs = rows.int64(i, 15);
        post.region = nullableText(rows, i, 16);
        post.url = nullableText(rows, i, 17);
        post.language = nullableText(rows, i, 18);
        post.rawCounts = rawcountsjson::decode(nullableText(rows, i, 19));
        page.posts.push_back(std::move(post));
    }
    if (!distinctIds.empty()) {
        auto tags = c.prepared("tags_by_id", u"SELECT id::bigint, name FROM tags WHERE id = ANY($1::integer[])"_s,
                               PgParams().addIntArray(distinctIds), u"read tag names"_s);
        if (!tags)
            return tags.error();
        for (int i = 0; i < tags.value().rows(); ++i)
            names.insert(std::int32_t(tags.value().int64(i, 0)), tags.value().text(i, 1));
    }
    for (std::size_t i = 0; i < page.posts.size(); ++i)
        for (const std::int32_t id : tagIds[i])
            page.posts[i].hashtags.append(names.value(id));
    return page;
}

Result<Dataset> PgPostStore::loadDataset(qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                         const QStringList &platforms) const
{
    auto newest = newestCreatedAtMs();
    if (!newest)
        return newest.error();
    auto read = readRows(fromExclusiveMs, toInclusiveMs, platforms);
    if (!read)
        return read.error();
    PostRows &rows = read.value();
    const Dataset &in = rows.data;

    // The Dataset's order (DatasetLoader's): created_at, platform by name, post id; strings numbered
    // in that order of first appearance; a creator's name from their newest post in the span that has one.
    std::vector<std::int32_t> rank(std::size_t(in.platforms.size()));
    {
        std::vector<std::int32_t> byName(rank.size());
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(),
                  [&in](std::int32_t a, std::int32_t b) { return in.platforms[a] < in.platforms[b]; });
        for (std::size_t r = 0; r < byName.size(); ++r)
            rank[std::size_t(byName[r])] = std::int32_t(r);
    }
    std::vector<std::uint32_t> order(in.posts.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const DatasetPost &x = in.posts[a];
        const DatasetPost &y = in.posts[b];
        if (x.createdAtMs != y.createdAtMs)
            return x.createdAtMs < y.createdAtMs;
        if (x.platform != y.platform)
            return rank[std::size_t(x.platform)] < rank[std::size_t(y.platform)];
        return in.postIds.less(a, b);
    });

    Dataset data;
    data.newestCreatedAtMs = newest.value().value_or(0);
    std::vector<std::int32_t> platformIndex(std::size_t(in.platforms.size()), -1);
    std::vector<std::int32_t> creatorIndex(std::size_t(in.creators.size()), -1);
    std::vector<std::int32_t> regionIndex(std::size_t(in.regions.size()), -1);
    std::vector<std::int32_t> tagIndex(std::size_t(in.tags.size()), -1);
    data.posts.reserve(order.size());
    data.postIds.reserve(qsizetype(order.size()), in.postIds.byteSize());
    data.postTags.reserve(in.postTags.size());
    for (std::uint32_t i : order) {
        DatasetPost post = in.posts[i];
        std::int32_t &platform = platformIndex[std::size_t(post.platform)];
        if (platform < 0) {
            platform = std::int32_t(data.platforms.size());
            data.platforms.append(in.platforms[post.platform]);
        }
        std::int32_t &creator = creatorIndex[std::size_t(post.creator)];
        if (creator < 0) {
            creator = std::int32_t(data.creators.size());
            data.creators.append(in.creators[post.creator]);
            data.creatorNames.append(QString());
        }
        if (rows.nameOf[i] >= 0)
            data.creatorNames[creator] = rows.names[rows.nameOf[i]];
        if (post.region >= 0) {
            std::int32_t &region = regionIndex[std::size_t(post.region)];
            if (region < 0) {
                region = std::int32_t(data.regions.size());
                data.regions.append(in.regions[post.region]);
            }
            post.region = region;
        }
        const std::uint32_t begin = post.tagBegin;
        post.tagBegin = std::uint32_t(data.postTags.size());
        for (std::uint32_t t = begin; t < begin + post.tagCount; ++t) {
            std::int32_t &tag = tagIndex[std::size_t(in.postTags[t])];
            if (tag < 0) {
                tag = std::int32_t(data.tags.size());
                data.tags.append(in.tags[in.postTags[t]]);
            }
            data.postTags.push_back(tag);
        }
        post.platform = platform;
        post.creator = creator;
        data.posts.push_back(post);
        data.postIds.appendFrom(in.postIds, i);
    }
    return data;
}

Result<ChangeMarker> PgPostStore::changeMarker() const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared("posts_marker",
                                          u"SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"_s,
                                          PgParams(), u"read the change marker"_s);
    if (!r)
        return r.error();
    return ChangeMarker{r.value().int64(0, 0), 0};
}

Result<PostChanges> PgPostStore::changesSince(const ChangeMarker &since, qint64 fromExclusiveMs,
                                              qint64 toInclusiveMs) const
{
    PostChanges changes;
    // The marker first: whatever is written while the rows are read shows up again next time.
    auto marker = changeMarker();
    if (!marker)
        return marker.error();
    changes.marker = marker.value();
    if (changes.marker.rows < since.rows || since.updates != 0)
        return Error{u"marker_unknown"_s, u"the marker is not one of this PostgreSQL store"_s, {}};
    {
        auto connection = m_pool->acquire();
        if (!connection)
            return connection.error();
        auto ids = connection.value()->prepared(
            "posts_changed_ids", u"SELECT id FROM post_identity WHERE writer_xid >= $1::text::xid8 ORDER BY id"_s,
            PgParams().add(since.rows), u"read changed posts"_s);
        if (!ids)
            return ids.error();
        changes.updatedRowIds.reserve(std::size_t(ids.value().rows()));
        for (int i = 0; i < ids.value().rows(); ++i)
            changes.updatedRowIds.push_back(ids.value().int64(i, 0));
    }
    auto rows = readRows(fromExclusiveMs, toInclusiveMs, {}, since.rows);
    if (!rows)
        return rows.error();
    changes.rows = std::move(rows).value();
    return changes;
}

Status PgPostStore::hydrate(QList<TopPost> &posts) const
{
    if (posts.isEmpty())
        return Ok{};
    std::vector<qint64> ids;
    ids.reserve(std::size_t(posts.size()));
    for (const TopPost &post : std::as_const(posts))
        ids.push_back(post.rowId);
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared(
        "posts_hydrate",
        u"SELECT p.id, pl.name, p.post_id, p.creator_id, p.creator_name, p.text, p.url, p.region "
        "FROM post_identity i JOIN posts p ON p.created_at_ms = i.created_at_ms AND p.id = i.id "
        "JOIN platforms pl ON pl.id = p.platform_id WHERE i.id = ANY($1::bigint[])"_s,
        PgParams().addIntArray(ids), u"read top posts"_s);
    if (!r)
        return r.error();
    QHash<qint64, int> rowOf;
    for (int i = 0; i < r.value().rows(); ++i)
        rowOf.insert(r.value().int64(i, 0), i);
    for (TopPost &post : posts) {
        const auto at = rowOf.constFind(post.rowId);
        if (at == rowOf.constEnd())
            continue;
        const PgResult &q = r.value();
        const int i = at.value();
        post.platform = q.text(i, 1);
        post.postId = q.text(i, 2);
        post.creatorId = q.text(i, 3);
        post.creatorName = nullableText(q, i, 4);
        post.text = nullableText(q, i, 5);
        post.url = nullableText(q, i, 6);
        post.region = nullableText(q, i, 7);
    }
    return Ok{};
}

Result<QHash<QString, QString>> PgPostStore::displayForms(const QStringList &tags) const
{
    QHash<QString, QString> forms;
    if (tags.isEmpty())
        return forms;
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared(
        "tag_display_forms",
        u"SELECT DISTINCT ON (t.name) t.name, s.spelling FROM tags t JOIN tag_spellings s ON s.tag_id = t.id "
        "WHERE t.name = ANY($1::text[]) ORDER BY t.name, s.posts DESC, s.first_ms, s.spelling"_s,
        PgParams().addTextArray(tags), u"read display forms"_s);
    if (!r)
        return r.error();
    for (int i = 0; i < r.value().rows(); ++i)
        forms.insert(r.value().text(i, 0), r.value().text(i, 1));
    return forms;
}

Result<QList<TopPost>> PgPostStore::postsWithTag(const QString &tag, qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                                 int limit) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgParams params;
    params.add(tag).add(fromExclusiveMs).add(toInclusiveMs);
    if (limit > 0)
        params.add(qint64(limit));
    else
        params.addNull();
    // Newest first, ties by row (as on SQLite).
    auto r = connection.value()->prepared(
        "posts_with_tag",
        u"SELECT "_s % kTopPostColumns %
            u" FROM (SELECT pt.created_at_ms, pt.post_row FROM post_tags pt JOIN tags t ON t.id = pt.tag_id "
            "WHERE t.name = $1 AND pt.created_at_ms > $2 AND pt.created_at_ms <= $3 "
            "ORDER BY pt.created_at_ms DESC, pt.post_row DESC LIMIT $4) m "
            "JOIN posts p ON p.created_at_ms = m.created_at_ms AND p.id = m.post_row "
            "JOIN platforms pl ON pl.id = p.platform_id ORDER BY m.created_at_ms DESC, m.post_row DESC"_s,
        params, u"read posts with a tag"_s);
    if (!r)
        return r.error();
    QList<TopPost> posts;
    for (int i = 0; i < r.value().rows(); ++i)
        posts.append(topPostFrom(r.value(), i));
    return posts;
}
