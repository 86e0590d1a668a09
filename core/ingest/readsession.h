#pragma once

#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QSet>
#include <QString>

#include "core/ingest/recordsink.h"
#include "core/ingest/timeparser.h"
#include "core/model/canceltoken.h"
#include "core/model/importreport.h"
#include "core/model/ingestoptions.h"
#include "core/model/post.h"
#include "core/model/result.h"

/// Receives the accepted posts, `IngestOptions::batchSize` at a time (the last batch may be
/// smaller). An error aborts the read and is returned by readFile().
using BatchSink = std::function<Status(std::vector<Post> &&batch)>;
/// Bytes consumed so far and the total (-1 when unknown, e.g. a network stream).
using ReadProgressFn = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;

/// The state one read shares with its Reader: options, the time parser, the report, the batch
/// on its way to the sink, progress and cancellation. Readers call accept() or reject() once per
/// record, so `read = accepted + rejected` holds by construction.
class ReadSession : public RecordSink
{
public:
    ReadSession(QString displayName, const IngestOptions &options, TimeParser times, BatchSink sink,
                ReadProgressFn progress, CancelToken cancel, qint64 bytesTotal);

    const IngestOptions &options() const { return m_options; }
    const TimeParser &times() const { return m_times; }
    const QString &displayName() const { return m_report.file; }

    /// Counts the post and queues it; sends a full batch to the sink, whose error is returned.
    Status accept(Post &&post) override;
    /// Counts a rejected record at `line` (1-based; 0 = unknown) and keeps its reason.
    void reject(qint64 line, const QString &field, const QString &reason, qint64 index = -1) override;
    using RecordSink::reject;

    /// Counts the current record under a more precise format than the reader's id (e.g.
    /// "zeeschuimer-tiktok" in a file that mixes platforms); records not counted so are listed under
    /// the reader's id by finish().
    void countFormat(const QString &format) override
    {
        ++m_report.perFormat[format];
        ++m_formatCounted;
    }

    /// Counts a comment and remembers its post, for "N comments of M posts" (ImportReport).
    void countComment(const QString &parentId) override;
    /// Lines of the file that could not be parsed at all (CsvParser::unreadLines()).
    void setUnreadLines(qint64 lines) { m_report.unreadLines = lines; }
    /// Names the column mapping the file is read with, for the report.
    void setMapping(const QString &name) { m_report.mapping = name; }

    /// True when the caller cancelled; the reader stops at the next record.
    bool cancelled() const { return m_cancel.cancelled(); }
    /// Reports progress, at most every 256 KiB so that a callback into a GUI stays cheap.
    void progress(qint64 bytesRead);

    /// Sends the last batch, fills the totals and timings, and hands the report over.
    Result<ImportReport> finish(const QString &format, qint64 bytesRead);

private:
    Status flush();

    IngestOptions m_options;
    TimeParser m_times;
    BatchSink m_sink;
    ReadProgressFn m_progress;
    CancelToken m_cancel;
    qint64 m_bytesTotal = -1;
    qint64 m_lastProgress = 0;
    qint64 m_formatCounted = 0; ///< records counted by countFormat()
    std::vector<Post> m_batch;
    QSet<QString> m_commentedPosts;
    QSet<size_t> m_seen; ///< 64-bit hashes of the (platform, post_id) accepted so far: in-file copies
    ImportReport m_report;
    QElapsedTimer m_timer;
};
