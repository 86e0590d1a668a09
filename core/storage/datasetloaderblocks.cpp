// DatasetLoader's block road (see datasetloader.h): the span's hours from `hour_blocks`, the missing ones written
// from the rows first.
#include <map>
#include <memory>
#include <thread>
#include <utility>

#include <time.h>

#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>

#include "core/log/log.h"
#include "core/storage/changemarker.h"
#include "core/storage/database.h"
#include "core/storage/datasetloader.h"
#include "core/storage/hourblockassembler.h"
#include "core/storage/hourblocksink.h"
#include "core/storage/hourblocktable.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/windowlookups.h"

using namespace Qt::StringLiterals;
using windowlookups::PlatformRow;
using windowlookups::Platforms;

namespace {

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

} // namespace

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

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    Result<Platforms> wanted = windowlookups::readPlatforms(query, platforms);
    if (!wanted)
        return wanted.error();
    QStringList names;
    for (const PlatformRow &platform : wanted.value().wanted)
        names.append(platform.name);

    // The hours without a block: their rows, whole hours and every platform, written into one block per hour.
    // When no hour of the span has one (the first load after an import), the same pass makes the Dataset.
    std::map<qint64, QByteArray> built;
    if (!missing.empty()) {
        const bool noneStored = missing.size() == std::size_t(lastHour - firstHour + 1);
        const SpanFilter span{fromExclusiveMs, toInclusiveMs, wanted.value().rankOf, names};
        HourBlockSink sink;
        sink.hours.insert(missing.begin(), missing.end());
        Result<Dataset> rows = loadRows(db, missing.front() * hourblock::kHourMs - 1,
                                        missing.back() * hourblock::kHourMs + hourblock::kHourMs - 1, {}, &sink,
                                        noneStored ? &span : nullptr);
        if (!rows)
            return rows.error();
        sink.finish();
        Result<bool> stored = hourblocktable::store(m_database, readAt.value(), sink.built);
        if (!stored)
            gtlog::storage()->debug("hour blocks not stored: {}", stored.error().message);
        if (noneStored)
            return rows;
        built = std::move(sink.built);
        for (const auto &[hour, block] : built)
            sizes[hour] = block.size();
    }

    // Every hour of the span in order, from the blocks just built or the stored ones; a large span in
    // two halves of about equal bytes at once, the later half on a helper thread with its own connection.
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
    lower.expectBytes(total);
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
    // The tags' names are read on this thread's connection while a second thread merges the halves: the names go by
    // tags.id, so they do not wait for the merge's numbering.
    std::vector<std::int32_t> usedTags = lower.tagRowIds();
    usedTags.insert(usedTags.end(), upper.tagRowIds().begin(), upper.tagRowIds().end());
    std::thread merge;
    if (helper)
        merge = std::thread([&lower, &upper] { lower.absorb(upper); });
    Result<windowlookups::TagNames> tagNames = windowlookups::readTagNames(db, usedTags);
    if (merge.joinable())
        merge.join();
    std::thread release;
    const auto joinRelease = qScopeGuard([&release] {
        if (release.joinable())
            release.join();
    });
    // What is left of the upper half was allocated by the helper: freed on a thread of its own, from the helper's
    // malloc arena, while this one finishes the Dataset.
    if (helper)
        release = std::thread([left = std::move(upper)] {});
    if (!tagNames)
        return tagNames.error();
    gtlog::storage()->debug("window through hour blocks: {} hours ({} read from the rows), {} KB; CPU ms: "
                            "{:.0f} + {:.0f} on a second thread, tag names {:.0f}",
                            lastHour - firstHour + 1, missing.size(), total >> 10, lowerCpuMs, upperCpuMs,
                            threadCpuMs() - cpu);

    std::vector<std::int32_t> tagRowIds;
    Dataset data = lower.finish(tagRowIds);
    windowlookups::fillTagNames(tagNames.value(), tagRowIds, data);
    return data;
}
