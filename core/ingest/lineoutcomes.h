#pragma once

#include <vector>

#include "core/ingest/readsession.h"
#include "core/ingest/recordsink.h"

/// What a reader said about a run of lines (accept, reject, countFormat, countComment), recorded on a worker
/// thread and replayed into the ReadSession on the reading thread in the same order, so that
/// batches, counts and rejects are exactly those of a reader calling the session directly.
class LineOutcomes : public RecordSink
{
public:
    /// The line the following calls are about (1-based); replay() checks cancellation between lines.
    void beginLine(qint64 line) { m_line = line; }

    Status accept(Post &&post) override;
    void reject(qint64 line, const QString &field, const QString &reason, qint64 index = -1) override;
    using RecordSink::reject;
    void countFormat(const QString &format) override;
    void countComment(const QString &parentId) override;

    /// Hands everything recorded to `session` in order and forgets it. Stops before the next line
    /// once the session is cancelled, as a reader checks cancelled() between records; returns the
    /// batch sink's error.
    Status replay(ReadSession &session);

private:
    struct Entry
    {
        enum class Kind : quint8 { Accept, Reject, Format, Comment };
        Kind kind;
        qint64 group;    ///< the line given to beginLine() (cancellation is checked between them)
        qint64 line;     ///< Reject: the line named in the reject
        qint64 index;    ///< Reject: index in an array, -1 for NDJSON
        QString field;   ///< Reject: field; Format: the format; Comment: the parent post id
        QString reason;  ///< Reject
    };
    std::vector<Entry> m_entries;
    std::vector<Post> m_posts; ///< the accepted posts, in the order of their Accept entries
    qint64 m_line = 0;
};
