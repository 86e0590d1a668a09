#pragma once

#include <atomic>
#include <memory>
#include <variant>

#include <QThreadPool>

#include "core/api/apierror.h"
#include "core/api/router.h"
#include "core/service/discoveryservice.h"

class DiscoveryService;

/// POST /api/v1/discover: `{"as_of", "window_hours", "overrides"}` (all optional) → the run
/// (runjson::discoverBody). Runs on a worker.
///
/// One discovery at a time: a second request while one runs gets 409 with `Retry-After` at
/// once. An automation client is better served by a fast, explicit "busy, retry in n s" than by
/// a connection held open for an unknown time; a hidden queue would also let requests pile up
/// behind a slow run until clients time out. (Within the process, DiscoveryService itself
/// serializes runs, so a desktop-app run and an API run never overlap either.)
class DiscoveryController
{
public:
    explicit DiscoveryController(std::shared_ptr<const DiscoveryService> discovery);

    HandlerResult discover(const HttpRequest &request) const;

    /// The request body read into a DiscoverRequest, or the 400/422 naming the bad field (also fuzzed alone).
    static std::variant<DiscoverRequest, ApiError> parseBody(const QByteArray &body);

    static constexpr int kRetryAfterSeconds = 2;

private:
    std::shared_ptr<const DiscoveryService> m_discovery;
    mutable std::atomic_bool m_running{false};
    /// The thread runs are made on (one at a time), at kDiscoveryNiceness.
    mutable QThreadPool m_runner;
};
