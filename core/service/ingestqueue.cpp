#include "core/service/ingestqueue.h"

#include <QThread>

#include "core/log/log.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/sqltransaction.h"

IngestQueue::IngestQueue(std::shared_ptr<Database> database) : IngestQueue(std::move(database), Limits{})
{
}

IngestQueue::IngestQueue(std::shared_ptr<Database> database, Limits limits)
    : m_database(std::move(database)), m_limits(limits)
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
    std::vector<std::vector<Post>> spent;
    const auto size = qsizetype(batch.size());
    {
        std::unique_lock lock(m_mutex);
        spent.swap(m_spent);
        m_notFull.wait(lock, [&] {
            return m_closed || m_queuedPosts == 0 || m_queuedPosts + size <= m_limits.maxQueuedPosts;
        });
        if (m_closed)
            return false;
        m_queue.push_back(Item{std::move(batch), std::move(done)});
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

void IngestQueue::run()
{
    m_repository = std::make_unique<PostRepository>(m_database);
    for (;;) {
        // Whatever queued while the previous group was being stored forms the next group.
        std::vector<Item> group;
        {
            std::unique_lock lock(m_mutex);
            m_notEmpty.wait(lock, [&] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                break; // closed and drained
            qsizetype posts = 0;
            while (!m_queue.empty()) {
                const auto size = qsizetype(m_queue.front().batch.size());
                if (!group.empty() && posts + size > m_limits.maxPostsPerCommit)
                    break;
                posts += size;
                group.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            m_queuedPosts -= posts;
        }
        m_notFull.notify_all();
        store(group);

        std::vector<std::vector<Post>> spent;
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
    // The connection of this thread closes when the thread finishes; nothing may still use it.
    m_repository.reset();
}

void IngestQueue::store(std::vector<Item> &group)
{
    Result<std::vector<IngestCounts>> together = storeTogether(group.begin(), group.end());
    if (together) {
        for (std::size_t i = 0; i < group.size(); ++i)
            group[i].done(together.value()[i]);
        return;
    }
    // Rolled back. The writer's id caches may name rows that were rolled back: start afresh.
    m_repository = std::make_unique<PostRepository>(m_database);
    if (group.size() == 1) {
        group.front().done(together.error());
        return;
    }
    gtlog::ingest()->warn("ingest queue: a group of {} batches failed ({}); storing them one by one",
                          group.size(), together.error().message.toStdString());
    for (auto it = group.begin(); it != group.end(); ++it) {
        Result<std::vector<IngestCounts>> alone = storeTogether(it, it + 1);
        if (!alone) {
            m_repository = std::make_unique<PostRepository>(m_database);
            it->done(alone.error());
            continue;
        }
        it->done(alone.value().front());
    }
}

Result<std::vector<IngestCounts>> IngestQueue::storeTogether(std::vector<Item>::iterator first,
                                                             std::vector<Item>::iterator last)
{
    std::vector<IngestCounts> counts;
    counts.reserve(std::size_t(last - first));
    {
        SqlTransaction transaction(m_database->connection());
        if (Status begun = transaction.begin(); !begun)
            return begun.error();
        for (auto it = first; it != last; ++it) {
            Result<UpsertStats> stored = m_repository->upsert(it->batch);
            if (!stored)
                return stored.error();
            counts.push_back(IngestCounts{stored.value().inserted, stored.value().updated});
        }
        if (Status flushed = m_repository->flushPendingTags(); !flushed)
            return flushed.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    const std::lock_guard lock(m_mutex);
    ++m_commits;
    return counts;
}
