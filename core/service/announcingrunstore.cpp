#include "core/service/announcingrunstore.h"

AnnouncingRunStore::AnnouncingRunStore(std::shared_ptr<const RunStore> inner,
                                       std::function<void(const QString &runId)> saved)
    : m_inner(std::move(inner)), m_saved(std::move(saved))
{
}

Status AnnouncingRunStore::save(const RunResult &run) const
{
    Status saved = m_inner->save(run);
    if (saved)
        m_saved(run.runId);
    return saved;
}

Status AnnouncingRunStore::save(const std::shared_ptr<const RunResult> &run) const
{
    Status saved = m_inner->save(run);
    if (saved)
        m_saved(run->runId);
    return saved;
}

Result<QList<RunSummary>> AnnouncingRunStore::listRuns(int limit, int offset) const
{
    return m_inner->listRuns(limit, offset);
}

Result<std::optional<QString>> AnnouncingRunStore::latestRunId() const
{
    return m_inner->latestRunId();
}

Result<std::shared_ptr<RunResult>> AnnouncingRunStore::loadRun(const QString &runId) const
{
    return m_inner->loadRun(runId);
}

Result<QList<ClusterResult>> AnnouncingRunStore::tiles(const QString &runId, const TileQuery &query) const
{
    return m_inner->tiles(runId, query);
}

Result<std::optional<ClusterResult>> AnnouncingRunStore::trend(const QString &runId, const QString &trendId) const
{
    return m_inner->trend(runId, trendId);
}

Result<DecisionPage> AnnouncingRunStore::decisions(const QString &runId, const DecisionQuery &query) const
{
    return m_inner->decisions(runId, query);
}

Result<RunSummary> AnnouncingRunStore::summary(const QString &runId) const
{
    return m_inner->summary(runId);
}
