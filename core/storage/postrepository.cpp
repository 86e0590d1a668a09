#include "core/storage/postrepository.h"

#include "core/model/jsonwriter.h"

#include <algorithm>
#include <functional>
#include <vector>

#include <QSqlQuery>
#include <QVariant>

#include "core/storage/changemarker.h"
#include "core/storage/database.h"
#include "core/storage/datasetloader.h"
#include "core/storage/postsegments.h"
#include "core/storage/postwriter.h"
#include "core/storage/rawcountsjson.h"
#include "core/storage/scanpagecache.h"
#include "core/storage/sqlite/sqliteingestsession.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/tagblob.h"
#include "core/storage/windowrows.h"

using namespace Qt::StringLiterals;

namespace {

TopPost topPostFrom(const QSqlQuery &q)
{
    // Column order of kTopPostColumns.
    TopPost post;
    post.rowId = q.value(0).toLongLong();
    post.platform = q.value(1).toString();
    post.postId = q.value(2).toString();
    post.creatorId = q.value(3).toString();
    post.creatorName = q.value(4).toString();
    post.text = q.value(5).toString();
    post.url = q.value(6).toString();
    post.region = q.value(7).toString();
    post.likes = q.value(8).toLongLong();
    post.comments = q.value(9).toLongLong();
    post.shares = q.value(10).toLongLong();
    post.saves = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        post.views = q.value(12).toLongLong();
    post.createdAtMs = q.value(13).toLongLong();
    post.engagement = post.likes + post.comments + post.shares;
    return post;
}

/// Appends `more` to `rows`, renumbering its strings (duplicates between the two stay apart: the
/// live window interns them by text).
void appendRows(PostRows &rows, PostRows more)
{
    Dataset &to = rows.data;
    const Dataset &from = more.data;
    const auto offset = [](const QStringList &list) { return std::int32_t(list.size()); };
    const std::int32_t platforms = offset(to.platforms), creators = offset(to.creators),
                       regions = offset(to.regions), tags = offset(to.tags), names = offset(rows.names);
    const auto tagBase = std::uint32_t(to.postTags.size());
    to.platforms += from.platforms;
    to.creators += from.creators;
    to.regions += from.regions;
    to.tags += from.tags;
    rows.names += more.names;
    for (std::int32_t tag : from.postTags)
        to.postTags.push_back(tag + tags);
    for (std::size_t i = 0; i < from.posts.size(); ++i) {
        DatasetPost post = from.posts[i];
        post.platform += platforms;
        post.creator += creators;
        if (post.region >= 0)
            post.region += regions;
        post.tagBegin += tagBase;
        to.posts.push_back(post);
        to.postIds.appendFrom(from.postIds, qsizetype(i));
        rows.nameOf.push_back(more.nameOf[i] < 0 ? -1 : more.nameOf[i] + names);
    }
}

const QString kTopPostColumns = u"p.id, pl.name, p.post_id, p.creator_id, p.creator_name, p.text, p.url, p.region, "
                                "p.likes, p.comments, p.shares, p.saves, p.views, p.created_at_ms"_s;

} // namespace

PostRepository::PostRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database)), m_writer(std::make_unique<PostWriter>())
{
}

PostRepository::~PostRepository() = default;

Result<UpsertStats> PostRepository::upsert(const std::vector<Post> &batch) const
{
    return m_writer->upsert(m_database->connection(), batch);
}

Result<UpsertStats> PostRepository::upsert(const PreparedBatch &batch) const
{
    return m_writer->upsert(m_database->connection(), batch);
}

Result<std::unique_ptr<IngestSession>> PostRepository::openIngestSession() const
{
    return std::unique_ptr<IngestSession>(std::make_unique<SqliteIngestSession>(m_database));
}

Status PostRepository::flushPendingTags() const
{
    return m_writer->flushTags(m_database->connection());
}

Result<qint64> PostRepository::count() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT count(*) FROM posts"_s) || !query.next())
        return storage::sqlError(u"count posts"_s, query);
    return query.value(0).toLongLong();
}

Result<std::optional<qint64>> PostRepository::newestCreatedAtMs(const QStringList &platforms) const
{
    auto native = SqliteStatement::nativeHandle(m_database->connection());
    if (!native)
        return native.error();
    return postsegments::newestCreatedAtMs(native.value(), platforms);
}

Result<QStringList> PostRepository::platformNames() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT name FROM platforms ORDER BY name"_s))
        return storage::sqlError(u"list platforms"_s, query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QList<HourCount>> PostRepository::postsPerHour(const QStringList &platforms) const
{
    // Floor to the hour (3,600,000 ms), also for a time before 1970.
    QString sql = u"SELECT p.created_at_ms - ((p.created_at_ms % 3600000) + 3600000) % 3600000 AS hour, count(*) "
                  "FROM posts p"_s;
    if (!platforms.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < platforms.size(); ++i)
            marks.append(u"?"_s);
        sql += u" WHERE p.platform_id IN (SELECT id FROM platforms WHERE name IN (%1))"_s.arg(marks.join(u','));
    }
    sql += u" GROUP BY hour ORDER BY hour"_s;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storage::sqlError(u"prepare posts per hour"_s, query);
    for (qsizetype i = 0; i < platforms.size(); ++i)
        query.bindValue(int(i), platforms[i]);
    if (!query.exec())
        return storage::sqlError(u"count posts per hour"_s, query);
    QList<HourCount> hours;
    while (query.next())
        hours.append(HourCount{query.value(0).toLongLong(), query.value(1).toLongLong()});
    return hours;
}

Result<Dataset> PostRepository::loadDataset(qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                            const QStringList &platforms) const
{
    return DatasetLoader(*m_database).load(fromExclusiveMs, toInclusiveMs, platforms);
}

Status PostRepository::hydrate(QList<TopPost> &posts) const
{
    // One prepared statement for every post of the run (thousands of clusters' top posts).
    auto native = SqliteStatement::nativeHandle(m_database->connection());
    if (!native)
        return native.error();
    SqliteStatement select;
    if (Status prepared = select.prepare(native.value(), u"SELECT pl.name, p.post_id, p.creator_id, p.creator_name, "
                                                         "p.text, p.url, p.region FROM posts p JOIN platforms pl "
                                                         "ON pl.id = p.platform_id WHERE p.id = ?"_s);
        !prepared) {
        return prepared;
    }
    for (TopPost &post : posts) {
        select.bind(1, post.rowId);
        const Status row = select.forEachRow([&] {
            post.platform = select.text(0);
            post.postId = select.text(1);
            post.creatorId = select.text(2);
            post.creatorName = select.text(3);
            post.text = select.text(4);
            post.url = select.text(5);
            post.region = select.text(6);
        });
        if (!row)
            return row;
        select.reset();
    }
    return Ok{};
}

Result<QHash<QString, QString>> PostRepository::displayForms(const QStringList &tags) const
{
    // A run asks for the tags of thousands of clusters: one statement over a JSON array of them (one index lookup a
    // tag, no sort), the winner picked here. A statement a tag, each sorting its spellings, cost 25 µs a tag.
    QStringList distinct;
    distinct.reserve(tags.size());
    {
        QSet<QStringView> seen;
        seen.reserve(tags.size());
        for (const QString &tag : tags) {
            if (!seen.contains(tag)) {
                seen.insert(tag);
                distinct.append(tag);
            }
        }
    }
    QByteArray wanted;
    JsonWriter(wanted).strings(distinct);

    auto native = SqliteStatement::nativeHandle(m_database->connection());
    if (!native)
        return native.error();
    SqliteStatement select;
    if (Status prepared = select.prepare(native.value(), u"SELECT j.key, s.spelling, s.posts, s.first_ms "
                                                         "FROM json_each(?) j JOIN tags t ON t.name = j.value "
                                                         "JOIN tag_spellings s ON s.tag_id = t.id"_s);
        !prepared) {
        return prepared.error();
    }
    select.bindUtf8(1, wanted.constData(), int(wanted.size()), false);
    // The spelling most posts used; ties: the first seen, then the smallest in UTF-8 byte order (SPEC section 1).
    struct Best
    {
        QByteArray spelling;
        qint64 posts = -1;
        qint64 firstMs = 0;
    };
    std::vector<Best> best(std::size_t(distinct.size()));
    const Status rows = select.forEachRow([&] {
        const qint64 index = select.int64(0);
        if (index < 0 || index >= qint64(best.size()))
            return;
        Best &b = best[std::size_t(index)];
        const qint64 posts = select.int64(2);
        const qint64 firstMs = select.int64(3);
        const QByteArrayView spelling = select.utf8(1);
        const bool better = posts > b.posts ||
                            (posts == b.posts && (firstMs < b.firstMs || (firstMs == b.firstMs && spelling < b.spelling)));
        if (better)
            b = Best{spelling.toByteArray(), posts, firstMs};
    });
    if (!rows)
        return rows.error();
    QHash<QString, QString> forms;
    forms.reserve(distinct.size());
    for (qsizetype i = 0; i < distinct.size(); ++i) {
        const Best &b = best[std::size_t(i)];
        if (b.posts >= 0)
            forms.insert(distinct.at(i), QString::fromUtf8(b.spelling));
    }
    return forms;
}

Result<PostRows> PostRepository::loadRows(qint64 fromExclusiveMs, qint64 toInclusiveMs) const
{
    // Through the window index: one range per segment and platform (firstRow < 0 selects it).
    return readRows(fromExclusiveMs, toInclusiveMs, -1, -1, nullptr);
}

Result<PostPage> PostRepository::postsAfterRow(qint64 afterRowId, int limit) const
{
    auto native = SqliteStatement::nativeHandle(m_database->connection());
    if (!native)
        return native.error();
    SqliteStatement select;
    if (Status prepared = select.prepare(
            native.value(), u"SELECT p.id, pl.name, p.post_id, p.creator_id, p.creator_name, p.text, p.tag_ids, p.likes, "
                            "p.comments, p.shares, p.saves, p.views, p.created_at_ms, p.approximate_time, "
                            "p.first_seen_ms, p.captured_at_ms, p.region, p.url, p.language, p.raw_counts "
                            "FROM posts p JOIN platforms pl ON pl.id = p.platform_id WHERE p.id > ? ORDER BY p.id "
                            "LIMIT ?"_s);
        !prepared) {
        return prepared.error();
    }
    select.bind(1, afterRowId);
    select.bind(2, qint64(std::max(limit, 1)));
    PostPage page;
    std::vector<std::vector<std::int32_t>> tagIds;
    const Status rows = select.forEachRow([&] {
        Post post;
        page.lastRowId = select.int64(0);
        post.platform = select.text(1);
        post.postId = select.text(2);
        post.creatorId = select.text(3);
        post.creatorName = select.text(4);
        post.text = select.text(5);
        std::vector<std::int32_t> &ids = tagIds.emplace_back();
        tagblob::forEach(select.blobData(6), select.blobSize(6), [&ids](std::int32_t id) {
            if (id >= 0)
                ids.push_back(id);
        });
        post.likes = select.int64(7);
        post.comments = select.int64(8);
        post.shares = select.int64(9);
        post.saves = select.int64(10);
        if (!select.isNull(11))
            post.views = select.int64(11);
        post.createdAtMs = select.int64(12);
        post.approximateTime = select.int64(13) != 0;
        post.firstSeenMs = select.int64(14);
        if (!select.isNull(15))
            post.capturedAtMs = select.int64(15);
        post.region = select.text(16);
        post.url = select.text(17);
        post.language = select.text(18);
        post.rawCounts = rawcountsjson::decode(select.text(19));
        page.posts.push_back(std::move(post));
    });
    if (!rows)
        return rows.error();
    SqliteStatement tagName;
    if (Status prepared = tagName.prepare(native.value(), u"SELECT name FROM tags WHERE id = ?"_s); !prepared)
        return prepared.error();
    QHash<std::int32_t, QString> names;
    for (std::size_t i = 0; i < page.posts.size(); ++i) {
        for (const std::int32_t id : tagIds[i]) {
            auto known = names.constFind(id);
            if (known == names.constEnd()) {
                QString name;
                tagName.bind(1, qint64(id));
                const Status found = tagName.forEachRow([&] { name = tagName.text(0); });
                tagName.reset();
                if (!found)
                    return found.error();
                known = names.insert(id, name);
            }
            page.posts[i].hashtags.append(known.value());
        }
    }
    return page;
}

Result<ChangeMarker> PostRepository::changeMarker() const
{
    auto native = SqliteStatement::nativeHandle(m_database->connection());
    if (!native)
        return native.error();
    return changemarker::read(native.value());
}

Result<PostChanges> PostRepository::changesSince(const ChangeMarker &since, qint64 fromExclusiveMs,
                                                 qint64 toInclusiveMs) const
{
    PostChanges changes;
    auto marker = changeMarker();
    if (!marker)
        return marker.error();
    changes.marker = marker.value();
    if (changes.marker.rows < since.rows || changes.marker.updates < since.updates)
        return Error{u"marker_unknown"_s, u"the posts table went back behind the reader's marker"_s, {}};

    auto native = SqliteStatement::nativeHandle(m_database->connection());
    if (!native)
        return native.error();
    SqliteStatement updated;
    if (Status prepared = updated.prepare(native.value(), u"SELECT DISTINCT row FROM post_changes "
                                                          "WHERE seq > ? AND seq <= ? ORDER BY row"_s);
        !prepared) {
        return prepared.error();
    }
    updated.bind(1, since.updates);
    updated.bind(2, changes.marker.updates);
    if (Status rows = updated.forEachRow([&] { changes.updatedRowIds.push_back(updated.int64(0)); }); !rows)
        return rows.error();
    // Updated rows among the new ones are read with them.
    std::vector<qint64> older;
    for (qint64 row : changes.updatedRowIds) {
        if (row <= since.rows)
            older.push_back(row);
    }

    auto fresh = readRows(fromExclusiveMs, toInclusiveMs, since.rows + 1, changes.marker.rows, nullptr);
    if (!fresh)
        return fresh.error();
    changes.rows = std::move(fresh).value();
    if (!older.empty()) {
        auto again = readRows(fromExclusiveMs, toInclusiveMs, 0, 0, &older);
        if (!again)
            return again.error();
        appendRows(changes.rows, std::move(again).value());
    }
    return changes;
}

Result<PostRows> PostRepository::readRows(qint64 fromExclusiveMs, qint64 toInclusiveMs, qint64 firstRow,
                                          qint64 lastRow, const std::vector<qint64> *rowIds) const
{
    PostRows out;
    auto native = SqliteStatement::nativeHandle(m_database->connection());
    if (!native)
        return native.error();
    WindowRead read;
    read.fromExclusiveMs = fromExclusiveMs;
    read.toInclusiveMs = toInclusiveMs;
    read.scanTable = firstRow >= 0;
    read.first = firstRow;
    read.last = lastRow;
    if (!read.scanTable) {
        auto lastSegment = postsegments::last(native.value());
        if (!lastSegment)
            return lastSegment.error();
        read.first = 0;
        read.last = lastSegment.value().value_or(-1);
    }
    read.rowIds = rowIds;
    read.rowNames = true;

    SqliteStatement platforms;
    if (Status prepared = platforms.prepare(native.value(), u"SELECT id, name FROM platforms ORDER BY id"_s);
        !prepared) {
        return prepared.error();
    }
    if (Status rows = platforms.forEachRow([&] {
            const qint64 id = platforms.int64(0);
            if (id < 0)
                return;
            if (read.rankOf.size() <= std::size_t(id))
                read.rankOf.resize(std::size_t(id) + 1, -1);
            read.rankOf[std::size_t(id)] = std::int32_t(out.data.platforms.size());
            read.platformIds.push_back(id);
            out.data.platforms.append(platforms.text(1));
        });
        !rows) {
        return rows.error();
    }
    if ((read.first > read.last && !rowIds) || read.platformIds.empty())
        return out;

    WindowRows rows;
    {
        const ScanPageCache scan(native.value());
        if (Status s = readWindowRows(native.value(), read, rows); !s)
            return s.error();
    }

    Dataset &data = out.data;
    data.posts.reserve(rows.rows.size());
    out.nameOf.reserve(rows.rows.size());
    data.postTags.reserve(rows.tagIds.size());
    std::vector<std::int32_t> tagIndex; ///< tags.id → index into data.tags, -1 = not yet seen
    std::vector<std::int32_t> tagRowIds;
    for (std::size_t i = 0; i < rows.rows.size(); ++i) {
        const WindowRows::Row &row = rows.rows[i];
        DatasetPost post;
        post.rowId = row.rowId;
        post.createdAtMs = row.createdAtMs;
        post.likes = row.likes;
        post.comments = row.comments;
        post.shares = row.shares;
        post.saves = row.saves;
        post.views = row.views;
        post.approximateTime = row.approximateTime;
        post.platform = row.platform;
        post.creator = row.creator;
        post.region = row.region;
        post.tagBegin = std::uint32_t(data.postTags.size());
        for (std::uint32_t t = row.tagBegin; t < row.tagBegin + row.tagCount; ++t) {
            const std::int32_t id = rows.tagIds[t];
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
        out.nameOf.push_back(row.name);
    }
    data.postIds = std::move(rows.postIds); // parallel to the rows, every one of which was kept
    data.creators.reserve(qsizetype(rows.creators.size()));
    for (std::size_t c = 0; c < rows.creators.size(); ++c)
        data.creators.append(QString::fromUtf8(rows.creators.bytes(std::int32_t(c))));
    for (std::size_t r = 0; r < rows.regions.size(); ++r)
        data.regions.append(QString::fromUtf8(rows.regions.bytes(std::int32_t(r))));
    out.names.reserve(qsizetype(rows.nameTexts.size()));
    for (std::size_t n = 0; n < rows.nameTexts.size(); ++n)
        out.names.append(QString::fromUtf8(rows.nameTexts.bytes(std::int32_t(n))));

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
        const Status named = tagNames.forEachRow([&] {
            const qint64 id = tagNames.int64(0);
            if (id >= 0 && std::size_t(id) < tagIndex.size() && tagIndex[std::size_t(id)] >= 0)
                data.tags[tagIndex[std::size_t(id)]] = tagNames.text(1);
        });
        if (!named)
            return named.error();
    }
    return out;
}

Result<QList<TopPost>> PostRepository::postsWithTag(const QString &tag, qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                                    int limit) const
{
    QList<TopPost> posts;
    QSqlDatabase db = m_database->connection();
    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();

    SqliteStatement tagLookup;
    if (Status prepared = tagLookup.prepare(native.value(), u"SELECT id FROM tags WHERE name = ?"_s); !prepared)
        return prepared.error();
    tagLookup.bindText(1, tag);
    auto tagRow = tagLookup.step();
    if (!tagRow)
        return tagRow.error();
    if (!tagRow.value())
        return posts;
    const qint64 tagId = tagLookup.int64(0);
    auto lastSegment = postsegments::last(native.value());
    if (!lastSegment)
        return lastSegment.error();
    if (!lastSegment.value())
        return posts;

    // Each segment's newest `limit` matches, merged: newest first, ties by row.
    SqliteStatement probe;
    if (Status prepared = probe.prepare(native.value(), u"SELECT created_at_ms, post_row FROM post_tags "
                                                        "WHERE segment = ? AND tag_id = ? "
                                                        "AND created_at_ms > ? AND created_at_ms <= ? "
                                                        "ORDER BY created_at_ms DESC, post_row DESC LIMIT ?"_s);
        !prepared) {
        return prepared.error();
    }
    std::vector<std::pair<qint64, qint64>> matches; ///< (created_at_ms, post row)
    for (qint64 segment = *lastSegment.value(); segment >= 0; --segment) {
        probe.bind(1, segment);
        probe.bind(2, tagId);
        probe.bind(3, fromExclusiveMs);
        probe.bind(4, toInclusiveMs);
        probe.bind(5, limit > 0 ? qint64(limit) : qint64(-1));
        const Status rows = probe.forEachRow([&] {
            matches.emplace_back(probe.int64(0), probe.int64(1));
        });
        if (!rows)
            return rows.error();
        probe.reset();
    }
    std::sort(matches.begin(), matches.end(), std::greater<>());
    if (limit > 0 && matches.size() > std::size_t(limit))
        matches.resize(std::size_t(limit));
    QList<TopPost> rows;
    rows.reserve(qsizetype(matches.size()));
    for (const auto &[createdAtMs, row] : matches) {
        TopPost post;
        post.rowId = row;
        rows.append(post);
    }

    QSqlQuery query(db);
    if (!query.prepare(u"SELECT "_s % kTopPostColumns %
                       u" FROM posts p JOIN platforms pl ON pl.id = p.platform_id "
                       "WHERE p.id = ?"_s))
        return storage::sqlError(u"prepare post lookup"_s, query);
    for (const TopPost &found : std::as_const(rows)) {
        query.bindValue(0, found.rowId);
        if (!query.exec())
            return storage::sqlError(u"read post row %1"_s.arg(found.rowId), query);
        if (query.next())
            posts.append(topPostFrom(query));
        query.finish();
    }
    return posts;
}
