#include "core/service/importservice.h"

#include <QElapsedTimer>
#include <QThread>

#include "core/ingest/jsonposts.h"
#include "core/ingest/nativepostmapper.h"
#include "core/ingest/readfile.h"
#include "core/log/log.h"
#include "core/service/batchpipe.h"
#include "core/storage/ingestsession.h"
#include "core/storage/poststore.h"
#include "core/storage/preparedbatch.h"

using namespace Qt::StringLiterals;

ImportService::ImportService(std::shared_ptr<const PostStore> posts, IngestOptions options)
    : m_posts(std::move(posts)), m_options(std::move(options))
{
}

namespace {

/// Posts stored per transaction at most when batches queue up (see readIntoStorage).
constexpr qsizetype kMaxPostsPerCommit = 200000;

using ReadFn = std::function<Result<ImportReport>(const BatchSink &, const ReadProgressFn &)>;

/// Reads with `read` (readFile or readDevice) into storage: the part importFile() and
/// importDevice() share. Parsing runs on the calling thread; storing runs on its own thread with
/// its own ingest session, so the two overlap. Two batches in flight bound memory whatever the size.
Result<ImportReport> readIntoStorage(const std::shared_ptr<const PostStore> &posts, const QString &displayName,
                                     const ReadFn &read, const ImportService::ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();

    BatchPipe pipe(2);
    UpsertStats stored;
    std::optional<Error> storeError;
    std::unique_ptr<QThread> storer(QThread::create([&pipe, &stored, &storeError, posts] {
        // Whole batches are grouped into one transaction while the storer is behind the reader
        // (a batch is already waiting) up to kMaxPostsPerCommit posts: every commit writes each
        // b-tree page it dirtied into the WAL, and the identity index (platform, post_id) is keyed
        // at random, so any batch dirties nearly every one of its leaves: fewer commits write far
        // less. (The time indexes lead with the row-id segment and only grow at their end.) A
        // killed process still leaves whole batches; when the reader is the slow side (a
        // stream), each batch commits at once. On SQLite, WAL checkpoints run on the session's
        // checkpointer thread, not inside this thread's commits.
        const auto fail = [&](Error error) {
            storeError = std::move(error);
            pipe.stop();
        };
        auto opened = posts->openIngestSession();
        if (!opened)
            return fail(opened.error());
        IngestSession &session = *opened.value();
        bool inTransaction = false;
        qsizetype pending = 0;
        UpsertStats uncommitted;
        while (auto batch = pipe.pop()) {
            if (!inTransaction) {
                if (Status begun = session.begin(); !begun)
                    return fail(begun.error());
                inTransaction = true;
            }
            auto result = session.upsert(*batch);
            if (!result)
                return fail(result.error());
            uncommitted.inserted += result.value().inserted;
            uncommitted.updated += result.value().updated;
            pending += qsizetype(batch->size());
            pipe.recycle(std::move(*batch));
            batch.reset();
            if (pending >= kMaxPostsPerCommit || !pipe.hasWaiting()) {
                inTransaction = false;
                if (Status committed = session.commit(); !committed)
                    return fail(committed.error());
                pending = 0;
                stored.inserted += uncommitted.inserted;
                stored.updated += uncommitted.updated;
                uncommitted = {};
            }
        }
        if (inTransaction) {
            if (Status committed = session.commit(); !committed)
                return fail(committed.error());
            stored.inserted += uncommitted.inserted;
            stored.updated += uncommitted.updated;
        }
    }));
    storer->start();

    // Batches are made ready for storing here, on the reading thread: the storer only writes.
    const auto sink = [&pipe](std::vector<Post> &&batch) -> Status {
        if (!pipe.push(PreparedBatch(std::move(batch))))
            return Error{u"storage"_s, u"storing a batch failed; the import stopped"_s, {}};
        return Ok{};
    };
    const auto readProgress = [&progress](qint64 bytesRead, qint64 bytesTotal) {
        if (progress)
            progress(ImportProgress{bytesRead, bytesTotal});
    };

    Result<ImportReport> result = read(sink, readProgress);
    pipe.close();
    storer->wait();

    if (storeError) {
        gtlog::ingest()->error("{}: {}", displayName.toStdString(), storeError->message.toStdString());
        return *storeError;
    }
    if (!result)
        return result.error();

    ImportReport report = std::move(result).value();
    report.inserted = stored.inserted;
    // Storage counts a second copy of a post in the same file as an update; the summary tells the
    // two apart: copies merged within the file, and updates of posts stored before.
    report.updated = qMax<qint64>(0, stored.updated - report.duplicatesInFile);
    report.elapsedMs = timer.elapsed();
    gtlog::ingest()->info("{}: {} read, {} inserted, {} updated, {} rejected in {} ms ({})", displayName.toStdString(),
                          report.read, report.inserted, report.updated, report.rejected, report.elapsedMs,
                          report.format.toStdString());
    return report;
}

} // namespace

Result<ImportReport> ImportService::importFile(const QString &path, const ProgressFn &progress,
                                               const CancelToken &cancel) const
{
    return importFileWith(path, nullptr, QString(), progress, cancel);
}

Result<ImportReport> ImportService::importFileWith(const QString &path, std::shared_ptr<const ColumnMapping> mapping,
                                                   const QString &platform, const ProgressFn &progress,
                                                   const CancelToken &cancel) const
{
    IngestOptions options = m_options;
    if (mapping)
        options.mapping = std::move(mapping);
    if (!platform.trimmed().isEmpty())
        options.platform = platform.trimmed();
    return readIntoStorage(
        m_posts, path,
        [&](const BatchSink &sink, const ReadProgressFn &readProgress) {
            return readFile(path, options, sink, readProgress, cancel);
        },
        progress);
}

Result<ImportReport> ImportService::importDevice(QIODevice &device, const QString &displayName,
                                                 const ProgressFn &progress, const CancelToken &cancel) const
{
    const IngestOptions &options = m_options;
    return readIntoStorage(
        m_posts, displayName,
        [&](const BatchSink &sink, const ReadProgressFn &readProgress) {
            return readDevice(device, displayName, options, sink, readProgress, cancel);
        },
        progress);
}

Result<JsonIngestResult> ImportService::ingestJson(const QJsonArray &posts) const
{
    // One mapper per request: building it resolves ingest.naive_timezone, which is not free.
    Result<NativePostMapper> mapper = NativePostMapper::create(m_options);
    if (!mapper)
        return mapper.error();
    MappedJsonPosts mapped = mapJsonPosts(posts, mapper.value());
    std::vector<Post> &valid = mapped.valid;
    JsonIngestResult answer;
    answer.rejected = std::move(mapped.rejected);
    answer.accepted = static_cast<qint64>(valid.size());
    if (valid.empty())
        return answer;

    auto stored = m_posts->upsert(PreparedBatch(std::move(valid)));
    if (!stored)
        return stored.error();
    answer.inserted = stored.value().inserted;
    answer.updated = stored.value().updated;
    return answer;
}
