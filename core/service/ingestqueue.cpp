#include "core/service/ingestqueue.h"

#include <chrono>

#include <QElapsedTimer>
#include <QThread>

#include "core/log/log.h"
#include "core/storage/ingestsession.h"
#include "core/storage/poststore.h"

IngestQueue::IngestQueue(std::shared_ptr<const PostStore> posts) : IngestQueue(std::move(posts), Limits{}) {}

IngestQueue::IngestQueue(std::shared_ptr<const PostStore> posts, Limits limits)
    : m_posts(std::move(posts)), m_limits(limits)
{
    m_writer.reset(QThread::create([this] { run(); }));
    m_writer->setObjectName(QStringLiteral("gt-ingest-writer"));
    m_writer->start();
}

IngestQueue::~IngestQueue()
{
    close();
}

bool IngestQueue::submit(std::vector<Post> &&batch, Done done)
{
    // Batches already stored are freed here, by a producer, not by the writer (whose thread is
    // the bottleneck): freeing thousands of posts' strings is not free.
    std::vector<PreparedBatch> spent;
    const auto size = qsizetype(batch.size());
    // Made ready for storing here, so that the writer thread only writes.
    PreparedBatch prepared(std::move(batch));
    {
        std::unique_lock lock(m_mutex);
        spent.swap(m_spent);
        m_notFull.wait(
            lock, [&] { return m_closed || m_queuedPosts == 0 || m_queuedPosts + size <= m_limits.maxQueuedPosts; });
        if (m_closed)
            return false;
        m_queue.push_back(Item{std::move(prepared), std::move(done)});
        m_queuedPosts += size;
    }
    m_notEmpty.notify_one();
    return true;
}

void IngestQueue::close()
{
    const std::lock_guard closing(m_closeMutex);
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_notEmpty.notify_all();
    m_notFull.notify_all();
    if (m_writer) {
        m_writer->wait();
        m_writer.reset();
    }
    const std::lock_guard lock(m_mutex);
    m_spent.clear();
}

qint64 IngestQueue::commits() const
{
    const std::lock_guard lock(m_mutex);
    return m_commits;
}

namespace {
constexpr std::chrono::seconds kIdleReleaseAfter{5};
} // namespace

void IngestQueue::run()
{
    if (Status opened = openSession(); !opened)
        gtlog::ingest()->error("ingest queue: cannot open the store: {}", opened.error().message.toStdString());
    bool released = true; // nothing cached yet
    for (;;) {
        std::vector<Item> group;
        {
            std::unique_lock lock(m_mutex);
            // Idle for a while after a burst of ingest: the session gives its page cache back (a 1M-post ingest
            // leaves 64 MB there), so a server that ingests and then discovers does not hold both.
            if (!m_notEmpty.wait_for(lock, kIdleReleaseAfter, [&] { return !m_queue.empty() || m_closed; })) {
                if (m_session && !released) {
                    lock.unlock();
                    m_session->releaseMemory();
                    released = true;
                }
                continue;
            }
            if (m_queue.empty())
                break; // closed and drained
            released = false;
        }
        store(group);

        std::vector<PreparedBatch> spent;
        spent.reserve(group.size());
        for (Item &item : group)
            spent.push_back(std::move(item.batch));
        group.clear(); // completions (and whatever they captured) go before the next group
        const std::lock_guard lock(m_mutex);
        if (!m_closed) {
            for (auto &batch : spent)
                m_spent.push_back(std::move(batch));
        }
    }
    // The session's connection belongs to this thread: it closes here.
    m_session.reset();
}

Status IngestQueue::openSession()
{
    if (m_session)
        return Ok{};
    auto opened = m_posts->openIngestSession();
    if (!opened)
        return opened.error();
    m_session = std::move(opened).value();
    return Ok{};
}

Error IngestQueue::rolledBack(Error error)
{
    if (m_session)
        m_session->rollback();
    return error;
}

Status IngestQueue::begin()
{
    if (Status opened = openSession(); !opened)
        return opened;
    return m_session->begin();
}

bool IngestQueue::takeQueued(std::vector<Item> &group, qsizetype &posts)
{
    const std::size_t before = group.size();
    {
        const std::lock_guard lock(m_mutex);
        qsizetype taken = 0;
        while (!m_queue.empty()) {
            const auto size = qsizetype(m_queue.front().batch.size());
            if (!group.empty() && posts + size > m_limits.maxPostsPerCommit)
                break;
            posts += size;
            taken += size;
            group.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        m_queuedPosts -= taken;
    }
    if (group.size() == before)
        return false;
    m_notFull.notify_all();
    return true;
}

void IngestQueue::store(std::vector<Item> &group)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::vector<IngestCounts>> together = storeGroup(group);
    if (together) {
        if (gtlog::ingest()->should_log(spdlog::level::debug)) {
            std::size_t posts = 0;
            for (const Item &item : group)
                posts += item.batch.size();
            gtlog::ingest()->debug("ingest queue: {} batches, {} posts in one transaction, {:.1f} ms", group.size(),
                                   posts, timer.nsecsElapsed() / 1e6);
        }
        for (std::size_t i = 0; i < group.size(); ++i)
            group[i].done(together.value()[i]);
        return;
    }
    // Rolled back (storeGroup): the session forgot the ids of rows that were rolled back.
    if (group.size() == 1) {
        group.front().done(together.error());
        return;
    }
    gtlog::ingest()->warn("ingest queue: a group of {} batches failed ({}); storing them one by one", group.size(),
                          together.error().message.toStdString());
    for (Item &item : group)
        item.done(storeAlone(item));
}

Result<std::vector<IngestCounts>> IngestQueue::storeGroup(std::vector<Item> &group)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<IngestCounts> counts;
    if (Status begun = begin(); !begun) {
        qsizetype posts = 0;
        (void)takeQueued(group, posts); // so that the caller answers them (it retries each alone)
        return rolledBack(begun.error());
    }
    // The group grows while it is being stored: batches that arrive during the upserts share the
    // commit, whose cost (every index page touched, written to the WAL) hardly depends on the
    // number of posts. Nobody waits for them: the group is committed as soon as nothing is queued.
    qsizetype posts = 0;
    while (takeQueued(group, posts)) {
        for (std::size_t i = counts.size(); i < group.size(); ++i) {
            Result<UpsertStats> stored = m_session->upsert(group[i].batch);
            if (!stored)
                return rolledBack(stored.error());
            counts.push_back(IngestCounts{stored.value().inserted, stored.value().updated});
        }
        if (posts >= m_limits.maxPostsPerCommit)
            break;
    }
    const qint64 upsertedNs = timer.nsecsElapsed();
    if (Status committed = m_session->commit(); !committed)
        return rolledBack(committed.error());
    gtlog::ingest()->debug("ingest queue: {} posts: upserts {:.1f} ms, tag rows and commit {:.1f} ms", posts,
                           upsertedNs / 1e6, (timer.nsecsElapsed() - upsertedNs) / 1e6);
    const std::lock_guard lock(m_mutex);
    ++m_commits;
    return counts;
}

Result<IngestCounts> IngestQueue::storeAlone(const Item &item)
{
    if (Status begun = begin(); !begun)
        return rolledBack(begun.error());
    Result<UpsertStats> stored = m_session->upsert(item.batch);
    if (!stored)
        return rolledBack(stored.error());
    if (Status committed = m_session->commit(); !committed)
        return rolledBack(committed.error());
    const std::lock_guard lock(m_mutex);
    ++m_commits;
    return IngestCounts{stored.value().inserted, stored.value().updated};
}
