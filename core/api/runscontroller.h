#pragma once

#include <memory>

#include "core/api/router.h"

class RunStore;

/// GET /api/v1/runs?limit=&offset= (stored runs, newest first) and
/// GET /api/v1/runs/{run_id}/decisions?subject=&stage=&outcome=&text=&limit=&offset= (a run's
/// decision log, filtered and paged in the database, with the total that matched) and
/// GET /api/v1/runs/{run_id}/compare/{other_run_id} (the run's trends beside the other run's: new, kept with rank,
/// growth and urgency change, gone with the checks they fail now) and
/// GET /api/v1/runs/{run_id}/network?format=json|gexf (the co-occurrence graph of the run's kept tags).
class RunsController
{
public:
    explicit RunsController(std::shared_ptr<const RunStore> runs);

    HandlerResult runs(const HttpRequest &request) const;
    HandlerResult decisions(const HttpRequest &request) const;
    HandlerResult compare(const HttpRequest &request) const;
    HandlerResult network(const HttpRequest &request) const;

private:
    std::shared_ptr<const RunStore> m_runs;
};
