#pragma once

#include <QString>

#include "core/ingest/fielderror.h"
#include "core/model/post.h"
#include "core/model/result.h"

/// Where a reader puts the outcome of each record: the ReadSession itself, or, when lines are
/// parsed on worker threads, a LineOutcomes that is replayed into the session in file order.
/// Readers call accept() or reject() once per record (plus countFormat() when they know a more
/// precise format), so `read = accepted + rejected` holds by construction.
class RecordSink
{
public:
    virtual ~RecordSink() = default;

    /// Counts the post and queues it; only the batch sink's error is returned.
    virtual Status accept(Post &&post) = 0;
    /// Counts a rejected record at `line` (1-based; 0 = unknown) and keeps its reason.
    virtual void reject(qint64 line, const QString &field, const QString &reason, qint64 index = -1) = 0;
    /// Counts the current record under a more precise format than the reader's id.
    virtual void countFormat(const QString &format) = 0;
    /// Counts a comment (a record of a comments file, not a post) on the post `parentId` (empty
    /// when the record does not say): neither accepted nor rejected, never imported.
    virtual void countComment(const QString &parentId) = 0;

    /// reject() with the field and reason of a fieldError() (see fielderror.h).
    void reject(qint64 line, const Error &error, qint64 index = -1)
    {
        reject(line, fieldOf(error), reasonOf(error), index);
    }
};
