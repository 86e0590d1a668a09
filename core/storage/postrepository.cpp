#include "core/storage/postrepository.h"

#include <algorithm>
#include <functional>
#include <vector>

#include <QSqlQuery>
#include <QVariant>

#include "core/storage/database.h"
#include "core/storage/datasetloader.h"
#include "core/storage/postsegments.h"
#include "core/storage/postwriter.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"

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
    QSqlQuery query(m_database->connection());
    if (!query.prepare(u"SELECT "_s % kTopPostColumns %
                       u" FROM posts p JOIN platforms pl ON pl.id = p.platform_id "
                       "WHERE p.id = ?"_s))
        return storage::sqlError(u"prepare hydrate"_s, query);
    for (TopPost &post : posts) {
        query.bindValue(0, post.rowId);
        if (!query.exec())
            return storage::sqlError(u"read post row %1"_s.arg(post.rowId), query);
        if (!query.next())
            continue;
        const TopPost stored = topPostFrom(query);
        post.platform = stored.platform;
        post.postId = stored.postId;
        post.creatorId = stored.creatorId;
        post.creatorName = stored.creatorName;
        post.text = stored.text;
        post.url = stored.url;
        post.region = stored.region;
        query.finish();
    }
    return Ok{};
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
