#include "core/storage/postwriter.h"

#include <algorithm>

#include <sqlite3.h>

#include <QDateTime>

#include "core/storage/nameids.h"
#include "core/storage/postsegments.h"
#include "core/storage/posttagrows.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/sqltransaction.h"
#include "core/storage/tagblob.h"

using namespace Qt::StringLiterals;

namespace {

// Tags seen by a long-lived repository; beyond this the cache starts over rather than grow.
constexpr qsizetype kMaxCachedTags = 1000000;

// Posts per multi-row INSERT (20 parameters each).
constexpr std::size_t kPostsPerInsert = 16;

/// The INSERT of `count` posts that skips the ones already stored (see PostWriter::upsert).
QString insertSql(int count)
{
    QString sql = u"INSERT OR IGNORE INTO posts (platform_id, post_id, creator_id, creator_name, text, tag_ids, likes, "
                  "comments, shares, saves, views, created_at_ms, approximate_time, first_seen_ms, updated_at_ms, "
                  "region, url, language, raw_counts, captured_at_ms) VALUES "_s;
    for (int i = 0; i < count; ++i)
        sql += i == 0 ? u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                      : u", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    return sql;
}

/// The UPDATE of a stored post. Texts the batch lacks (bound as NULL) keep the stored value; for
/// a snapshot older than the stored one, stored texts win and the batch's only fill in gaps.
QString updateSql(bool olderSnapshot)
{
    auto keep = [olderSnapshot](const char *column) {
        const QString c = QString::fromLatin1(column);
        return olderSnapshot ? u"%1 = coalesce(%1, ?)"_s.arg(c) : u"%1 = coalesce(?, %1)"_s.arg(c);
    };
    return u"UPDATE posts SET creator_id = ?, "_s % keep("creator_name") % u", "_s % keep("text") %
           u", tag_ids = ?, likes = ?, comments = ?, shares = ?, saves = ?, views = coalesce(?, views), "
           "created_at_ms = ?, approximate_time = ?, first_seen_ms = ?, updated_at_ms = ?, "_s %
           keep("region") % u", "_s % keep("url") % u", "_s % keep("language") % u", "_s % keep("raw_counts") %
           u", captured_at_ms = ? WHERE id = ?"_s;
}

} // namespace

Result<UpsertStats> PostWriter::upsert(const QSqlDatabase &db, const std::vector<Post> &batch)
{
    return upsert(db, PreparedBatch(batch));
}

Result<UpsertStats> PostWriter::upsert(const QSqlDatabase &db, const PreparedBatch &prepared)
{
    if (prepared.error())
        return *prepared.error();
    UpsertStats stats;
    if (prepared.rows().empty())
        return stats;
    stats.updated = prepared.duplicates();

    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    sqlite3 *handle = native.value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QHash<QString, qint64> platformCache;
    {
        const std::lock_guard lock(m_cacheMutex);
        platformCache = m_platformIds;
    }
    NameIds platformIds(u"platforms"_s, platformCache);
    SqliteStatement insertTagName;
    SqliteStatement selectTagName;
    SqliteStatement insertMany;
    SqliteStatement lastId;
    SqliteStatement existing;
    SqliteStatement update;
    SqliteStatement updateOlder;
    SqliteStatement deleteTag;
    SqliteStatement upsertSpelling;
    for (Status prepared :
         {platformIds.prepare(handle),
          insertTagName.prepare(handle, u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s),
          selectTagName.prepare(handle, u"SELECT id FROM tags WHERE name = ?"_s),
          insertMany.prepare(handle, insertSql(int(kPostsPerInsert))),
          lastId.prepare(handle, u"SELECT coalesce(max(id), 0) FROM posts"_s),
          existing.prepare(handle,
                           u"SELECT id, created_at_ms, approximate_time, first_seen_ms, tag_ids, captured_at_ms, "
                           "likes, comments, shares, saves, views FROM posts "
                           "WHERE platform_id = ? AND post_id = ?"_s),
          update.prepare(handle, updateSql(false)), updateOlder.prepare(handle, updateSql(true)),
          deleteTag.prepare(handle, u"DELETE FROM post_tags "
                                    "WHERE segment = ? AND tag_id = ? AND created_at_ms = ? AND post_row = ?"_s),
          upsertSpelling.prepare(handle, u"INSERT INTO tag_spellings (tag_id, spelling, posts, first_ms) "
                                         "VALUES (?, ?, ?, ?) ON CONFLICT (tag_id, spelling) DO UPDATE SET "
                                         "posts = posts + excluded.posts, first_ms = min(first_ms, excluded.first_ms)"_s)}) {
        if (!prepared)
            return prepared.error();
    }

    // Inside a caller's transaction (an import grouping several batches) the batch joins it; the
    // caller commits, or rolls back and discards this writer (its id caches would name ids that
    // were rolled back).
    const bool ownTransaction = sqlite3_get_autocommit(handle) != 0;
    SqlTransaction transaction(db);
    if (ownTransaction) {
        if (Status begun = transaction.begin(); !begun)
            return begun.error();
    }

    // Ids of the batch's platforms and distinct tag names: each looked up once per batch.
    std::vector<qint64> platformIdOf;
    platformIdOf.reserve(prepared.platforms().size());
    for (const QString &platform : prepared.platforms()) {
        auto id = platformIds.id(platform);
        if (!id)
            return id.error();
        platformIdOf.push_back(id.value());
    }
    const std::vector<PreparedBatch::TagName> &tagNames = prepared.tagNames();
    std::vector<std::int32_t> tagIdOf(tagNames.size(), -1);
    std::vector<std::size_t> freshTags;
    const auto tagBytes = [&prepared](const PreparedBatch::TagName &name) {
        return QByteArrayView(prepared.utf8() + name.begin, name.size);
    };
    {
        const std::lock_guard lock(m_cacheMutex);
        for (std::size_t i = 0; i < tagNames.size(); ++i) {
            const std::int32_t known = m_tagNames.find(0, tagBytes(tagNames[i]), tagNames[i].hash);
            if (known >= 0)
                tagIdOf[i] = m_tagIdOf[std::size_t(known)];
            else
                freshTags.push_back(i);
        }
    }
    for (std::size_t i : freshTags) {
        const QByteArrayView name = tagBytes(tagNames[i]);
        insertTagName.bindUtf8(1, name.data(), int(name.size()), false);
        if (Status inserted = insertTagName.run(); !inserted)
            return inserted.error();
        if (sqlite3_changes(handle) == 1) {
            tagIdOf[i] = static_cast<std::int32_t>(sqlite3_last_insert_rowid(handle));
            continue;
        }
        selectTagName.bindUtf8(1, name.data(), int(name.size()), false);
        auto row = selectTagName.step();
        if (!row || !row.value()) {
            selectTagName.reset();
            return row ? selectTagName.error(u"look up tags"_s) : row.error();
        }
        tagIdOf[i] = static_cast<std::int32_t>(selectTagName.int64(0));
        selectTagName.reset();
    }

    std::vector<TagRow> tagRows;
    tagRows.reserve(prepared.tagIndices().size());
    // Every post's tag ids, one post after the other (a post's tags are contiguous in tagIndices).
    std::vector<std::int32_t> ids;
    ids.reserve(prepared.tagIndices().size());
    for (std::int32_t index : prepared.tagIndices())
        ids.push_back(tagIdOf[std::size_t(index)]);
    QByteArray blobs;
    tagblob::encodeInto(ids, blobs);
    // How many of the posts stored by this batch wrote each (tag, spelling), and the earliest of them.
    std::vector<qint64> spellingPosts(prepared.spellings().size(), 0);
    std::vector<qint64> spellingFirstMs(prepared.spellings().size(), 0);
    const auto countSpelling = [&](std::uint32_t t, qint64 createdAtMs) {
        const auto s = std::size_t(prepared.tagSpellings()[t]);
        spellingFirstMs[s] = spellingPosts[s]++ == 0 ? createdAtMs : std::min(spellingFirstMs[s], createdAtMs);
    };
    const auto bindText = [&prepared](SqliteStatement &statement, int parameter, const PreparedBatch::Row &prow,
                                      PreparedBatch::Text text, bool emptyIsNull = true) {
        statement.bindUtf8(parameter, prepared.text(prow, text), prow.textSize[text], emptyIsNull);
    };
    // First seen: the source's own first-seen time, else this capture, else now.
    const auto firstSeenOf = [now](const Post &post) {
        return post.firstSeenMs.value_or(post.capturedAtMs.value_or(now));
    };

    // Binds the 20 values of a post after parameter `base`.
    const auto bindInsert = [&](SqliteStatement &insert, int base, const PreparedBatch::Row &prow) {
        const Post &post = *prow.post;
        insert.bind(base + 1, platformIdOf[std::size_t(prow.platform)]);
        bindText(insert, base + 2, prow, PreparedBatch::PostId, false);
        bindText(insert, base + 3, prow, PreparedBatch::CreatorId, false);
        bindText(insert, base + 4, prow, PreparedBatch::CreatorName);
        bindText(insert, base + 5, prow, PreparedBatch::Body);
        insert.bindBlobNoCopy(base + 6, blobs.constData() + 4 * prow.tagBegin, int(4 * (prow.tagEnd - prow.tagBegin)));
        insert.bind(base + 7, post.likes);
        insert.bind(base + 8, post.comments);
        insert.bind(base + 9, post.shares);
        insert.bind(base + 10, post.saves);
        if (post.views)
            insert.bind(base + 11, *post.views);
        else
            insert.bindNull(base + 11);
        insert.bind(base + 12, post.createdAtMs);
        insert.bind(base + 13, qint64(post.approximateTime));
        insert.bind(base + 14, firstSeenOf(post));
        insert.bind(base + 15, now);
        bindText(insert, base + 16, prow, PreparedBatch::Region);
        bindText(insert, base + 17, prow, PreparedBatch::Url);
        bindText(insert, base + 18, prow, PreparedBatch::Language);
        bindText(insert, base + 19, prow, PreparedBatch::RawCounts);
        if (post.capturedAtMs)
            insert.bind(base + 20, *post.capturedAtMs);
        else
            insert.bindNull(base + 20);
    };

    // A post already stored: merged with the stored row.
    QByteArray blob;
    const auto updateStored = [&](const PreparedBatch::Row &prow) -> Status {
        const Post &post = *prow.post;
        const std::vector<std::int32_t> postIds(ids.begin() + std::ptrdiff_t(prow.tagBegin),
                                                ids.begin() + std::ptrdiff_t(prow.tagEnd));
        existing.bind(1, platformIdOf[std::size_t(prow.platform)]);
        bindText(existing, 2, prow, PreparedBatch::PostId, false);
        auto found = existing.step();
        if (!found || !found.value()) {
            existing.reset();
            return found ? existing.error(u"read post %1/%2"_s.arg(post.platform, post.postId)) : found.error();
        }
        const qint64 row = existing.int64(0);
        const qint64 oldCreated = existing.int64(1);
        const bool oldApproximate = existing.int64(2) != 0;
        const qint64 oldFirstSeen = existing.int64(3);
        std::vector<std::int32_t> oldIds;
        tagblob::forEach(existing.blobData(4), existing.blobSize(4),
                         [&oldIds](std::int32_t id) { oldIds.push_back(id); });
        const std::optional<qint64> oldCaptured =
            existing.isNull(5) ? std::nullopt : std::optional<qint64>(existing.int64(5));
        // A snapshot older than the stored one keeps the stored counters (and texts).
        const bool older = olderSnapshot(post.capturedAtMs, oldCaptured);
        const qint64 counters[4] = {older ? existing.int64(6) : post.likes, older ? existing.int64(7) : post.comments,
                                    older ? existing.int64(8) : post.shares, older ? existing.int64(9) : post.saves};
        std::optional<qint64> views = post.views;
        if (older && !existing.isNull(10))
            views = existing.int64(10);
        std::optional<qint64> captured = oldCaptured ? oldCaptured : post.capturedAtMs;
        if (oldCaptured && post.capturedAtMs)
            captured = std::max(*oldCaptured, *post.capturedAtMs);
        existing.reset();

        const bool keepOldTime = post.approximateTime && !oldApproximate;
        const qint64 created = keepOldTime ? oldCreated : post.createdAtMs;
        const bool approximate = keepOldTime ? false : post.approximateTime;
        const std::vector<std::int32_t> &newIds = postIds.empty() ? oldIds : postIds;
        if (newIds != oldIds || created != oldCreated) {
            for (std::int32_t id : oldIds) {
                deleteTag.bind(1, postsegments::of(row));
                deleteTag.bind(2, qint64(id));
                deleteTag.bind(3, oldCreated);
                deleteTag.bind(4, row);
                if (Status deleted = deleteTag.run(); !deleted)
                    return deleted.error();
            }
            // Rows of this post still held back for a caller's transaction become stale.
            std::uint32_t generation = 0;
            if (!ownTransaction && !m_pendingTags.empty())
                generation = ++m_tagGeneration[row];
            for (std::int32_t id : newIds)
                tagRows.push_back({postsegments::of(row), id, created, row, generation});
        }
        // A tag the stored post did not have is one more post spelling it; a tag it had was counted.
        for (std::uint32_t t = prow.tagBegin; t < prow.tagEnd; ++t) {
            if (std::find(oldIds.begin(), oldIds.end(), ids[t]) == oldIds.end())
                countSpelling(t, created);
        }
        tagblob::encodeInto(newIds, blob);

        SqliteStatement &write = older ? updateOlder : update;
        bindText(write, 1, prow, PreparedBatch::CreatorId, false);
        bindText(write, 2, prow, PreparedBatch::CreatorName);
        bindText(write, 3, prow, PreparedBatch::Body);
        write.bindBlobNoCopy(4, blob.constData(), int(blob.size()));
        for (int c = 0; c < 4; ++c)
            write.bind(5 + c, counters[c]);
        if (views)
            write.bind(9, *views);
        else
            write.bindNull(9);
        write.bind(10, created);
        write.bind(11, qint64(approximate));
        write.bind(12, std::min(oldFirstSeen, firstSeenOf(post)));
        write.bind(13, now);
        bindText(write, 14, prow, PreparedBatch::Region);
        bindText(write, 15, prow, PreparedBatch::Url);
        bindText(write, 16, prow, PreparedBatch::Language);
        bindText(write, 17, prow, PreparedBatch::RawCounts);
        if (captured)
            write.bind(18, *captured);
        else
            write.bindNull(18);
        write.bind(19, row);
        return write.run();
    };

    // Posts go in kPostsPerInsert at a time; a post already stored is skipped (OR IGNORE: the
    // identity is the only constraint the bound values can break) and then updated. New rows get
    // ids above every stored one, in the order of the VALUES (SQLite gives a row without an id
    // the largest id + 1), so when a whole chunk was inserted its ids follow from the last one;
    // otherwise each post's row is looked up, and the ones above the ids stored before the chunk
    // were inserted by it. (ON CONFLICT DO NOTHING or RETURNING would make a multi-row INSERT
    // slower than one row per statement.)
    const std::vector<PreparedBatch::Row> &rows = prepared.rows();
    qint64 storedBefore = 0; // every row id up to here existed before the current chunk
    {
        auto found = lastId.step();
        if (!found || !found.value()) {
            lastId.reset();
            return found ? lastId.error(u"read the last post id"_s) : found.error();
        }
        storedBefore = lastId.int64(0);
        lastId.reset();
    }
    SqliteStatement insertRest;
    std::vector<qint64> insertedRow;
    for (std::size_t chunk = 0; chunk < rows.size(); chunk += kPostsPerInsert) {
        const std::size_t count = std::min<std::size_t>(kPostsPerInsert, rows.size() - chunk);
        if (count < kPostsPerInsert) {
            if (Status ready = insertRest.prepare(handle, insertSql(int(count))); !ready)
                return ready.error();
        }
        SqliteStatement &insert = count == kPostsPerInsert ? insertMany : insertRest;
        for (std::size_t j = 0; j < count; ++j)
            bindInsert(insert, 20 * int(j), rows[chunk + j]);
        if (Status stored = insert.run(); !stored)
            return stored.error();
        const auto changed = std::size_t(sqlite3_changes(handle));
        insertedRow.assign(count, -1);
        if (changed == count) {
            const qint64 last = sqlite3_last_insert_rowid(handle);
            for (std::size_t j = 0; j < count; ++j)
                insertedRow[j] = last - qint64(count - 1 - j);
        } else if (changed > 0) {
            for (std::size_t j = 0; j < count; ++j) {
                const PreparedBatch::Row &prow = rows[chunk + j];
                existing.bind(1, platformIdOf[std::size_t(prow.platform)]);
                bindText(existing, 2, prow, PreparedBatch::PostId, false);
                auto found = existing.step();
                if (!found || !found.value()) {
                    existing.reset();
                    return found ? existing.error(u"read post %1/%2"_s.arg(prow.post->platform, prow.post->postId))
                                 : found.error();
                }
                if (existing.int64(0) > storedBefore)
                    insertedRow[j] = existing.int64(0);
                existing.reset();
            }
        }
        if (changed > 0)
            storedBefore = std::max(storedBefore, sqlite3_last_insert_rowid(handle));
        for (std::size_t j = 0; j < count; ++j) {
            const PreparedBatch::Row &prow = rows[chunk + j];
            const qint64 row = insertedRow[j];
            if (row < 0) {
                if (Status updated = updateStored(prow); !updated)
                    return updated.error();
                ++stats.updated;
                continue;
            }
            for (std::uint32_t t = prow.tagBegin; t < prow.tagEnd; ++t) {
                tagRows.push_back({postsegments::of(row), ids[t], prow.post->createdAtMs, row, 0});
                countSpelling(t, prow.post->createdAtMs);
            }
            ++stats.inserted;
        }
    }

    for (std::size_t s = 0; s < spellingPosts.size(); ++s) {
        if (spellingPosts[s] == 0)
            continue;
        const PreparedBatch::Spelling &spelling = prepared.spellings()[s];
        upsertSpelling.bind(1, qint64(tagIdOf[std::size_t(spelling.tag)]));
        upsertSpelling.bindUtf8(2, prepared.utf8() + spelling.begin, spelling.size, false);
        upsertSpelling.bind(3, spellingPosts[s]);
        upsertSpelling.bind(4, spellingFirstMs[s]);
        if (Status counted = upsertSpelling.run(); !counted)
            return counted.error();
    }

    if (ownTransaction) {
        if (Status stored = insertPostTagRows(handle, tagRows); !stored)
            return stored.error();
    } else {
        m_pendingTags.insert(m_pendingTags.end(), tagRows.begin(), tagRows.end());
    }
    if (ownTransaction) {
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }

    // Drop this batch's copy of the platform cache first, or the inserts below deep-copy it.
    platformCache = {};
    const std::lock_guard lock(m_cacheMutex);
    if (m_tagIdOf.size() > kMaxCachedTags) {
        m_tagNames = {};
        m_tagIdOf = {};
    }
    for (std::size_t i : freshTags) {
        if (std::size_t(m_tagNames.intern(0, tagBytes(tagNames[i]), tagNames[i].hash)) == m_tagIdOf.size())
            m_tagIdOf.push_back(tagIdOf[i]);
    }
    for (auto it = platformIds.fresh().cbegin(); it != platformIds.fresh().cend(); ++it)
        m_platformIds.insert(it.key(), it.value());
    return stats;
}

Status PostWriter::flushTags(const QSqlDatabase &db)
{
    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    if (!m_tagGeneration.empty()) {
        std::erase_if(m_pendingTags, [this](const TagRow &row) {
            const auto it = m_tagGeneration.find(row.postRow);
            return row.generation != (it == m_tagGeneration.end() ? 0 : it->second);
        });
    }
    Status stored = insertPostTagRows(native.value(), m_pendingTags);
    m_pendingTags = {};
    m_tagGeneration = {};
    return stored;
}
