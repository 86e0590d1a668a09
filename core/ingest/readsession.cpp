#include "core/ingest/readsession.h"

#include "core/ingest/fielderror.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kProgressStep = 256 * 1024;
}

ReadSession::ReadSession(QString displayName, const IngestOptions &options, TimeParser times, BatchSink sink,
                         ReadProgressFn progress, CancelToken cancel, qint64 bytesTotal)
    : m_options(options), m_times(std::move(times)), m_sink(std::move(sink)), m_progress(std::move(progress)),
      m_cancel(std::move(cancel)), m_bytesTotal(bytesTotal)
{
    if (m_options.batchSize < 1)
        m_options.batchSize = 1;
    m_report.file = std::move(displayName);
    m_batch.reserve(size_t(qMin(m_options.batchSize, 100'000)));
    m_timer.start();
}

Status ReadSession::accept(Post &&post)
{
    ++m_report.read;
    ++m_report.accepted;
    if (!post.views)
        ++m_report.unknownViews;
    if (post.approximateTime)
        ++m_report.approximateTimes;
    // A 64-bit hash stands for the identity: a collision among a file's posts is vanishingly
    // unlikely, and it would only move one post from "updated" to "copies merged" in the summary.
    const qsizetype seen = m_seen.size();
    m_seen.insert(qHashMulti(0x9E3779B97F4A7C15ULL, post.platform, post.postId));
    if (m_seen.size() == seen)
        ++m_report.duplicatesInFile;
    m_batch.push_back(std::move(post));
    if (qsizetype(m_batch.size()) >= m_options.batchSize)
        return flush();
    return Ok{};
}

void ReadSession::reject(qint64 line, const QString &field, const QString &reason, qint64 index)
{
    ++m_report.read;
    m_report.addReject(RejectedRecord{m_report.file, line, index, field, reason});
}

void ReadSession::countComment(const QString &parentId)
{
    ++m_report.comments;
    if (!parentId.isEmpty())
        m_commentedPosts.insert(parentId);
}

void ReadSession::progress(qint64 bytesRead)
{
    if (m_progress && bytesRead - m_lastProgress >= kProgressStep) {
        m_lastProgress = bytesRead;
        m_progress(bytesRead, m_bytesTotal);
    }
}

Status ReadSession::flush()
{
    if (m_batch.empty())
        return Ok{};
    std::vector<Post> batch;
    batch.swap(m_batch);
    m_batch.reserve(batch.size());
    if (!m_sink)
        return Ok{};
    return m_sink(std::move(batch));
}

Result<ImportReport> ReadSession::finish(const QString &format, qint64 bytesRead)
{
    Status flushed = flush();
    if (!flushed.ok())
        return flushed.error();
    if (m_progress)
        m_progress(bytesRead, m_bytesTotal);
    m_report.format = format;
    m_report.cancelled = m_cancel.cancelled();
    if (m_report.read > m_formatCounted)
        m_report.perFormat[format] += m_report.read - m_formatCounted;
    m_report.commentedPosts = m_commentedPosts.size();
    m_report.elapsedMs = m_timer.elapsed();
    return m_report;
}
