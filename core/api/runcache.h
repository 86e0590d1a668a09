#pragma once

#include <deque>
#include <memory>
#include <mutex>

#include <QString>

#include "core/model/result.h"
#include "core/model/runresult.h"

class Database;

/// Stored runs in memory for the read endpoints (tiles, trends, decisions). A stored run never
/// changes, so a loaded one can be shared by every request that asks for it: a run over a
/// million posts carries tens of thousands of decisions, too many to reload per request.
/// Keeps the few most recently used runs. Thread-safe.
class RunCache
{
public:
    explicit RunCache(std::shared_ptr<Database> database, int capacity = 4);

    /// The run `runId`, or the latest stored run when `runId` is empty. A null pointer when no
    /// run is stored yet; a "not_found" error for an unknown id.
    Result<std::shared_ptr<const RunResult>> load(const QString &runId);

    /// Adds a run just produced (POST /discover), so the next read needs no database round trip.
    void put(std::shared_ptr<const RunResult> run);

private:
    std::shared_ptr<const RunResult> find(const QString &runId);

    std::shared_ptr<Database> m_database;
    int m_capacity;
    std::mutex m_mutex;
    std::deque<std::shared_ptr<const RunResult>> m_runs; ///< most recently used first; guarded by m_mutex
};
