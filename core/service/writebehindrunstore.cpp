#include "core/service/writebehindrunstore.h"

#include <algorithm>

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
        m_queued.removeIf([](const Queued &q) { return q.written.isFinished(); });
        if (m_queued.size() >= m_maxQueued)
            oldest = m_queued.first().written;
    }
    if (oldest.isValid())
        oldest.waitForFinished();

    const std::lock_guard lock(m_mutex);
    m_failed.remove(run->runId);
    m_queued.append(Queued{run, QtConcurrent::run(&m_writer, [this, run] {
        const Status written = m_inner->save(*run);
        if (written)
            return;
        gtlog::service()->error("run {} could not be stored: {}", run->runId.toStdString(),
                                written.error().message.toStdString());
        const std::lock_guard failedLock(m_mutex);
        m_failed.insert(run->runId, written.error());
    })});
    return Ok{};
}

void WriteBehindRunStore::flush() const
{
    QList<Queued> queued;
    {
        const std::lock_guard lock(m_mutex);
        queued = m_queued;
    }
    for (Queued &q : queued)
        q.written.waitForFinished();
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

std::shared_ptr<const RunResult> WriteBehindRunStore::unwritten(const QString &runId) const
{
    const std::lock_guard lock(m_mutex);
    // The newest save of that id counts (a run saved again replaces the stored one).
    for (auto q = m_queued.crbegin(); q != m_queued.crend(); ++q) {
        if (q->run->runId == runId)
            return q->written.isFinished() ? nullptr : q->run;
    }
    return nullptr;
}

Result<QList<RunSummary>> WriteBehindRunStore::listRuns(int limit, int offset) const
{
    flush();
    return m_inner->listRuns(limit, offset);
}

Result<std::optional<QString>> WriteBehindRunStore::latestRunId() const
{
    {
        // The run saved last is the latest (its saving time is the newest) until written; then the store says so.
        const std::lock_guard lock(m_mutex);
        if (!m_queued.isEmpty() && !m_queued.last().written.isFinished())
            return std::optional<QString>(m_queued.last().run->runId);
    }
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
    if (const std::shared_ptr<const RunResult> run = unwritten(runId)) {
        // As the stored run answers: trends of the platform and urgency asked for, by rank, then as listed.
        std::vector<const ClusterResult *> trends;
        for (const ClusterResult &c : run->clusters) {
            if (c.isTrend && (query.urgency.isEmpty() || c.urgency == query.urgency) &&
                (query.platform.isEmpty() || c.platforms.contains(query.platform)))
                trends.push_back(&c);
        }
        std::stable_sort(trends.begin(), trends.end(),
                         [](const ClusterResult *a, const ClusterResult *b) { return a->rank < b->rank; });
        if (query.limit > 0 && trends.size() > std::size_t(query.limit))
            trends.resize(std::size_t(query.limit));
        QList<ClusterResult> tiles;
        tiles.reserve(qsizetype(trends.size()));
        for (const ClusterResult *c : trends)
            tiles.append(*c);
        return tiles;
    }
    if (Status s = settled(runId); !s)
        return s.error();
    return m_inner->tiles(runId, query);
}

Result<std::optional<ClusterResult>> WriteBehindRunStore::trend(const QString &runId, const QString &trendId) const
{
    if (const std::shared_ptr<const RunResult> run = unwritten(runId)) {
        for (const ClusterResult &c : run->clusters) {
            if (c.trendId == trendId)
                return std::optional<ClusterResult>(c);
        }
        return std::optional<ClusterResult>();
    }
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
    // Its saving time is known before the write when the run carries it (DiscoveryService's runs do).
    if (const std::shared_ptr<const RunResult> run = unwritten(runId); run && run->savedAtMs) {
        RunSummary s;
        s.runId = run->runId;
        s.createdAtMs = *run->savedAtMs;
        s.asOfMs = run->asOfMs;
        s.windowHours = run->params.windowHours;
        s.postsInWindow = run->postsInWindow;
        s.clusters = int(run->clusters.size());
        s.trends = run->trendCount();
        s.decisions = qint64(run->decisions.size());
        s.durationMs = run->durationMs;
        return s;
    }
    if (Status s = settled(runId); !s)
        return s.error();
    return m_inner->summary(runId);
}
