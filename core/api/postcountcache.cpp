#include "core/api/postcountcache.h"

#include <algorithm>

#include <QtConcurrent>

#include "core/storage/poststore.h"

PostCountCache::PostCountCache(std::shared_ptr<const PostStore> posts, int maxAgeMs)
    : m_posts(std::move(posts)), m_maxAgeMs(maxAgeMs)
{
    m_pool.setMaxThreadCount(1);
}

PostCountCache::~PostCountCache()
{
    m_pool.waitForDone();
}

Result<qint64> PostCountCache::count()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_filled) {
            if (m_age.elapsed() > recountAfterMs() && !m_refreshing) {
                m_refreshing = true;
                refreshInBackground();
            }
            if (m_error)
                return *m_error;
            return m_count;
        }
    }
    QElapsedTimer took;
    took.start();
    Result<qint64> counted = m_posts->count();
    if (!counted)
        return counted;
    std::lock_guard lock(m_mutex);
    m_lastCountMs = took.elapsed();
    if (!m_filled) {
        m_filled = true;
        m_count = counted.value();
        m_age.start();
    }
    return m_count;
}

void PostCountCache::add(qint64 inserted)
{
    std::lock_guard lock(m_mutex);
    m_count += inserted;
    ++m_generation;
}

qint64 PostCountCache::recountAfterMs() const
{
    // At most about 2 % of one core spent counting, however slow a count gets.
    constexpr qint64 kCostFactor = 50;
    return std::max<qint64>(m_maxAgeMs, kCostFactor * m_lastCountMs);
}

void PostCountCache::refreshInBackground()
{
    const quint64 generation = m_generation;
    (void)QtConcurrent::run(&m_pool, [this, generation] {
        QElapsedTimer took;
        took.start();
        Result<qint64> counted = m_posts->count();
        std::lock_guard lock(m_mutex);
        m_lastCountMs = took.elapsed();
        m_refreshing = false;
        m_age.start();
        if (!counted) {
            m_error = counted.error();
            return;
        }
        m_error.reset();
        // An add() during the recount may or may not be in the recount: keep the running value
        // then and let the next recount settle it.
        if (generation == m_generation)
            m_count = counted.value();
    });
}
