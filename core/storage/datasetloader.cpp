#include "core/storage/datasetloader.h"

#include <algorithm>
#include <array>
#include <memory>

#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include "core/log/log.h"
#include "core/storage/blockcreators.h"
#include "core/storage/database.h"
#include "core/storage/hourblock.h"
#include "core/storage/hourblocksink.h"
#include "core/storage/hourblocktable.h"
#include "core/storage/postsegments.h"
#include "core/storage/scanpagecache.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/tagblob.h"
#include "core/storage/windowlookups.h"
#include "core/storage/windowrows.h"

using namespace Qt::StringLiterals;
using windowlookups::PlatformRow;
using windowlookups::Platforms;

namespace {

/// A row's place in the Dataset's order: created_at, platform rank, then post id.
struct SortKey
{
    qint64 createdAtMs = 0;
    std::int32_t platform = 0;
    std::uint32_t chunk : 1; ///< which reader read the row
    std::uint32_t row : 31;  ///< its index there
};

/// The most hours one load reads through blocks; a longer span (a load of everything) reads rows.
constexpr qint64 kMaxBlockHours = 24 * 93;

} // namespace

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
                // A damaged block is built again by the next load; any other failure (a block deleted by a write
                // meanwhile, a busy or read-only database) leaves the good blocks alone.
                if (blocks.error().code == hourblock::kDamaged)
                    (void)hourblocktable::drop(m_database, firstHour, lastHour);
            }
        }
    }
    Result<Dataset> rows = loadRows(native.value(), fromExclusiveMs, toInclusiveMs, platforms, nullptr);
    if (rows)
        rows.value().newestCreatedAtMs = newest.value().value_or(0);
    return rows;
}

Result<Dataset> DatasetLoader::loadRows(sqlite3 *native, qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                        const QStringList &platforms, HourBlockSink *sink,
                                        const SpanFilter *alsoDataset) const
{
    Dataset data;
    auto lastSegment = postsegments::last(native);
    if (!lastSegment)
        return lastSegment.error();
    const qint64 segments = lastSegment.value() ? *lastSegment.value() + 1 : 0;

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    Result<Platforms> platformRows = windowlookups::readPlatforms(query, platforms);
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
        return PostIds::lessUtf16(chunks[a.chunk].postIds.utf8(a.row), chunks[b.chunk].postIds.utf8(b.row));
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
    std::vector<std::pair<std::int32_t, std::int32_t>> latestName; ///< with a sink: per creator, (reader, name)
    if (!sink || alsoDataset) {
        data.posts.reserve(order.size());
        data.postIds.reserve(qsizetype(order.size()), chunks[0].postIds.byteSize() + chunks[1].postIds.byteSize());
        data.postTags.reserve(chunks[0].tagIds.size() + chunks[1].tagIds.size());
    }
    // Rows are visited in sorted order, which is random in memory: fetch a few posts ahead.
    constexpr std::size_t kAhead = 8;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k + kAhead < order.size()) {
            const SortKey &ahead = order[k + kAhead];
            const WindowRows::Row &row = chunks[ahead.chunk].rows[ahead.row];
            __builtin_prefetch(&row);
            __builtin_prefetch(chunks[ahead.chunk].postIds.utf8(ahead.row).data());
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
            out.postId = chunk.postIds.utf8(key.row);
            sink->add(out);
            // The rows also make the Dataset of a span inside them: those in it, of its platforms, ranked among those.
            if (!alsoDataset || row.createdAtMs <= alsoDataset->fromExclusiveMs ||
                row.createdAtMs > alsoDataset->toInclusiveMs)
                continue;
            const auto id = std::size_t(out.platformId);
            row.platform = id < alsoDataset->rankOf.size() ? alsoDataset->rankOf[id] : -1;
            if (row.platform < 0)
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
            data.platforms.append(sink ? alsoDataset->names[row.platform] : wanted[std::size_t(row.platform)].name);
        }
        post.platform = platform;

        std::int32_t &creator = creatorIndex[std::size_t(row.creator)];
        if (creator < 0) {
            creator = std::int32_t(data.creators.size());
            data.creators.append(QString::fromUtf8(lower.creators.bytes(row.creator)));
            const std::int32_t name = lower.names[std::size_t(row.creator)].name;
            data.creatorNames.append(name < 0 ? QString() : QString::fromUtf8(lower.nameTexts.bytes(name)));
            latestName.push_back({-1, -1});
        }
        post.creator = creator;
        if (sink && row.name >= 0) // names per row here: the newest kept post's name wins
            latestName[std::size_t(creator)] = {std::int32_t(key.chunk), row.name};

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
        data.postIds.appendFrom(chunk.postIds, key.row);
    }

    if (sink && !alsoDataset)
        return data; // empty: the posts went into blocks
    for (std::size_t c = 0; sink && c < latestName.size(); ++c) {
        const auto [reader, name] = latestName[c];
        if (name >= 0)
            data.creatorNames[qsizetype(c)] = QString::fromUtf8(chunks[std::size_t(reader)].nameTexts.bytes(name));
    }
    if (Status names = windowlookups::readTagNames(native, tagRowIds, data); !names)
        return names.error();
    return data;
}
