#include "core/api/runcache.h"

#include "core/storage/runrepository.h"

using namespace Qt::StringLiterals;

RunCache::RunCache(std::shared_ptr<Database> database, int capacity)
    : m_database(std::move(database)), m_capacity(std::max(1, capacity))
{
}

std::shared_ptr<const RunResult> RunCache::find(const QString &runId)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if ((*it)->runId == runId) {
            auto run = *it;
            m_runs.erase(it);
            m_runs.push_front(run);
            return run;
        }
    }
    return nullptr;
}

void RunCache::put(std::shared_ptr<const RunResult> run)
{
    if (!run || run->runId.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if ((*it)->runId == run->runId) {
            m_runs.erase(it);
            break;
        }
    }
    m_runs.push_front(std::move(run));
    while (static_cast<int>(m_runs.size()) > m_capacity)
        m_runs.pop_back();
}

Result<std::shared_ptr<const RunResult>> RunCache::load(const QString &runId)
{
    RunRepository runs(m_database);
    QString id = runId;
    if (id.isEmpty()) {
        auto latest = runs.latestRunId();
        if (!latest)
            return latest.error();
        if (!latest.value())
            return std::shared_ptr<const RunResult>();
        id = *latest.value();
    }
    if (auto cached = find(id))
        return cached;
    auto loaded = runs.loadRun(id);
    if (!loaded)
        return loaded.error();
    std::shared_ptr<const RunResult> run = loaded.value();
    if (!run)
        return Error{u"not_found"_s, u"no run %1"_s.arg(id), QJsonObject{{u"run_id"_s, id}}};
    put(run);
    return run;
}
