#pragma once

#include <atomic>
#include <memory>
#include <mutex>

#include <QElapsedTimer>
#include <QThreadPool>

#include "core/model/result.h"

class PostStore;

/// The number of stored posts for /health, without a COUNT(*) over a million rows on every
/// probe: the first call counts; afterwards the stored value is answered at once and recounted in
/// the background when older than `maxAgeMs` (other writers, such as the desktop app's imports,
/// show up within about a second), or than 50 times the last count's duration when counting is
/// slow (PostgreSQL counts a table by reading it: at 140 ms a count, three instances probed twice
/// a second by a load balancer spent a quarter of the database's time counting). Ingestion through
/// the API adds its inserts right away, so a client that posts and then asks /health sees its own
/// posts.
class PostCountCache
{
public:
    explicit PostCountCache(std::shared_ptr<const PostStore> posts, int maxAgeMs = 1000);
    ~PostCountCache();
    PostCountCache(const PostCountCache &) = delete;
    PostCountCache &operator=(const PostCountCache &) = delete;

    /// Thread-safe. Fails only when the first count fails or the last recount failed.
    Result<qint64> count();

    /// `inserted` new posts were stored by this process.
    void add(qint64 inserted);

private:
    void refreshInBackground();
    qint64 recountAfterMs() const; ///< under m_mutex

    std::shared_ptr<const PostStore> m_posts;
    int m_maxAgeMs;
    std::mutex m_mutex;
    bool m_filled = false;       ///< guarded by m_mutex
    qint64 m_count = 0;          ///< guarded by m_mutex
    std::optional<Error> m_error; ///< guarded by m_mutex: the last recount's failure
    quint64 m_generation = 0;    ///< guarded by m_mutex: bumped by add()
    QElapsedTimer m_age;         ///< guarded by m_mutex
    bool m_refreshing = false;   ///< guarded by m_mutex
    qint64 m_lastCountMs = 0;    ///< guarded by m_mutex: how long the last count took
    QThreadPool m_pool;          ///< one thread of its own: never queued behind ingestion
};
