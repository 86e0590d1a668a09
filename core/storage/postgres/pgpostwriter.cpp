#include "core/storage/postgres/pgpostwriter.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

#include <QDateTime>

#include "core/storage/postgres/pgconnection.h"
#include "core/storage/postgres/pgpartitions.h"
#include "core/storage/preparedbatch.h"
#include "core/storage/tagblob.h"

using namespace Qt::StringLiterals;

namespace {

/// A stored post as the merge needs it.
struct Stored
{
    qint64 id = 0;
    qint64 createdAtMs = 0;
    bool approximate = false;
    qint64 firstSeenMs = 0;
    std::vector<std::int32_t> tagIds;
    std::optional<qint64> capturedAtMs;
    qint64 counters[4] = {};
    std::optional<qint64> views;
    /// creator_name, text, region, url, language, raw_counts; nullopt = NULL.
    std::optional<QByteArray> texts[6];
};

/// The row a post is written as.
struct Final
{
    qint64 id = 0;
    std::size_t row = 0; ///< into the batch's rows
    const Stored *stored = nullptr;
    std::vector<std::int32_t> tagIds;
    qint64 counters[4] = {};
    std::optional<qint64> views;
    qint64 createdAtMs = 0;
    bool approximate = false;
    qint64 firstSeenMs = 0;
    std::optional<qint64> capturedAtMs;
    std::optional<QByteArray> texts[6];
};

constexpr PreparedBatch::Text kKeptTexts[6] = {PreparedBatch::CreatorName, PreparedBatch::Body,
                                               PreparedBatch::Region,      PreparedBatch::Url,
                                               PreparedBatch::Language,    PreparedBatch::RawCounts};

QString identityKey(qint64 platformId, const QByteArray &postId)
{
    return QString::number(platformId) + u'\x1f' + QString::fromUtf8(postId);
}

/// Ids of `names` in `table` (platforms or tags), adding the missing names; `cache` keeps them.
Status resolveNames(PgConnection &connection, const char *table, const QStringList &names,
                    QHash<QString, qint64> &cache)
{
    QStringList missing;
    for (const QString &name : names) {
        if (!cache.contains(name))
            missing.append(name);
    }
    if (missing.isEmpty())
        return Ok{};
    const QString t = QString::fromLatin1(table);
    auto inserted = connection.query(u"INSERT INTO %1 (name) SELECT DISTINCT unnest($1::text[]) ORDER BY 1 "
                                     "ON CONFLICT (name) DO NOTHING"_s.arg(t),
                                     PgParams().addTextArray(missing), u"add %1"_s.arg(t));
    if (!inserted)
        return inserted.error();
    auto rows = connection.query(u"SELECT id::bigint, name FROM %1 WHERE name = ANY($1::text[])"_s.arg(t),
                                 PgParams().addTextArray(missing), u"look up %1"_s.arg(t));
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows.value().rows(); ++r)
        cache.insert(rows.value().text(r, 1), rows.value().int64(r, 0));
    return Ok{};
}

std::optional<QByteArray> nullableText(const PreparedBatch &batch, const PreparedBatch::Row &row,
                                       PreparedBatch::Text text)
{
    if (row.textSize[text] == 0)
        return std::nullopt;
    return QByteArray(batch.text(row, text), row.textSize[text]);
}

} // namespace

void PgPostWriter::committed()
{
    m_knownDays.insert(m_createdDays.begin(), m_createdDays.end());
    m_createdDays.clear();
}

void PgPostWriter::rolledBack()
{
    m_platformIds.clear();
    m_tagIds.clear();
    m_createdDays.clear();
    m_daysLoaded = false;
    m_knownDays.clear();
}

Status PgPostWriter::ensurePartitions(PgConnection &connection, const std::set<qint64> &days)
{
    if (!m_daysLoaded) {
        auto have = pgpartitions::existing(connection);
        if (!have)
            return have.error();
        m_knownDays = std::move(have).value();
        m_daysLoaded = true;
    }
    std::set<qint64> wanted;
    for (qint64 day : days) {
        if (!m_knownDays.contains(day) && !m_createdDays.contains(day))
            wanted.insert(day);
    }
    if (wanted.empty())
        return Ok{};
    // Ahead of need: the day after the newest one asked for, so that ingest at midnight finds it.
    wanted.insert(*wanted.rbegin() + 1);
    if (Status made = pgpartitions::create(connection, wanted); !made)
        return made;
    m_createdDays.insert(wanted.begin(), wanted.end());
    if (m_retentionDays > 0) {
        const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(m_retentionDays) * pgpartitions::kDayMs;
        auto dropped = pgpartitions::dropBefore(connection, cutoff, days);
        if (!dropped)
            return dropped.error();
        if (dropped.value() > 0) {
            m_daysLoaded = false; // re-read: some known days went
            m_knownDays.clear();
        }
    }
    return Ok{};
}

Result<UpsertStats> PgPostWriter::upsert(PgConnection &connection, const PreparedBatch &prepared)
{
    if (prepared.error())
        return *prepared.error();
    UpsertStats stats;
    const std::vector<PreparedBatch::Row> &rows = prepared.rows();
    if (rows.empty())
        return stats;
    stats.updated = prepared.duplicates();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Ids of the batch's platforms and tags.
    QStringList platformNames(prepared.platforms().begin(), prepared.platforms().end());
    if (Status resolved = resolveNames(connection, "platforms", platformNames, m_platformIds); !resolved)
        return resolved.error();
    std::vector<qint64> platformIdOf;
    for (const QString &name : prepared.platforms())
        platformIdOf.push_back(m_platformIds.value(name));
    QStringList tagNames;
    tagNames.reserve(qsizetype(prepared.tagNames().size()));
    for (const PreparedBatch::TagName &tag : prepared.tagNames())
        tagNames.append(QString::fromUtf8(prepared.utf8() + tag.begin, tag.size));
    if (m_tagIds.size() > 1000000)
        m_tagIds.clear();
    if (Status resolved = resolveNames(connection, "tags", tagNames, m_tagIds); !resolved)
        return resolved.error();
    std::vector<std::int32_t> tagIdOf;
    tagIdOf.reserve(std::size_t(tagNames.size()));
    for (const QString &name : std::as_const(tagNames))
        tagIdOf.push_back(std::int32_t(m_tagIds.value(name)));
    const auto tagsOf = [&](const PreparedBatch::Row &row) {
        std::vector<std::int32_t> ids;
        for (std::uint32_t t = row.tagBegin; t < row.tagEnd; ++t)
            ids.push_back(tagIdOf[std::size_t(prepared.tagIndices()[t])]);
        return ids;
    };

    // 1. Identities: new ones claimed in batch order, stored ones locked. The batch goes as three arrays (a
    // staging table cost a COPY and a TRUNCATE per batch: 8 % of the database's time in a REST ingest).
    std::vector<qint64> identityPlatforms;
    std::vector<qint64> identityTimes;
    QStringList identityPosts;
    identityPlatforms.reserve(rows.size());
    identityTimes.reserve(rows.size());
    identityPosts.reserve(qsizetype(rows.size()));
    for (const PreparedBatch::Row &row : rows) {
        identityPlatforms.push_back(platformIdOf[std::size_t(row.platform)]);
        identityPosts.append(QString::fromUtf8(prepared.text(row, PreparedBatch::PostId), row.textSize[PreparedBatch::PostId]));
        identityTimes.push_back(row.post->createdAtMs);
    }
    auto claimed = connection.prepared(
        "identity_claim",
        u"INSERT INTO post_identity (platform_id, post_id, created_at_ms) "
        "SELECT p, i, c FROM unnest($1::integer[], $2::text[], $3::bigint[]) WITH ORDINALITY AS s(p, i, c, ord) "
        "ORDER BY ord ON CONFLICT (platform_id, post_id) DO NOTHING RETURNING id, platform_id::bigint, post_id"_s,
        PgParams().addIntArray(identityPlatforms).addTextArray(identityPosts).addIntArray(identityTimes),
        u"claim identities"_s);
    if (!claimed)
        return claimed.error();
    QHash<QString, qint64> newIds;
    for (int r = 0; r < claimed.value().rows(); ++r)
        newIds.insert(identityKey(claimed.value().int64(r, 1), claimed.value().bytes(r, 2)), claimed.value().int64(r, 0));

    std::vector<Stored> stored;
    std::vector<std::int32_t> storedOf(rows.size(), -1);
    if (std::size_t(newIds.size()) < rows.size()) {
        auto found = connection.prepared(
            "identity_stored",
            u"SELECT s.ord - 1, p.id, p.created_at_ms, p.approximate_time, p.first_seen_ms, p.tag_ids, "
            "p.captured_at_ms, p.likes, p.comments, p.shares, p.saves, p.views, p.creator_name, p.text, p.region, "
            "p.url, p.language, p.raw_counts "
            "FROM unnest($1::integer[], $2::text[]) WITH ORDINALITY AS s(platform_id, post_id, ord) "
            "JOIN post_identity i ON i.platform_id = s.platform_id AND i.post_id = s.post_id COLLATE \"C\" "
            "JOIN posts p ON p.created_at_ms = i.created_at_ms AND p.id = i.id "
            "ORDER BY i.id FOR UPDATE OF i"_s,
            PgParams().addIntArray(identityPlatforms).addTextArray(identityPosts), u"read stored posts"_s);
        if (!found)
            return found.error();
        const PgResult &f = found.value();
        for (int r = 0; r < f.rows(); ++r) {
            const auto ord = std::size_t(f.int64(r, 0));
            const PreparedBatch::Row &row = rows[ord];
            if (newIds.contains(identityKey(platformIdOf[std::size_t(row.platform)],
                                            QByteArray(prepared.text(row, PreparedBatch::PostId),
                                                       row.textSize[PreparedBatch::PostId]))))
                continue;
            Stored s;
            s.id = f.int64(r, 1);
            s.createdAtMs = f.int64(r, 2);
            s.approximate = f.int64(r, 3) != 0;
            s.firstSeenMs = f.int64(r, 4);
            tagblob::forEach(f.data(r, 5), f.size(r, 5), [&s](std::int32_t id) { s.tagIds.push_back(id); });
            if (!f.isNull(r, 6))
                s.capturedAtMs = f.int64(r, 6);
            for (int c = 0; c < 4; ++c)
                s.counters[c] = f.int64(r, 7 + c);
            if (!f.isNull(r, 11))
                s.views = f.int64(r, 11);
            for (int t = 0; t < 6; ++t) {
                if (!f.isNull(r, 12 + t))
                    s.texts[t] = f.bytes(r, 12 + t);
            }
            storedOf[ord] = std::int32_t(stored.size());
            stored.push_back(std::move(s));
        }
    }

    // 2. The rows to write: new posts as they come, stored ones merged (PostRepository::upsert's rules).
    const auto firstSeenOf = [now](const Post &post) { return post.firstSeenMs.value_or(post.capturedAtMs.value_or(now)); };
    std::vector<Final> finals;
    finals.reserve(rows.size());
    std::vector<qint64> spellingPosts(prepared.spellings().size(), 0);
    std::vector<qint64> spellingFirstMs(prepared.spellings().size(), 0);
    const auto countSpelling = [&](std::uint32_t t, qint64 createdAtMs) {
        const auto s = std::size_t(prepared.tagSpellings()[t]);
        spellingFirstMs[s] = spellingPosts[s]++ == 0 ? createdAtMs : std::min(spellingFirstMs[s], createdAtMs);
    };
    std::vector<qint64> oldIds;
    std::vector<qint64> oldCreated;
    std::vector<qint64> oldTagIds; ///< with oldTagCreated and oldTagRows: the stored posts' tag rows
    std::vector<qint64> oldTagCreated;
    std::vector<qint64> oldTagRows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const PreparedBatch::Row &row = rows[i];
        const Post &post = *row.post;
        Final f;
        f.row = i;
        std::vector<std::int32_t> batchTags = tagsOf(row);
        if (storedOf[i] < 0) {
            const QString key = identityKey(platformIdOf[std::size_t(row.platform)],
                                            QByteArray(prepared.text(row, PreparedBatch::PostId),
                                                       row.textSize[PreparedBatch::PostId]));
            const auto it = newIds.constFind(key);
            if (it == newIds.constEnd())
                return Error{u"storage"_s, u"post %1/%2: identity neither new nor stored (retry)"_s.arg(post.platform, post.postId), {}};
            f.id = it.value();
            f.tagIds = std::move(batchTags);
            f.counters[0] = post.likes;
            f.counters[1] = post.comments;
            f.counters[2] = post.shares;
            f.counters[3] = post.saves;
            f.views = post.views;
            f.createdAtMs = post.createdAtMs;
            f.approximate = post.approximateTime;
            f.firstSeenMs = firstSeenOf(post);
            f.capturedAtMs = post.capturedAtMs;
            for (int t = 0; t < 6; ++t)
                f.texts[t] = nullableText(prepared, row, kKeptTexts[t]);
            for (std::uint32_t t = row.tagBegin; t < row.tagEnd; ++t)
                countSpelling(t, post.createdAtMs);
            ++stats.inserted;
        } else {
            const Stored &s = stored[std::size_t(storedOf[i])];
            f.id = s.id;
            f.stored = &s;
            // A snapshot older than the stored one keeps the stored counters (and texts).
            const bool older = olderSnapshot(post.capturedAtMs, s.capturedAtMs);
            const qint64 incoming[4] = {post.likes, post.comments, post.shares, post.saves};
            for (int c = 0; c < 4; ++c)
                f.counters[c] = older ? s.counters[c] : incoming[c];
            std::optional<qint64> views = post.views;
            if (older && s.views)
                views = s.views;
            f.views = views ? views : s.views;
            f.capturedAtMs = s.capturedAtMs ? s.capturedAtMs : post.capturedAtMs;
            if (s.capturedAtMs && post.capturedAtMs)
                f.capturedAtMs = std::max(*s.capturedAtMs, *post.capturedAtMs);
            const bool keepOldTime = post.approximateTime && !s.approximate;
            f.createdAtMs = keepOldTime ? s.createdAtMs : post.createdAtMs;
            f.approximate = keepOldTime ? false : post.approximateTime;
            f.tagIds = batchTags.empty() ? s.tagIds : batchTags;
            for (std::uint32_t t = row.tagBegin; t < row.tagEnd; ++t) {
                const std::int32_t id = tagIdOf[std::size_t(prepared.tagIndices()[t])];
                if (std::find(s.tagIds.begin(), s.tagIds.end(), id) == s.tagIds.end())
                    countSpelling(t, f.createdAtMs);
            }
            f.firstSeenMs = std::min(s.firstSeenMs, firstSeenOf(post));
            for (int t = 0; t < 6; ++t) {
                const std::optional<QByteArray> mine = nullableText(prepared, row, kKeptTexts[t]);
                f.texts[t] = older ? (s.texts[t] ? s.texts[t] : mine) : (mine ? mine : s.texts[t]);
            }
            oldIds.push_back(s.id);
            oldCreated.push_back(s.createdAtMs);
            for (std::int32_t tag : s.tagIds) {
                oldTagIds.push_back(tag);
                oldTagCreated.push_back(s.createdAtMs);
                oldTagRows.push_back(s.id);
            }
            ++stats.updated;
        }
        finals.push_back(std::move(f));
    }

    // The stored posts' old rows go; a post whose time moved keeps its identity, filed under the new time.
    if (!oldIds.empty()) {
        auto deleted = connection.prepared(
            "posts_delete",
            u"DELETE FROM posts p USING unnest($1::bigint[], $2::bigint[]) AS d(id, c) "
            "WHERE p.created_at_ms = d.c AND p.id = d.id"_s,
            PgParams().addIntArray(oldIds).addIntArray(oldCreated), u"replace stored posts"_s);
        if (!deleted)
            return deleted.error();
        if (!oldTagIds.empty()) {
            auto untagged = connection.prepared(
                "post_tags_delete",
                u"DELETE FROM post_tags t USING unnest($1::integer[], $2::bigint[], $3::bigint[]) AS d(tag, c, id) "
                "WHERE t.tag_id = d.tag AND t.created_at_ms = d.c AND t.post_row = d.id"_s,
                PgParams().addIntArray(oldTagIds).addIntArray(oldTagCreated).addIntArray(oldTagRows),
                u"replace stored tag rows"_s);
            if (!untagged)
                return untagged.error();
        }
        // Every stored post written again names this transaction (changesSince) and its (new) time.
        std::vector<qint64> storedIds;
        std::vector<qint64> storedTo;
        for (const Final &f : finals) {
            if (f.stored) {
                storedIds.push_back(f.id);
                storedTo.push_back(f.createdAtMs);
            }
        }
        auto touched = connection.prepared(
            "identity_touch",
            u"UPDATE post_identity i SET created_at_ms = d.c, writer_xid = pg_current_xact_id() "
            "FROM unnest($1::bigint[], $2::bigint[]) AS d(id, c) WHERE i.id = d.id"_s,
            PgParams().addIntArray(storedIds).addIntArray(storedTo), u"move posts"_s);
        if (!touched)
            return touched.error();
    }

    // 3. The partitions the rows need, then the rows.
    std::set<qint64> days;
    for (const Final &f : finals)
        days.insert(pgpartitions::dayOf(f.createdAtMs));
    if (Status ready = ensurePartitions(connection, days); !ready)
        return ready.error();
    PgCopyBuffer posts;
    PgCopyBuffer tagRows;
    QByteArray blob;
    for (const Final &f : finals) {
        const PreparedBatch::Row &row = rows[f.row];
        const Post &post = *row.post;
        posts.beginRow(21);
        posts.add(f.id);
        posts.addInt32(qint32(platformIdOf[std::size_t(row.platform)]));
        posts.addText(prepared.text(row, PreparedBatch::PostId), row.textSize[PreparedBatch::PostId], false);
        posts.addText(prepared.text(row, PreparedBatch::CreatorId), row.textSize[PreparedBatch::CreatorId], false);
        const auto addKept = [&posts, &f](int t) {
            if (f.texts[t])
                posts.addBytes(f.texts[t]->constData(), int(f.texts[t]->size()));
            else
                posts.addNull();
        };
        addKept(0); // creator_name
        addKept(1); // text
        tagblob::encodeInto(f.tagIds, blob);
        posts.addBytes(blob.constData(), int(blob.size()));
        for (qint64 counter : f.counters)
            posts.add(counter);
        if (f.views)
            posts.add(*f.views);
        else
            posts.addNull();
        posts.add(f.createdAtMs);
        posts.addBool(f.approximate);
        posts.add(f.firstSeenMs);
        posts.add(now);
        for (int t = 2; t < 6; ++t)
            addKept(t); // region, url, language, raw_counts
        if (f.capturedAtMs)
            posts.add(*f.capturedAtMs);
        else
            posts.addNull();
        for (std::int32_t tag : f.tagIds) {
            tagRows.beginRow(3);
            tagRows.addInt32(tag);
            tagRows.add(f.createdAtMs);
            tagRows.add(f.id);
        }
        (void)post;
    }
    if (Status copied = connection.copy(
            u"COPY posts (id, platform_id, post_id, creator_id, creator_name, text, tag_ids, likes, comments, shares, "
            "saves, views, created_at_ms, approximate_time, first_seen_ms, updated_at_ms, region, url, language, "
            "raw_counts, captured_at_ms) FROM STDIN (FORMAT binary)"_s,
            posts, u"write posts"_s);
        !copied)
        return copied.error();
    if (tagRows.rows() > 0) {
        if (Status copied = connection.copy(u"COPY post_tags (tag_id, created_at_ms, post_row) FROM STDIN (FORMAT binary)"_s,
                                            tagRows, u"write tag rows"_s);
            !copied)
            return copied.error();
    }

    // Spellings: how many stored posts wrote each (tag, spelling), and the earliest.
    std::vector<qint64> spellingTags;
    QStringList spellingTexts;
    std::vector<qint64> spellingCounts;
    std::vector<qint64> spellingFirsts;
    for (std::size_t s = 0; s < spellingPosts.size(); ++s) {
        if (spellingPosts[s] == 0)
            continue;
        const PreparedBatch::Spelling &spelling = prepared.spellings()[s];
        spellingTags.push_back(tagIdOf[std::size_t(spelling.tag)]);
        spellingTexts.append(QString::fromUtf8(prepared.utf8() + spelling.begin, spelling.size));
        spellingCounts.push_back(spellingPosts[s]);
        spellingFirsts.push_back(spellingFirstMs[s]);
    }
    if (!spellingTags.empty()) {
        auto counted = connection.prepared(
            "spellings_upsert",
            u"INSERT INTO tag_spellings (tag_id, spelling, posts, first_ms) "
            "SELECT * FROM unnest($1::integer[], $2::text[], $3::bigint[], $4::bigint[]) ORDER BY 1, 2 "
            "ON CONFLICT (tag_id, spelling) DO UPDATE SET posts = tag_spellings.posts + excluded.posts, "
            "first_ms = least(tag_spellings.first_ms, excluded.first_ms)"_s,
            PgParams().addIntArray(spellingTags).addTextArray(spellingTexts).addIntArray(spellingCounts).addIntArray(
                spellingFirsts),
            u"count spellings"_s);
        if (!counted)
            return counted.error();
    }
    return stats;
}
