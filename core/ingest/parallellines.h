#pragma once

#include <functional>

#include <QByteArrayView>
#include <QIODevice>

#include "core/ingest/linereader.h"
#include "core/ingest/readsession.h"
#include "core/ingest/recordsink.h"

/// Parses one NDJSON line into `out` (accept/reject/countFormat, as a reader does with its
/// session). A line over the length limit never reaches it: it is rejected with its number.
/// Each worker thread has its own parser, so a parser may keep caches and buffers.
using LineParser = std::function<void(QByteArrayView line, qint64 lineNumber, RecordSink &out)>;
/// Makes one LineParser per worker (called on the reading thread).
using LineParserFactory = std::function<LineParser()>;

struct ParallelLinesOptions
{
    int workers = 0;                  ///< parsing threads; 0 = QThread::idealThreadCount()
    qsizetype chunkBytes = 256 * 1024; ///< lines are handed to workers in chunks of about this size
    qsizetype maxLineBytes = LineReader::kMaxLineBytes; ///< a longer line is rejected, never held in memory
};

/// Reads the lines of `device` on the calling thread and parses them in chunks on worker threads,
/// replaying each chunk's outcomes into `session` in file order: batches, counts, rejects (file,
/// line, field, reason) and the cancellation point are exactly those of parsing line by line on
/// one thread. Memory stays bounded: at most 2 × workers + 2 chunks are in flight. A file that
/// fits in one chunk (or one worker) is parsed on the calling thread without starting threads.
/// While the sink is the slow side (it makes this thread wait longer than parsing takes), the
/// calling thread parses alone, since handing posts between threads costs CPU; workers take over
/// again when the sink catches up. Either way the same lines are replayed in the same order.
/// Returns the batch sink's error or a read error.
Status readLinesInParallel(QIODevice &device, ReadSession &session, const LineParserFactory &makeParser,
                           const ParallelLinesOptions &options = {});
