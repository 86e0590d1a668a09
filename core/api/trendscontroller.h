#pragma once

#include <memory>

#include "core/api/router.h"

class RunStore;

/// GET /api/v1/trends/{trend_id}?run_id= — one tile with its full evidence chain (formulas with
/// inputs, checks, tags and edges, top posts, hourly series) and every decision of the run that
/// concerns it (its cluster, its tags, its edges). Also answers for a cluster that did not become
/// a trend (is_trend false; the checks say why): "why is this not a trend?" is a fair question.
class TrendsController
{
public:
    explicit TrendsController(std::shared_ptr<const RunStore> runs);

    HandlerResult trend(const HttpRequest &request) const;

private:
    std::shared_ptr<const RunStore> m_runs;
};
