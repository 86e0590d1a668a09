#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include "core/storage/preparedbatch.h"

/// A bounded hand-over of post batches, prepared for storing (PreparedBatch) on the reading
/// thread, to the storing thread, so that parsing and SQLite inserts overlap on two cores while memory stays at
/// `capacity` batches.
class BatchPipe
{
public:
    explicit BatchPipe(std::size_t capacity) : m_capacity(capacity) {}

    /// Blocks while full; returns false when the consumer has stopped (nothing more is taken).
    bool push(PreparedBatch &&batch)
    {
        // Batches the consumer is done with are freed here, on the producer's thread, which waits
        // for the consumer anyway: freeing a million posts' strings costs the storer ~6 % of its CPU.
        std::deque<PreparedBatch> spent;
        std::unique_lock lock(m_mutex);
        spent.swap(m_spent);
        m_notFull.wait(lock, [&] { return m_queue.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    /// Blocks until a batch arrives; nullopt once the producer closed the pipe and it is drained.
    std::optional<PreparedBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_queue.empty() || m_closed || m_stopped; });
        if (m_queue.empty() || m_stopped)
            return std::nullopt;
        PreparedBatch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return batch;
    }

    /// Consumer: hands a stored batch back to be freed by the producer (see push()).
    void recycle(PreparedBatch &&batch)
    {
        std::lock_guard lock(m_mutex);
        if (!m_closed && !m_stopped)
            m_spent.push_back(std::move(batch));
    }

    /// Whether a batch is ready to be taken without waiting (the consumer is behind the producer).
    bool hasWaiting()
    {
        std::lock_guard lock(m_mutex);
        return !m_queue.empty();
    }

    /// Producer: no more batches will come.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

    /// Consumer: stop taking batches (after a storage error); wakes a blocked producer.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_queue.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<PreparedBatch> m_queue;
    std::deque<PreparedBatch> m_spent;
    bool m_closed = false;
    bool m_stopped = false;
};
