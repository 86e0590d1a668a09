#pragma once

#include <memory>
#include <mutex>
#include <optional>

#include <QElapsedTimer>

#include "core/api/router.h"

class ReadCache;
class RunStore;

/// The GET answers about stored runs through the ReadCache port (issue 14, README "Scaling out"). A
/// key names the run the answer is about and the request's path and query, so a cached answer is the
/// very bytes the handler gave: the path and query name it for GET /api/v1/runs/{run_id}/… and for a
/// `run_id=` in the query; an answer about "the latest run" (tiles and a trend without run_id, the run
/// list) is keyed by the latest run's id and the time it was stored, and the handler is asked about
/// that run by id. Only 200 answers are kept. Which run is the latest is asked of the RunStore, or
/// remembered (at most a second) while ReadCache::generation() says no run was stored since
/// (NullReadCache: never remembered).
class CachedReads : public std::enable_shared_from_this<CachedReads>
{
public:
    /// What an answer depends on besides its path and query.
    enum class Scope {
        GivenRun,     ///< the run ids in the path name it (decisions, compare)
        LatestOrGiven ///< the run_id of the query, else the latest run (tiles, trend)
    };

    CachedReads(std::shared_ptr<const ReadCache> cache, std::shared_ptr<const RunStore> runs);

    /// `handler` with its 200 answers cached by `scope` (the handler keeps this object alive).
    Handler cached(Handler handler, Scope scope) const;
    /// `handler` for the list of runs: keyed by the latest run (a new run changes the list).
    Handler cachedRunList(Handler handler) const;

    /// The key of a request's answer given what it depends on (`run`: "" or "<run id>@<stored ms>").
    static QString key(const HttpRequest &request, const QString &run);

private:
    struct Latest
    {
        QString runId;
        qint64 storedAtMs = 0;
    };
    struct Memo
    {
        quint64 generation = 0;
        std::optional<Latest> latest;
        QElapsedTimer since; ///< started before the database was asked
    };

    /// The latest run (nullopt: none stored), or nullopt-in-Result on a database error (the handler answers it).
    std::optional<std::optional<Latest>> latestRun() const;
    /// The cached answer to `request` keyed with `run`, else `handler`'s answer to `asked` (kept when 200).
    HandlerResult answer(const HttpRequest &request, const HttpRequest &asked, const Handler &handler,
                         const QString &run) const;

    std::shared_ptr<const ReadCache> m_cache;
    std::shared_ptr<const RunStore> m_runs;
    mutable std::mutex m_mutex;
    mutable std::optional<Memo> m_memo; ///< guarded by m_mutex
};
