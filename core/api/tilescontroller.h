#pragma once

#include <memory>

#include "core/api/router.h"

class RunStore;

/// GET /api/v1/tiles?run_id=&platform=&urgency=&limit= — the proof tiles (trends, rank order)
/// of the latest run or of the given one, without evidence. No run stored yet: an empty list
/// with run_id null (an empty state, not an error).
class TilesController
{
public:
    explicit TilesController(std::shared_ptr<const RunStore> runs);

    HandlerResult tiles(const HttpRequest &request) const;

private:
    std::shared_ptr<const RunStore> m_runs;
};
