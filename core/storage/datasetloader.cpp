#include "core/storage/datasetloader.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <time.h>
#include <memory>

#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include "core/log/log.h"
#include "core/storage/blockcreators.h"
#include "core/storage/changemarker.h"
#include "core/storage/database.h"
#include "core/storage/hourblock.h"
#include "core/storage/hourblockassembler.h"
#include "core/storage/hourblocktable.h"
#include "core/storage/postsegments.h"
#include "core/storage/scanpagecache.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/tagblob.h"
#include "core/storage/windowrows.h"

using namespace Qt::StringLiterals;

namespace {

struct PlatformRow
{
    qint64 id = 0;
    QString name;
};

/// A row's place in the Dataset's order: created_at, platform rank, then post id.
struct SortKey
{
    qint64 createdAtMs = 0;
    std::int32_t platform = 0;
    std::uint32_t chunk : 1; ///< which reader read the row
    std::uint32_t row : 31;  ///< its index there
};

/// The platforms a load keeps, in name order (their rank is the Dataset's second sort key).
struct Platforms
{
    std::vector<PlatformRow> wanted;  ///< by rank
    std::vector<std::int32_t> rankOf; ///< platforms.id → rank, -1 = not wanted
};

Result<Platforms> readPlatforms(QSqlQuery &query, const QStringList &platforms)
{
    Platforms out;
    if (!query.exec(u"SELECT id, name FROM platforms"_s))
        return storage::sqlError(u"read platforms"_s, query);
    qint64 maxId = 0;
    while (query.next()) {
        PlatformRow row{query.value(0).toLongLong(), query.value(1).toString()};
        maxId = std::max(maxId, row.id);
        if (row.id >= 0 && (platforms.isEmpty() || platforms.contains(row.name)))
            out.wanted.push_back(std::move(row));
    }
    query.finish();
    std::sort(out.wanted.begin(), out.wanted.end(),
              [](const PlatformRow &a, const PlatformRow &b) { return a.name < b.name; });
    out.rankOf.assign(std::size_t(maxId) + 1, -1);
    for (std::size_t p = 0; p < out.wanted.size(); ++p)
        out.rankOf[std::size_t(out.wanted[p].id)] = std::int32_t(p);
    return out;
}

/// Fills `data.tags` (sized to `tagRowIds`) with the names of tags.id `tagRowIds[i]`: one range scan.
Status readTagNames(sqlite3 *db, const std::vector<std::int32_t> &tagRowIds, Dataset &data)
{
    data.tags.resize(qsizetype(tagRowIds.size()));
    if (tagRowIds.empty())
        return Ok{};
    const auto [minId, maxId] = std::minmax_element(tagRowIds.begin(), tagRowIds.end());
    std::vector<std::int32_t> indexOf(std::size_t(*maxId - *minId) + 1, -1);
    for (std::size_t i = 0; i < tagRowIds.size(); ++i)
        indexOf[std::size_t(tagRowIds[i] - *minId)] = std::int32_t(i);
    SqliteStatement tagNames;
    if (Status prepared = tagNames.prepare(db, u"SELECT id, name FROM tags WHERE id >= ? AND id <= ?"_s); !prepared)
        return prepared;
    tagNames.bind(1, qint64(*minId));
    tagNames.bind(2, qint64(*maxId));
    return tagNames.forEachRow([&] {
        const qint64 id = tagNames.int64(0);
        if (id >= *minId && id <= *maxId && indexOf[std::size_t(id - *minId)] >= 0)
            data.tags[indexOf[std::size_t(id - *minId)]] = tagNames.text(1);
    });
}

/// Appends the blocks of [firstHour, lastHour] to `into` in hour order: those in `built`, else the stored ones.
/// Every hour must have one: a block deleted since the load listed the hours (a write to its hour) is an error,
/// never a silent gap.
Status assembleHours(sqlite3 *db, qint64 firstHour, qint64 lastHour, const std::map<qint64, QByteArray> &built,
                     HourBlockAssembler &into)
{
    qint64 nextHour = firstHour;
    const auto gone = [&nextHour] {
        return Error{u"hour_block_gone"_s, u"hour block %1 deleted during the load"_s.arg(nextHour), {}};
    };
    const auto builtBefore = [&](qint64 hour) -> Status {
        for (auto b = built.lower_bound(nextHour); b != built.end() && b->first < hour; ++b) {
            if (b->first != nextHour)
                return gone();
            if (Status appended = into.append(b->second); !appended)
                return appended;
            nextHour = b->first + 1;
        }
        return Ok{};
    };
    Status walked = hourblocktable::forEachBlock(db, firstHour, lastHour, [&](qint64 hour, QByteArrayView block) {
        if (built.count(hour))
            return Status(Ok{});
        if (Status before = builtBefore(hour); !before)
            return before;
        if (hour != nextHour)
            return Status(gone());
        nextHour = hour + 1;
        return into.append(block);
    });
    if (!walked)
        return walked;
    if (Status rest = builtBefore(lastHour + 1); !rest)
        return rest;
    if (nextHour != lastHour + 1)
        return gone();
    return Ok{};
}

/// CPU time of the calling thread, for the debug log.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// The most hours one load reads through blocks; a longer span (a load of everything) reads rows.
constexpr qint64 kMaxBlockHours = 24 * 93;

} // namespace

/// The block road's use of the row road: the posts of the wanted hours, as they come out in the Dataset's order,
/// written into one block per hour (an hour with no posts gets an empty block), and no Dataset built.
struct DatasetLoader::BlockSink
{
    std::set<qint64> hours;               ///< the hours to write
    std::map<qint64, QByteArray> built;   ///< hour → block
    std::optional<qint64> current;        ///< the hour `writer` is writing
    hourblock::Writer writer;

    void add(const hourblock::Post &post)
    {
        const qint64 hour = hourblock::hourOf(post.createdAtMs);
        if (current != hour) {
            flush();
            current = hour;
        }
        if (hours.count(hour))
            writer.add(post);
    }
    void finish()
    {
        flush();
        for (const qint64 hour : hours) {
            if (!built.count(hour))
                built.emplace(hour, hourblock::Writer().finish());
        }
    }

private:
    void flush()
    {
        if (current && hours.count(*current))
            built[*current] = writer.finish();
        writer = hourblock::Writer();
        current.reset();
    }
};

Result<Dataset> DatasetLoader::load(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms) const
{
    auto native = SqliteStatement::nativeHandle(m_database.connection());
    if (!native)
        return native.error();
    auto newest = postsegments::newestCreatedAtMs(native.value());
    if (!newest)
        return newest.error();
    if (m_blocks && newest.value()) {
        // No post is newer than the newest: the span ends there for the blocks' purpose.
        const qint64 to = std::min(toInclusiveMs, *newest.value());
        if (fromExclusiveMs < to) {
            const qint64 firstHour = hourblock::hourOf(fromExclusiveMs + 1);
            const qint64 lastHour = hourblock::hourOf(to);
            if (lastHour - firstHour < kMaxBlockHours) {
                Result<Dataset> blocks =
                    loadThroughBlocks(native.value(), fromExclusiveMs, to, firstHour, lastHour, platforms);
                if (blocks) {
                    blocks.value().newestCreatedAtMs = *newest.value();
                    return blocks;
                }
                gtlog::storage()->warn("window load through hour blocks failed ({}); reading the posts table",
                                       blocks.error().message);
                (void)hourblocktable::drop(m_database, firstHour, lastHour);
            }
        }
    }
    Result<Dataset> rows = loadRows(native.value(), fromExclusiveMs, toInclusiveMs, platforms, nullptr);
    if (rows)
        rows.value().newestCreatedAtMs = newest.value().value_or(0);
    return rows;
}

Result<Dataset> DatasetLoader::loadThroughBlocks(sqlite3 *db, qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                                 qint64 firstHour, qint64 lastHour, const QStringList &platforms) const
{
    // Taken before any post is read: blocks built from what follows are stored only if no write came after it.
    Result<ChangeMarker> readAt = changemarker::read(db);
    if (!readAt)
        return readAt.error();
    Result<std::vector<hourblocktable::StoredHour>> present = hourblocktable::presentHours(db, firstHour, lastHour);
    if (!present)
        return present.error();
    std::vector<qint64> missing;
    std::map<qint64, qint64> sizes; ///< hour → block bytes, to split the span between two threads
    for (qint64 hour = firstHour, p = 0; hour <= lastHour; ++hour) {
        const std::vector<hourblocktable::StoredHour> &stored = present.value();
        while (std::size_t(p) < stored.size() && stored[std::size_t(p)].hour < hour)
            ++p;
        if (std::size_t(p) == stored.size() || stored[std::size_t(p)].hour != hour)
            missing.push_back(hour);
        else
            sizes[hour] = stored[std::size_t(p)].bytes;
    }

    // The hours without a block: their rows, whole hours and every platform, written into one block per hour.
    std::map<qint64, QByteArray> built;
    if (!missing.empty()) {
        BlockSink sink;
        sink.hours.insert(missing.begin(), missing.end());
        Result<Dataset> rows = loadRows(db, missing.front() * hourblock::kHourMs - 1,
                                        missing.back() * hourblock::kHourMs + hourblock::kHourMs - 1, {}, &sink);
        if (!rows)
            return rows.error();
        sink.finish();
        built = std::move(sink.built);
        for (const auto &[hour, block] : built)
            sizes[hour] = block.size();
        Result<bool> stored = hourblocktable::store(m_database, readAt.value(), built);
        if (!stored)
            gtlog::storage()->debug("hour blocks not stored: {}", stored.error().message);
    }

    // Every hour of the span in order, from the blocks just built or the stored ones; a large span in
    // two halves of about equal bytes at once, the later half on a helper thread with its own connection.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    Result<Platforms> wanted = readPlatforms(query, platforms);
    if (!wanted)
        return wanted.error();
    QStringList names;
    for (const PlatformRow &platform : wanted.value().wanted)
        names.append(platform.name);
    const auto assembler = [&] {
        return HourBlockAssembler(wanted.value().rankOf, names, fromExclusiveMs, toInclusiveMs);
    };
    qint64 total = 0;
    for (const auto &[hour, bytes] : sizes)
        total += bytes;
    qint64 lastOfFirstHalf = lastHour;
    if (total >= m_bytesForTwoReaders) {
        qint64 sum = 0;
        for (const auto &[hour, bytes] : sizes) {
            sum += bytes;
            if (sum * 2 >= total) {
                lastOfFirstHalf = hour;
                break;
            }
        }
    }
    HourBlockAssembler lower = assembler();
    HourBlockAssembler upper = assembler();
    Status upperRead = Ok{};
    double upperCpuMs = 0;
    std::unique_ptr<QThread> helper;
    if (lastOfFirstHalf < lastHour) {
        helper.reset(QThread::create([&] {
            const double start = threadCpuMs();
            auto handle = SqliteStatement::nativeHandle(m_database.connection());
            upperRead = handle ? assembleHours(handle.value(), lastOfFirstHalf + 1, lastHour, built, upper)
                               : Status(handle.error());
            upperCpuMs = threadCpuMs() - start;
        }));
        helper->start();
    }
    double cpu = threadCpuMs();
    const Status lowerRead = assembleHours(db, firstHour, lastOfFirstHalf, built, lower);
    const double lowerCpuMs = threadCpuMs() - std::exchange(cpu, threadCpuMs());
    if (helper)
        helper->wait();
    if (!lowerRead)
        return lowerRead.error();
    if (!upperRead)
        return upperRead.error();
    if (helper)
        lower.absorb(std::move(upper));
    gtlog::storage()->debug("window through hour blocks: {} hours ({} read from the rows), {} KB; CPU ms: "
                            "{:.0f} + {:.0f} on a second thread, merging {:.0f}",
                            lastHour - firstHour + 1, missing.size(), total >> 10, lowerCpuMs, upperCpuMs,
                            threadCpuMs() - cpu);

    std::vector<std::int32_t> tagRowIds;
    Dataset data = lower.finish(tagRowIds);
    if (Status tags = readTagNames(db, tagRowIds, data); !tags)
        return tags.error();
    return data;
}

Result<Dataset> DatasetLoader::loadRows(sqlite3 *native, qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                        const QStringList &platforms, BlockSink *sink) const
{
    Dataset data;
    auto lastSegment = postsegments::last(native);
    if (!lastSegment)
        return lastSegment.error();
    const qint64 segments = lastSegment.value() ? *lastSegment.value() + 1 : 0;

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    Result<Platforms> platformRows = readPlatforms(query, platforms);
    if (!platformRows)
        return platformRows.error();
    std::vector<PlatformRow> &wanted = platformRows.value().wanted;

    if (!query.exec(u"SELECT coalesce(max(id), 0), coalesce(min(id), 0) FROM posts"_s) || !query.next())
        return storage::sqlError(u"count posts"_s, query);
    const qint64 tableRows = query.value(0).toLongLong();
    const qint64 firstRow = query.value(1).toLongLong();
    query.finish();

    // Count the window first (index only): to choose between probing the table once per index
    // entry and one sequential scan of the whole table, which is faster when the window holds a
    // good part of the posts (the usual case for a desktop database), and to reserve memory.
    // Counting stops once a scan is decided; the rest is then extrapolated (only reserve uses it).
    SqliteStatement count;
    if (Status prepared = count.prepare(
            native, u"SELECT count(*) FROM posts WHERE "_s % postsegments::sqlExpression() %
                                u" = ?4 AND platform_id = ?1 AND created_at_ms > ?2 AND created_at_ms <= ?3"_s);
        !prepared) {
        return prepared.error();
    }
    qint64 expected = 0;
    bool scanTable = false;
    const qint64 pieces = segments * qint64(wanted.size());
    for (qint64 piece = 0; piece < pieces && !scanTable; ++piece) {
        count.bind(1, wanted[std::size_t(piece) % wanted.size()].id);
        count.bind(2, fromExclusiveMs);
        count.bind(3, toInclusiveMs);
        count.bind(4, piece / qint64(wanted.size()));
        auto counted = count.step();
        if (!counted)
            return counted.error();
        expected += count.int64(0);
        count.reset();
        scanTable = expected * 4 > tableRows;
        if (scanTable)
            expected = std::min(tableRows, expected * pieces / (piece + 1));
    }

    // Every row of the span is read once: by a scan of the table, or one index range per segment
    // and platform. A large span is split in two halves (by row id or segment) read at once, the
    // second on a helper thread with its own connection; then the rows of both are sorted together.
    WindowRead read;
    read.fromExclusiveMs = fromExclusiveMs;
    read.toInclusiveMs = toInclusiveMs;
    read.scanTable = scanTable;
    read.first = scanTable ? firstRow : 0;
    read.last = scanTable ? tableRows : segments - 1;
    for (const PlatformRow &platform : wanted)
        read.platformIds.push_back(platform.id);
    read.rankOf = std::move(platformRows.value().rankOf);
    read.rowNames = sink != nullptr;
    const bool split = expected >= m_rowsForTwoReaders && read.last > read.first;
    read.expectedRows = std::size_t(split ? expected / 2 + expected / 8 : expected);
    WindowRead upper = read;
    if (split) {
        read.last = read.first + (read.last - read.first) / 2;
        upper.first = read.last + 1;
    }
    std::array<WindowRows, 2> chunks;
    std::array<std::vector<SortKey>, 2> sorted;
    // Sort by created_at, platform, post id: the Dataset must not depend on insertion order.
    // Each reader sorts its own rows; the two runs are merged below.
    const auto byDatasetOrder = [&chunks](const SortKey &a, const SortKey &b) {
        if (a.createdAtMs != b.createdAtMs)
            return a.createdAtMs < b.createdAtMs;
        if (a.platform != b.platform)
            return a.platform < b.platform;
        return chunks[a.chunk].postIds[a.row] < chunks[b.chunk].postIds[b.row];
    };
    const auto sortChunk = [&chunks, &sorted, &byDatasetOrder](std::uint32_t c) {
        const std::vector<WindowRows::Row> &rows = chunks[c].rows;
        sorted[c].reserve(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            sorted[c].push_back({rows[i].createdAtMs, rows[i].platform, c, std::uint32_t(i)});
        std::sort(sorted[c].begin(), sorted[c].end(), byDatasetOrder);
    };
    Status upperRead = Ok{};
    std::unique_ptr<QThread> helper;
    if (split) {
        helper.reset(QThread::create([this, &upper, &chunks, &upperRead, &sortChunk] {
            // A scan gains nothing from a page cache; this connection ends with the thread.
            auto handle = SqliteStatement::nativeHandle(m_database.connection());
            if (handle) {
                const ScanPageCache scan(handle.value());
                upperRead = readWindowRows(handle.value(), upper, chunks[1]);
            } else {
                upperRead = handle.error();
            }
            if (upperRead)
                sortChunk(1);
        }));
        helper->start();
    }
    Status lowerRead = Ok{};
    {
        const ScanPageCache scan(native);
        lowerRead = readWindowRows(native, read, chunks[0]);
    }
    if (lowerRead)
        sortChunk(0);
    if (helper)
        helper->wait();
    if (!lowerRead)
        return lowerRead.error();
    if (!upperRead)
        return upperRead.error();
    WindowRows &lower = chunks[0];
    const WindowRows::StringMap upperStrings = lower.mergeStrings(chunks[1]);

    // Blocks name creators by number: every creator of these rows gets one (numbering the new) before any is written.
    std::vector<qint64> creatorNumbers;
    if (sink) {
        std::vector<std::pair<qint64, QByteArrayView>> creators;
        creators.reserve(lower.creators.size());
        for (std::size_t c = 0; c < lower.creators.size(); ++c) {
            const auto index = std::int32_t(c);
            creators.emplace_back(wanted[std::size_t(lower.creators.group(index))].id, lower.creators.bytes(index));
        }
        Result<std::vector<qint64>> numbered = blockcreators::numbers(m_database, creators);
        if (!numbered)
            return numbered.error();
        creatorNumbers = std::move(numbered).value();
    }

    std::vector<SortKey> order(sorted[0].size() + sorted[1].size());
    std::merge(sorted[0].begin(), sorted[0].end(), sorted[1].begin(), sorted[1].end(), order.begin(), byDatasetOrder);
    sorted = {};

    // Number strings in sorted order of first appearance.
    std::vector<std::int32_t> platformIndex(wanted.size(), -1);
    std::vector<std::int32_t> creatorIndex(lower.creators.size(), -1);
    std::vector<std::int32_t> regionIndex(lower.regions.size(), -1);
    std::vector<std::int32_t> tagIndex;  ///< tags.id → dataset index, -1 = not yet seen
    std::vector<std::int32_t> tagRowIds; ///< dataset index → tags.id
    hourblock::Post blockPost; ///< with a sink
    QByteArray blockPostId;
    if (!sink) {
        data.posts.reserve(order.size());
        data.postIds.reserve(qsizetype(order.size()));
        data.postTags.reserve(chunks[0].tagIds.size() + chunks[1].tagIds.size());
    }
    // Rows are visited in sorted order, which is random in memory: fetch a few posts ahead.
    constexpr std::size_t kAhead = 8;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k + kAhead < order.size()) {
            const SortKey &ahead = order[k + kAhead];
            const WindowRows::Row &row = chunks[ahead.chunk].rows[ahead.row];
            __builtin_prefetch(&row);
            __builtin_prefetch(&chunks[ahead.chunk].postIds[ahead.row]);
            __builtin_prefetch(chunks[ahead.chunk].tagIds.data() + row.tagBegin);
        }
        const SortKey &key = order[k];
        WindowRows &chunk = chunks[key.chunk];
        WindowRows::Row row = chunk.rows[key.row];
        if (key.chunk != 0) {
            row.creator = upperStrings.creators[std::size_t(row.creator)];
            if (row.region >= 0)
                row.region = upperStrings.regions[std::size_t(row.region)];
        }
        if (sink) {
            // Strings straight from the readers' UTF-8 (creators and regions merged into the lower reader's; names
            // per reader, each post its own); the key of a string is its index there.
            hourblock::Post &out = blockPost;
            out.rowId = row.rowId;
            out.createdAtMs = row.createdAtMs;
            out.likes = row.likes;
            out.comments = row.comments;
            out.shares = row.shares;
            out.saves = row.saves;
            out.views = row.views;
            out.approximateTime = row.approximateTime;
            out.platformId = wanted[std::size_t(row.platform)].id;
            out.creatorKey = row.creator;
            out.creatorNumber = creatorNumbers[std::size_t(row.creator)];
            out.creator = lower.creators.bytes(row.creator);
            out.regionKey = row.region;
            out.region = row.region < 0 ? QByteArrayView() : lower.regions.bytes(row.region);
            out.nameKey = row.name < 0 ? -1 : (qint64(key.chunk) << 32) | row.name;
            out.creatorName = row.name < 0 ? QByteArrayView() : chunk.nameTexts.bytes(row.name);
            out.tagIds.clear();
            for (std::uint32_t t = row.tagBegin; t < row.tagBegin + row.tagCount; ++t) {
                if (chunk.tagIds[t] >= 0)
                    out.tagIds.push_back(chunk.tagIds[t]);
            }
            blockPostId = chunk.postIds[key.row].toUtf8();
            out.postId = blockPostId;
            sink->add(out);
            continue;
        }
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
            data.creators.append(QString::fromUtf8(lower.creators.bytes(row.creator)));
            const std::int32_t name = lower.names[std::size_t(row.creator)].name;
            data.creatorNames.append(name < 0 ? QString() : QString::fromUtf8(lower.nameTexts.bytes(name)));
        }
        post.creator = creator;

        if (row.region >= 0) {
            std::int32_t &region = regionIndex[std::size_t(row.region)];
            if (region < 0) {
                region = std::int32_t(data.regions.size());
                data.regions.append(QString::fromUtf8(lower.regions.bytes(row.region)));
            }
            post.region = region;
        }

        post.tagBegin = std::uint32_t(data.postTags.size());
        for (std::uint32_t t = row.tagBegin; t < row.tagBegin + row.tagCount; ++t) {
            const std::int32_t id = chunk.tagIds[t];
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
        data.postIds.append(std::move(chunk.postIds[key.row]));
    }

    if (sink)
        return data; // empty: the posts went into blocks
    if (Status names = readTagNames(native, tagRowIds, data); !names)
        return names.error();
    return data;
}
