#include "core/service/writebehindrunstore.h"

#include <algorithm>

#include <QtConcurrent/QtConcurrentRun>

#include "core/log/log.h"
#include "core/service/threadpriority.h"

namespace {

/// What the store will list for `run` once written (its saving time set).
RunSummary summaryOf(const RunResult &run)
{
    RunSummary s;
    s.runId = run.runId;
    s.createdAtMs = run.savedAtMs.value_or(0);
    s.asOfMs = run.asOfMs;
    s.windowHours = run.params.windowHours;
    s.postsInWindow = run.postsInWindow;
    s.clusters = int(run.clusters.size());
    s.trends = run.trendCount();
    s.decisions = qint64(run.decisions.size());
    s.durationMs = run.durationMs;
    return s;
}

} // namespace

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
    m_queued.append(Queued{run->runId, run, QtConcurrent::run(&m_writer, [this, run] {
        // Behind the answers it no longer holds up (and so the helper threads a save starts, which inherit it): the
        // requests that arrive meanwhile (GET /tiles as a run is written) take the cores first.
        lowerThreadPriority(kRunWriterNiceness);
        const Status written = m_inner->save(*run);
        if (!written)
            gtlog::service()->error("run {} could not be stored: {}", run->runId.toStdString(),
                                    written.error().message.toStdString());
        // Written (or failed): the queue lets go of the run here, so a run of a million posts' decisions is freed
        // on this thread, outside the lock the readers take, not by whoever next tidies the queue.
        std::shared_ptr<const RunResult> done;
        const std::lock_guard lock(m_mutex);
        if (!written)
            m_failed.insert(run->runId, written.error());
        for (Queued &q : m_queued) {
            if (q.run == run) {
                done = std::move(q.run);
                break;
            }
        }
    })});
    return Ok{};
}

void WriteBehindRunStore::flush() const
{
    QList<QFuture<void>> queued;
    {
        const std::lock_guard lock(m_mutex);
        for (const Queued &q : std::as_const(m_queued))
            queued.append(q.written);
    }
    for (QFuture<void> &written : queued)
        written.waitForFinished();
}

Status WriteBehindRunStore::settled(const QString &runId) const
{
    // Only that run's write is waited for (writes go in order: those before it are done by then), not a run queued
    // since: a read of the previous run must not wait for the next one to be written.
    QFuture<void> written;
    {
        const std::lock_guard lock(m_mutex);
        for (const Queued &q : std::as_const(m_queued)) {
            if (q.runId == runId)
                written = q.written;
        }
    }
    if (written.isValid())
        written.waitForFinished();
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
        if (q->runId == runId)
            return pending(*q) ? q->run : nullptr;
    }
    return nullptr;
}

Result<QList<RunSummary>> WriteBehindRunStore::listRuns(int limit, int offset) const
{
    // The runs not yet written, newest first, listed as the store will list them once they are: by saving time,
    // then the later saved first (a larger row id). A run without its saving time makes the list wait for writes.
    QList<RunSummary> unwrittenRuns;
    {
        const std::lock_guard lock(m_mutex);
        for (auto q = m_queued.crbegin(); q != m_queued.crend(); ++q) {
            if (!pending(*q))
                continue;
            if (!q->run->savedAtMs) {
                unwrittenRuns.clear();
                break;
            }
            if (std::none_of(unwrittenRuns.cbegin(), unwrittenRuns.cend(),
                             [&](const RunSummary &r) { return r.runId == q->run->runId; }))
                unwrittenRuns.append(summaryOf(*q->run));
        }
    }
    if (unwrittenRuns.isEmpty()) {
        flush();
        return m_inner->listRuns(limit, offset);
    }
    std::stable_sort(unwrittenRuns.begin(), unwrittenRuns.end(),
                     [](const RunSummary &a, const RunSummary &b) { return a.createdAtMs > b.createdAtMs; });
    const int wanted = limit > 0 ? std::max(0, offset) + limit + int(unwrittenRuns.size()) : -1;
    auto stored = m_inner->listRuns(wanted, 0);
    if (!stored)
        return stored.error();
    QList<RunSummary> merged;
    qsizetype u = 0;
    for (const RunSummary &s : std::as_const(stored.value())) {
        if (std::any_of(unwrittenRuns.cbegin(), unwrittenRuns.cend(), [&](const RunSummary &r) { return r.runId == s.runId; }))
            continue; // saved again: its new row replaces this one
        while (u < unwrittenRuns.size() && unwrittenRuns.at(u).createdAtMs >= s.createdAtMs)
            merged.append(unwrittenRuns.at(u++));
        merged.append(s);
    }
    while (u < unwrittenRuns.size())
        merged.append(unwrittenRuns.at(u++));
    const qsizetype from = std::min<qsizetype>(std::max(0, offset), merged.size());
    return merged.mid(from, limit > 0 ? limit : -1);
}

Result<std::optional<QString>> WriteBehindRunStore::latestRunId() const
{
    bool anyUnwritten = false;
    {
        const std::lock_guard lock(m_mutex);
        anyUnwritten = std::any_of(m_queued.cbegin(), m_queued.cend(), &WriteBehindRunStore::pending);
    }
    if (!anyUnwritten)
        return m_inner->latestRunId();
    // The first of the list as it will be once written.
    auto listed = listRuns(1, 0);
    if (!listed)
        return listed.error();
    if (listed.value().isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(listed.value().constFirst().runId);
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
    if (const std::shared_ptr<const RunResult> run = unwritten(runId); run && run->savedAtMs)
        return summaryOf(*run);
    if (Status s = settled(runId); !s)
        return s.error();
    return m_inner->summary(runId);
}
