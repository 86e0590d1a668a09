#pragma once

#include <memory>

#include "core/api/router.h"

class Database;
class RunCache;

/// GET /api/v1/runs?limit=&offset= (stored runs, newest first) and
/// GET /api/v1/runs/{run_id}/decisions?subject=&stage=&outcome=&text=&limit=&offset= (a run's
/// decision log, filtered and paged, with the total that matched).
class RunsController
{
public:
    RunsController(std::shared_ptr<Database> database, std::shared_ptr<RunCache> runs);

    HandlerResult runs(const HttpRequest &request) const;
    HandlerResult decisions(const HttpRequest &request) const;

private:
    std::shared_ptr<Database> m_database;
    std::shared_ptr<RunCache> m_runs;
};
