#pragma once

#include <memory>

#include "core/api/router.h"

class PostCountCache;
class ReadCache;

/// GET /health: `{"status": "ok", "database": "ok", "posts": n, "version": "…", "role": "all",
/// "cache": {"backend": "none"|"redis", "state": "off"|"ok"|"unavailable", "hits", "misses", "runs_heard"}}`
/// (an unavailable cache is not an error: reads go to the database).
/// Answered on the server's thread from PostCountCache, so it stays fast while workers ingest or
/// discover; open even when an API token is set; answered by instances of every role, so that a
/// load balancer's check tells what each instance is.
class HealthController
{
public:
    HealthController(std::shared_ptr<PostCountCache> counts, ServerRole role, std::shared_ptr<const ReadCache> cache);

    HandlerResult health(const HttpRequest &request) const;

private:
    std::shared_ptr<PostCountCache> m_counts;
    ServerRole m_role;
    std::shared_ptr<const ReadCache> m_cache;
};
