#include "core/ingest/parallellines.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QThread>

#include "core/ingest/linereader.h"
#include "core/ingest/lineoutcomes.h"

using namespace Qt::StringLiterals;

namespace {

/// A run of consecutive lines, copied out of the read buffer, and what the parser said about them.
struct Chunk
{
    qint64 firstLine = 0;         ///< number of the first line
    QByteArray text;              ///< the lines back to back, without terminators
    std::vector<qsizetype> ends;  ///< end of each line in `text`; -1 = a line that was too long
    qint64 bytesRead = 0;         ///< bytes of the file consumed up to the chunk's end
    LineOutcomes outcomes;
    bool done = false;            ///< parsed (guarded by the pool's mutex while in flight)

    void clear()
    {
        text.resize(0);
        ends.clear();
        done = false;
    }

    void parse(const LineParser &parser)
    {
        qsizetype start = 0;
        for (std::size_t i = 0; i < ends.size(); ++i) {
            const qint64 line = firstLine + qint64(i);
            outcomes.beginLine(line);
            if (ends[i] < 0) {
                parser(QByteArrayView(), line, true, outcomes);
                continue;
            }
            parser(QByteArrayView(text).sliced(start, ends[i] - start), line, false, outcomes);
            start = ends[i];
        }
    }
};

/// Worker threads that parse chunks in any order; the reading thread waits for them in file order.
class ChunkPool
{
public:
    ChunkPool(int workers, const LineParserFactory &makeParser)
    {
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this, parser = makeParser()] { work(parser); });
    }

    ~ChunkPool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }

    void submit(Chunk *chunk)
    {
        {
            std::lock_guard lock(m_mutex);
            m_todo.push_back(chunk);
        }
        m_wake.notify_one();
    }

    bool isDone(const Chunk &chunk)
    {
        std::lock_guard lock(m_mutex);
        return chunk.done;
    }

    void waitDone(const Chunk &chunk)
    {
        std::unique_lock lock(m_mutex);
        m_finished.wait(lock, [&] { return chunk.done; });
    }

private:
    void work(const LineParser &parser)
    {
        for (;;) {
            Chunk *chunk = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_todo.empty(); });
                if (m_stop)
                    return;
                chunk = m_todo.front();
                m_todo.pop_front();
            }
            chunk->parse(parser);
            {
                std::lock_guard lock(m_mutex);
                chunk->done = true;
            }
            m_finished.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    std::deque<Chunk *> m_todo;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

/// Fills `chunk` with the next lines, up to about `bytes`; false when there were none.
bool fill(Chunk &chunk, LineReader &lines, ReadSession &session, qsizetype bytes, bool &atEnd)
{
    chunk.clear();
    chunk.firstLine = lines.lineNumber() + 1;
    QByteArrayView line;
    while (chunk.text.size() < bytes && !session.cancelled()) {
        if (!lines.next(line)) {
            atEnd = true;
            break;
        }
        if (lines.tooLong()) {
            chunk.ends.push_back(-1);
            continue;
        }
        chunk.text.append(line);
        chunk.ends.push_back(chunk.text.size());
    }
    chunk.bytesRead = lines.bytesRead();
    return !chunk.ends.empty();
}

} // namespace

Status readLinesInParallel(QIODevice &device, ReadSession &session, const LineParserFactory &makeParser,
                           const ParallelLinesOptions &options)
{
    const int workers = options.workers > 0 ? options.workers : qMax(1, QThread::idealThreadCount());
    const qsizetype chunkBytes = qMax<qsizetype>(1, options.chunkBytes);
    LineReader lines(device);
    bool atEnd = false;

    const auto replay = [&session](Chunk &chunk) -> Status {
        Status status = chunk.outcomes.replay(session);
        if (status.ok())
            session.progress(chunk.bytesRead);
        return status;
    };
    const auto readError = [&]() -> Status {
        if (lines.failed())
            return Error{u"io"_s, session.displayName() + u": "_s + lines.errorString(), {}};
        return Ok{};
    };

    // The first chunk decides: a small input (or one worker) is parsed here, without threads.
    auto first = std::make_unique<Chunk>();
    if (!fill(*first, lines, session, chunkBytes, atEnd))
        return readError();
    if (atEnd || workers == 1) {
        LineParser parser = makeParser();
        for (;;) {
            first->parse(parser);
            if (Status s = replay(*first); !s.ok())
                return s;
            if (atEnd || session.cancelled() || !fill(*first, lines, session, chunkBytes, atEnd))
                break;
        }
        return readError();
    }

    // Chunks in file order; declared before the pool so that the workers are joined first.
    std::deque<std::unique_ptr<Chunk>> inFlight;
    std::vector<std::unique_ptr<Chunk>> spare;
    const std::size_t maxInFlight = std::size_t(2 * workers + 2);
    ChunkPool pool(workers, makeParser);
    inFlight.push_back(std::move(first));
    pool.submit(inFlight.back().get());

    const auto replayFront = [&]() -> Status {
        pool.waitDone(*inFlight.front());
        Status status = replay(*inFlight.front());
        spare.push_back(std::move(inFlight.front()));
        inFlight.pop_front();
        return status;
    };

    while (!atEnd && !session.cancelled()) {
        while (!inFlight.empty() && (inFlight.size() >= maxInFlight || pool.isDone(*inFlight.front()))) {
            if (Status s = replayFront(); !s.ok())
                return s;
        }
        if (session.cancelled())
            break;
        std::unique_ptr<Chunk> chunk;
        if (spare.empty()) {
            chunk = std::make_unique<Chunk>();
        } else {
            chunk = std::move(spare.back());
            spare.pop_back();
        }
        if (!fill(*chunk, lines, session, chunkBytes, atEnd))
            break;
        inFlight.push_back(std::move(chunk));
        pool.submit(inFlight.back().get());
    }
    while (!inFlight.empty() && !session.cancelled()) {
        if (Status s = replayFront(); !s.ok())
            return s;
    }
    return readError();
}
