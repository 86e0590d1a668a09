#include "core/ingest/parallellines.h"

#include <condition_variable>
#include <ctime>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QThread>

#include "core/ingest/linereader.h"
#include "core/ingest/lineoutcomes.h"

using namespace Qt::StringLiterals;

namespace {

/// CPU time of the calling thread: what parsing a chunk costs, whatever else the cores run.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/// A run of consecutive lines, copied out of the read buffer, and what the parser said about them.
struct Chunk
{
    qint64 firstLine = 0;         ///< number of the first line
    QByteArray text;              ///< the lines back to back, without terminators
    std::vector<qsizetype> ends;  ///< end of each line in `text`; -1 = a line that was too long
    QString tooLongReason;        ///< the reject reason for those lines
    qint64 bytesRead = 0;         ///< bytes of the file consumed up to the chunk's end
    LineOutcomes outcomes;
    qint64 parseNs = 0;           ///< CPU time the parsing thread spent on it
    bool done = false;            ///< parsed (guarded by the pool's mutex while in flight)

    void clear()
    {
        text.resize(0);
        ends.clear();
        done = false;
    }

    void parse(const LineParser &parser)
    {
        const qint64 cpuBefore = threadCpuNs();
        qsizetype start = 0;
        for (std::size_t i = 0; i < ends.size(); ++i) {
            const qint64 line = firstLine + qint64(i);
            outcomes.beginLine(line);
            if (ends[i] < 0) {
                outcomes.reject(line, QString(), tooLongReason);
                continue;
            }
            parser(QByteArrayView(text).sliced(start, ends[i] - start), line, outcomes);
            start = ends[i];
        }
        parseNs = threadCpuNs() - cpuBefore;
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
            chunk.tooLongReason = lines.tooLongReason();
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
    LineReader lines(device, options.maxLineBytes);
    bool atEnd = false;

    // Replays a chunk and says how long that took, waiting for the batch sink (the storer) included.
    const auto replay = [&session](Chunk &chunk, qint64 &replayNs) -> Status {
        QElapsedTimer timer;
        timer.start();
        Status status = chunk.outcomes.replay(session);
        if (status.ok())
            session.progress(chunk.bytesRead);
        replayNs = timer.nsecsElapsed();
        return status;
    };
    const auto readError = [&]() -> Status {
        if (lines.failed())
            return Error{u"io"_s, session.displayName() + u": "_s + lines.errorString(), {}};
        return Ok{};
    };

    // The first chunk decides: a small input (or one worker) is parsed here, without threads.
    auto current = std::make_unique<Chunk>();
    if (!fill(*current, lines, session, chunkBytes, atEnd))
        return readError();
    std::optional<LineParser> inlineParser;
    qint64 replayNs = 0;
    if (atEnd || workers == 1) {
        inlineParser = makeParser();
        for (;;) {
            current->parse(*inlineParser);
            if (Status s = replay(*current, replayNs); !s.ok())
                return s;
            if (atEnd || session.cancelled() || !fill(*current, lines, session, chunkBytes, atEnd))
                break;
        }
        return readError();
    }

    // Chunks in file order; declared before the pool so that the workers are joined first.
    std::deque<std::unique_ptr<Chunk>> inFlight;
    std::vector<std::unique_ptr<Chunk>> spare;
    const std::size_t maxInFlight = std::size_t(2 * workers + 2);
    std::optional<ChunkPool> pool;

    // Workers pay for themselves only when parsing is the slow side. When the sink is slower than
    // one thread's parsing (a store on a 2-core machine), this thread parses alone: handing posts
    // between threads costs CPU (the allocator, the caches) that the storer would rather have.
    // Parallel → alone when replaying a chunk (waiting for the sink) takes longer than parsing it;
    // alone → parallel when the sink barely makes this thread wait. Both read the same lines in
    // the same order, so the outcome does not depend on the choice.
    // The sink blocks once per batch (thousands of lines), so the times are summed over a window
    // of chunks that spans several batches before deciding.
    constexpr int kWindow = 32;
    bool alone = false;
    qint64 parseSum = 0;
    qint64 replaySum = 0;
    int windowChunks = 0;
    const auto learn = [&](const Chunk &chunk) {
        parseSum += chunk.parseNs;
        replaySum += replayNs;
        if (++windowChunks < kWindow)
            return;
        if (!alone && replaySum > parseSum)
            alone = true;
        else if (alone && replaySum * 4 < parseSum)
            alone = false;
        parseSum = replaySum = 0;
        windowChunks = 0;
    };

    const auto replayFront = [&]() -> Status {
        pool->waitDone(*inFlight.front());
        Status status = replay(*inFlight.front(), replayNs);
        learn(*inFlight.front());
        spare.push_back(std::move(inFlight.front()));
        inFlight.pop_front();
        return status;
    };
    const auto nextChunk = [&]() {
        std::unique_ptr<Chunk> chunk;
        if (spare.empty()) {
            chunk = std::make_unique<Chunk>();
        } else {
            chunk = std::move(spare.back());
            spare.pop_back();
        }
        return chunk;
    };

    bool haveCurrent = true; // `current` holds the first chunk, not yet parsed
    while (!session.cancelled()) {
        if (alone && inFlight.empty()) {
            if (!haveCurrent) {
                current = nextChunk();
                if (atEnd || !fill(*current, lines, session, chunkBytes, atEnd))
                    break;
            }
            haveCurrent = false;
            if (!inlineParser)
                inlineParser = makeParser();
            current->parse(*inlineParser);
            if (Status s = replay(*current, replayNs); !s.ok())
                return s;
            learn(*current);
            spare.push_back(std::move(current));
            continue;
        }
        while (!inFlight.empty() && (alone || inFlight.size() >= maxInFlight || pool->isDone(*inFlight.front()))) {
            if (Status s = replayFront(); !s.ok())
                return s;
        }
        if (alone || session.cancelled())
            continue;
        if (!haveCurrent) {
            current = nextChunk();
            if (atEnd || !fill(*current, lines, session, chunkBytes, atEnd))
                break;
        }
        haveCurrent = false;
        if (!pool)
            pool.emplace(workers, makeParser);
        inFlight.push_back(std::move(current));
        pool->submit(inFlight.back().get());
    }
    while (!inFlight.empty() && !session.cancelled()) {
        if (Status s = replayFront(); !s.ok())
            return s;
    }
    return readError();
}
