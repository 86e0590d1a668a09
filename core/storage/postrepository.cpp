#include "core/storage/postrepository.h"

#include <algorithm>

#include <QSqlQuery>
#include <QVariant>

#include "core/storage/database.h"
#include "core/storage/datasetloader.h"
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

Result<std::optional<qint64>> PostRepository::newestCreatedAtMs() const
{
    // One index probe per platform: max() over the whole (platform_id, created_at_ms) index would
    // otherwise read every entry.
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT max(m) FROM (SELECT (SELECT max(created_at_ms) FROM posts WHERE platform_id = pl.id) AS m "
                    "FROM platforms pl)"_s) ||
        !query.next()) {
        return storage::sqlError(u"find the newest post"_s, query);
    }
    if (query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<Dataset> PostRepository::loadDataset(qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                            const QStringList &platforms) const
{
    return DatasetLoader(m_database->connection()).load(fromExclusiveMs, toInclusiveMs, platforms);
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

    // The tag and the hours that hold any post at all bound the probes.
    SqliteStatement bounds;
    if (Status prepared = bounds.prepare(native.value(), u"SELECT (SELECT id FROM tags WHERE name = ?), "
                                                         "(SELECT min(hour) FROM post_tags), "
                                                         "(SELECT max(hour) FROM post_tags)"_s);
        !prepared) {
        return prepared.error();
    }
    bounds.bindText(1, tag);
    auto row = bounds.step();
    if (!row)
        return row.error();
    if (bounds.isNull(0) || bounds.isNull(1))
        return posts;
    const qint64 tagId = bounds.int64(0);
    const qint64 firstHour = std::max(bounds.int64(1), storage::tagHour(fromExclusiveMs));
    const qint64 lastHour = std::min(bounds.int64(2), storage::tagHour(toInclusiveMs));
    bounds.reset();

    // Newest hour first, so that a limit stops the walk early.
    SqliteStatement probe;
    if (Status prepared = probe.prepare(native.value(), u"SELECT post_row FROM post_tags WHERE hour = ? AND tag_id = ? "
                                                        "AND created_at_ms > ? AND created_at_ms <= ? "
                                                        "ORDER BY created_at_ms DESC, post_row DESC"_s);
        !prepared) {
        return prepared.error();
    }
    QList<TopPost> rows;
    for (qint64 hour = lastHour; hour >= firstHour && (limit <= 0 || rows.size() < limit); --hour) {
        probe.bind(1, hour);
        probe.bind(2, tagId);
        probe.bind(3, fromExclusiveMs);
        probe.bind(4, toInclusiveMs);
        while (limit <= 0 || rows.size() < limit) {
            auto next = probe.step();
            if (!next)
                return next.error();
            if (!next.value())
                break;
            TopPost post;
            post.rowId = probe.int64(0);
            rows.append(post);
        }
        probe.reset();
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
