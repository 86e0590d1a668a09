#include "core/storage/datasetloader.h"

#include <algorithm>
#include <numeric>

#include <QSqlQuery>
#include <QVariant>

#include "core/storage/postsegments.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/tagblob.h"
#include "core/storage/utf8interner.h"

using namespace Qt::StringLiterals;

namespace {

/// One post as read, before sorting. Strings are provisional interned ids (order of reading);
/// they are renumbered in sorted order at the end so that the Dataset does not depend on it.
struct Row
{
    qint64 rowId = 0;
    qint64 createdAtMs = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 saves = 0;
    qint64 views = -1;
    std::int32_t platform = 0; ///< rank of the platform name among the loaded platforms
    std::int32_t creator = 0;
    std::int32_t region = -1;
    std::uint32_t tagBegin = 0; ///< into the provisional tag list (tags.id values)
    std::uint16_t tagCount = 0;
    bool approximateTime = false;
};

struct PlatformRow
{
    qint64 id = 0;
    QString name;
};

/// The name a creator shows: the one of their newest post (by the Dataset's own order) that has one.
struct CreatorName
{
    std::int64_t row = -1; ///< the post it came from
    QByteArray utf8;
    QString name;
};

} // namespace

Result<Dataset> DatasetLoader::load(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms) const
{
    Dataset data;

    auto native = SqliteStatement::nativeHandle(m_db);
    if (!native)
        return native.error();
    auto newest = postsegments::newestCreatedAtMs(native.value());
    if (!newest)
        return newest.error();
    data.newestCreatedAtMs = newest.value().value_or(0);
    auto lastSegment = postsegments::last(native.value());
    if (!lastSegment)
        return lastSegment.error();
    const qint64 segments = lastSegment.value() ? *lastSegment.value() + 1 : 0;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);

    // The platforms to read, in name order (their rank is the second sort key).
    std::vector<PlatformRow> wanted;
    if (!query.exec(u"SELECT id, name FROM platforms"_s))
        return storage::sqlError(u"read platforms"_s, query);
    while (query.next()) {
        PlatformRow row{query.value(0).toLongLong(), query.value(1).toString()};
        if (platforms.isEmpty() || platforms.contains(row.name))
            wanted.push_back(std::move(row));
    }
    query.finish();
    std::sort(wanted.begin(), wanted.end(), [](const PlatformRow &a, const PlatformRow &b) { return a.name < b.name; });

    // Count the window first (index only): to reserve memory, and to choose between probing the
    // table once per index entry and one sequential scan of the whole table, which is faster when
    // the window holds a good part of the posts (the usual case for a desktop database).
    SqliteStatement count;
    if (Status prepared =
            count.prepare(native.value(), u"SELECT count(*) FROM posts WHERE "_s % postsegments::sqlExpression() %
                                              u" = ?4 AND platform_id = ?1 AND created_at_ms > ?2 AND created_at_ms <= ?3"_s);
        !prepared) {
        return prepared.error();
    }
    qint64 expected = 0;
    for (qint64 segment = 0; segment < segments; ++segment) {
        for (const PlatformRow &platform : wanted) {
            count.bind(1, platform.id);
            count.bind(2, fromExclusiveMs);
            count.bind(3, toInclusiveMs);
            count.bind(4, segment);
            auto counted = count.step();
            if (!counted)
                return counted.error();
            expected += count.int64(0);
            count.reset();
        }
    }
    if (!query.exec(u"SELECT coalesce(max(id), 0), (SELECT coalesce(max(id), 0) FROM platforms) FROM posts"_s) ||
        !query.next()) {
        return storage::sqlError(u"count posts"_s, query);
    }
    const qint64 tableRows = query.value(0).toLongLong();
    std::vector<std::int32_t> rankOf(std::size_t(query.value(1).toLongLong()) + 1, -1); // platforms.id → rank
    query.finish();
    for (std::size_t p = 0; p < wanted.size(); ++p)
        rankOf[std::size_t(wanted[p].id)] = std::int32_t(p);
    const bool scanTable = expected * 4 > tableRows;

    const QString columns = u"SELECT id, post_id, creator_id, creator_name, region, created_at_ms, likes, comments, "
                            "shares, saves, views, approximate_time, tag_ids, platform_id FROM posts"_s;
    SqliteStatement select;
    const QString sql = scanTable
                            ? QString(columns % u" NOT INDEXED WHERE created_at_ms > ?2 AND created_at_ms <= ?3"_s)
                            : QString(columns % u" WHERE "_s % postsegments::sqlExpression() %
                                      u" = ?4 AND platform_id = ?1 AND created_at_ms > ?2 AND created_at_ms <= ?3"_s);
    if (Status prepared = select.prepare(native.value(), sql); !prepared)
        return prepared.error();

    // Every row of the span is read once: by one table scan, or one index range per segment and
    // platform.
    std::vector<Row> rows;
    rows.reserve(std::size_t(expected));
    QStringList postIds;
    postIds.reserve(qsizetype(expected));
    std::vector<std::int32_t> tagIds; ///< tags.id values, sliced by Row::tagBegin/tagCount
    tagIds.reserve(std::size_t(expected) * 4);
    Utf8Interner creators;
    Utf8Interner regions;
    std::vector<CreatorName> names;
    const std::size_t passes = scanTable ? 1 : std::size_t(segments) * wanted.size();
    for (std::size_t p = 0; p < passes; ++p) {
        if (!scanTable) {
            select.bind(1, wanted[p % wanted.size()].id);
            select.bind(4, qint64(p / wanted.size()));
        }
        select.bind(2, fromExclusiveMs);
        select.bind(3, toInclusiveMs);
        while (true) {
            auto next = select.step();
            if (!next)
                return next.error();
            if (!next.value())
                break;
            const qint64 platformId = select.int64(13);
            const std::int32_t rank =
                platformId >= 0 && std::size_t(platformId) < rankOf.size() ? rankOf[std::size_t(platformId)] : -1;
            if (rank < 0)
                continue;
            Row row;
            row.rowId = select.int64(0);
            postIds.append(QString::fromUtf8(select.utf8(1)));
            row.platform = rank;
            row.creator = creators.intern(row.platform, select.utf8(2));
            const QByteArrayView region = select.utf8(4);
            row.region = region.isEmpty() ? -1 : regions.intern(0, region);
            row.createdAtMs = select.int64(5);
            row.likes = select.int64(6);
            row.comments = select.int64(7);
            row.shares = select.int64(8);
            row.saves = select.int64(9);
            row.views = select.isNull(10) ? -1 : select.int64(10);
            row.approximateTime = select.int64(11) != 0;
            row.tagBegin = std::uint32_t(tagIds.size());
            tagblob::forEach(select.blobData(12), select.blobSize(12),
                             [&tagIds](std::int32_t id) { tagIds.push_back(id); });
            row.tagCount = std::uint16_t(tagIds.size() - row.tagBegin);

            // A creator lives on one platform, so "newest" compares created_at, then post id.
            if (names.size() < creators.size())
                names.resize(creators.size());
            const QByteArrayView name = select.utf8(3);
            CreatorName &best = names[std::size_t(row.creator)];
            const auto self = std::int64_t(rows.size());
            if (!name.isEmpty() && (best.row < 0 || row.createdAtMs > rows[std::size_t(best.row)].createdAtMs ||
                                    (row.createdAtMs == rows[std::size_t(best.row)].createdAtMs &&
                                     postIds.constLast() > postIds.at(qsizetype(best.row))))) {
                best.row = self;
                if (QByteArrayView(best.utf8) != name) {
                    best.utf8 = name.toByteArray();
                    best.name = QString::fromUtf8(name);
                }
            }
            rows.push_back(row);
        }
        select.reset();
    }

    // Sort by created_at, platform, post id: the Dataset must not depend on insertion order.
    std::vector<std::uint32_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&rows, &postIds](std::uint32_t ia, std::uint32_t ib) {
        const Row &a = rows[ia];
        const Row &b = rows[ib];
        if (a.createdAtMs != b.createdAtMs)
            return a.createdAtMs < b.createdAtMs;
        if (a.platform != b.platform)
            return a.platform < b.platform;
        return postIds.at(ia) < postIds.at(ib);
    });

    // Number strings in sorted order of first appearance.
    std::vector<std::int32_t> platformIndex(wanted.size(), -1);
    std::vector<std::int32_t> creatorIndex(creators.size(), -1);
    std::vector<std::int32_t> regionIndex(regions.size(), -1);
    std::vector<std::int32_t> tagIndex;  ///< tags.id → dataset index, -1 = not yet seen
    std::vector<std::int32_t> tagRowIds; ///< dataset index → tags.id
    data.posts.reserve(rows.size());
    data.postIds.reserve(qsizetype(rows.size()));
    data.postTags.reserve(tagIds.size());
    for (std::uint32_t i : order) {
        const Row &row = rows[i];
        DatasetPost post;
        post.rowId = row.rowId;
        post.createdAtMs = row.createdAtMs;
        post.likes = row.likes;
        post.comments = row.comments;
        post.shares = row.shares;
        post.saves = row.saves;
        post.views = row.views;
        post.approximateTime = row.approximateTime;

        std::int32_t &platform = platformIndex[std::size_t(row.platform)];
        if (platform < 0) {
            platform = std::int32_t(data.platforms.size());
            data.platforms.append(wanted[std::size_t(row.platform)].name);
        }
        post.platform = platform;

        std::int32_t &creator = creatorIndex[std::size_t(row.creator)];
        if (creator < 0) {
            creator = std::int32_t(data.creators.size());
            data.creators.append(QString::fromUtf8(creators.bytes(row.creator)));
            data.creatorNames.append(names[std::size_t(row.creator)].name);
        }
        post.creator = creator;

        if (row.region >= 0) {
            std::int32_t &region = regionIndex[std::size_t(row.region)];
            if (region < 0) {
                region = std::int32_t(data.regions.size());
                data.regions.append(QString::fromUtf8(regions.bytes(row.region)));
            }
            post.region = region;
        }

        post.tagBegin = std::uint32_t(data.postTags.size());
        for (std::uint32_t t = row.tagBegin; t < row.tagBegin + row.tagCount; ++t) {
            const std::int32_t id = tagIds[t];
            if (id < 0)
                continue;
            if (std::size_t(id) >= tagIndex.size())
                tagIndex.resize(std::max<std::size_t>(std::size_t(id) + 1, tagIndex.size() * 2), -1);
            std::int32_t &tag = tagIndex[std::size_t(id)];
            if (tag < 0) {
                tag = std::int32_t(tagRowIds.size());
                tagRowIds.push_back(id);
            }
            data.postTags.push_back(tag);
        }
        post.tagCount = std::uint16_t(data.postTags.size() - post.tagBegin);

        data.posts.push_back(post);
        data.postIds.append(postIds.at(i));
    }

    // Names of the tags used: one range scan over their ids.
    data.tags.resize(qsizetype(tagRowIds.size()));
    if (!tagRowIds.empty()) {
        const auto [minId, maxId] = std::minmax_element(tagRowIds.begin(), tagRowIds.end());
        SqliteStatement tagNames;
        if (Status prepared =
                tagNames.prepare(native.value(), u"SELECT id, name FROM tags WHERE id >= ? AND id <= ?"_s);
            !prepared) {
            return prepared.error();
        }
        tagNames.bind(1, qint64(*minId));
        tagNames.bind(2, qint64(*maxId));
        while (true) {
            auto next = tagNames.step();
            if (!next)
                return next.error();
            if (!next.value())
                break;
            const qint64 id = tagNames.int64(0);
            if (id >= 0 && std::size_t(id) < tagIndex.size() && tagIndex[std::size_t(id)] >= 0)
                data.tags[tagIndex[std::size_t(id)]] = tagNames.text(1);
        }
    }
    return data;
}
