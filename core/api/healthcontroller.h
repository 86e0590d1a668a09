#pragma once

#include <memory>

#include "core/api/router.h"

class PostCountCache;

/// GET /health: `{"status": "ok", "database": "ok", "posts": n, "version": "…", "role": "all"}`.
/// Answered on the server's thread from PostCountCache, so it stays fast while workers ingest or
/// discover; open even when an API token is set; answered by instances of every role, so that a
/// load balancer's check tells what each instance is.
class HealthController
{
public:
    HealthController(std::shared_ptr<PostCountCache> counts, ServerRole role);

    HandlerResult health(const HttpRequest &request) const;

private:
    std::shared_ptr<PostCountCache> m_counts;
    ServerRole m_role;
};
