#include "core/service/writebehindrunstore.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/log/log.h"

WriteBehindRunStore::WriteBehindRunStore(std::shared_ptr<const RunStore> inner, int maxQueued)
    : m_inner(std::move(inner)), m_maxQueued(std::max(1, maxQueued))
{
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1); // keep the thread, and with it its database connection
}

WriteBehindRunStore::~WriteBehindRunStore()
{
    flush();
}

Status WriteBehindRunStore::save(const RunResult &run) const
{
    return save(std::make_shared<const RunResult>(run));
}

Status WriteBehindRunStore::save(const std::shared_ptr<const RunResult> &run) const
{
    if (run->runId.isEmpty())
        return m_inner->save(*run); // the inner store's own refusal, at once
    QFuture<void> oldest;
    {
        const std::lock_guard lock(m_mutex);
        m_queued.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        if (m_queued.size() >= m_maxQueued)
            oldest = m_queued.first();
    }
    if (oldest.isValid())
        oldest.waitForFinished();

    const std::lock_guard lock(m_mutex);
    m_failed.remove(run->runId);
    m_queued.append(QtConcurrent::run(&m_writer, [this, run] {
        const Status written = m_inner->save(*run);
        if (written)
            return;
        gtlog::service()->error("run {} could not be stored: {}", run->runId.toStdString(),
                                written.error().message.toStdString());
        const std::lock_guard failedLock(m_mutex);
        m_failed.insert(run->runId, written.error());
    }));
    return Ok{};
}

void WriteBehindRunStore::flush() const
{
    QList<QFuture<void>> queued;
    {
        const std::lock_guard lock(m_mutex);
        queued = m_queued;
    }
    for (QFuture<void> &f : queued)
        f.waitForFinished();
}

Status WriteBehindRunStore::settled(const QString &runId) const
{
    flush();
    const std::lock_guard lock(m_mutex);
    const auto failed = m_failed.constFind(runId);
    if (failed != m_failed.cend())
        return *failed;
    return Ok{};
}

Result<QList<RunSummary>> WriteBehindRunStore::listRuns(int limit, int offset) const
{
    flush();
    return m_inner->listRuns(limit, offset);
}

Result<std::optional<QString>> WriteBehindRunStore::latestRunId() const
{
    flush();
    return m_inner->latestRunId();
}

Result<std::shared_ptr<RunResult>> WriteBehindRunStore::loadRun(const QString &runId) const
{
    if (Status s = settled(runId); !s)
        return s.error();
    return m_inner->loadRun(runId);
}

Result<QList<ClusterResult>> WriteBehindRunStore::tiles(const QString &runId, const TileQuery &query) const
{
    if (Status s = settled(runId); !s)
        return s.error();
    return m_inner->tiles(runId, query);
}

Result<std::optional<ClusterResult>> WriteBehindRunStore::trend(const QString &runId, const QString &trendId) const
{
    if (Status s = settled(runId); !s)
        return s.error();
    return m_inner->trend(runId, trendId);
}

Result<DecisionPage> WriteBehindRunStore::decisions(const QString &runId, const DecisionQuery &query) const
{
    if (Status s = settled(runId); !s)
        return s.error();
    return m_inner->decisions(runId, query);
}

Result<RunSummary> WriteBehindRunStore::summary(const QString &runId) const
{
    if (Status s = settled(runId); !s)
        return s.error();
    return m_inner->summary(runId);
}
