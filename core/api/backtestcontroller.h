#pragma once

#include <memory>
#include <variant>

#include "core/api/apierror.h"
#include "core/api/router.h"
#include "core/service/backtest.h"

class BacktestJobs;

/// POST /api/v1/backtest: `{"from", "to", "step_hours", "window_hours", "overrides"}` → 202 with the job at once
/// (`{"id", "state", "progress": {"done", "total"}, "href"}`, a Location header); GET /api/v1/backtest/{id} → the job,
/// with `result` (backtestjson) once it is done. The work runs in BacktestJobs, never on a request's thread.
class BacktestController
{
public:
    explicit BacktestController(std::shared_ptr<BacktestJobs> jobs);

    HandlerResult start(const HttpRequest &request) const;
    HandlerResult job(const HttpRequest &request) const;

    /// The request body read into a BacktestRequest, or the 400/422 naming the bad field.
    static std::variant<BacktestRequest, ApiError> parseBody(const QByteArray &body);

    static constexpr int kRetryAfterSeconds = 10;

private:
    std::shared_ptr<BacktestJobs> m_jobs;
};
