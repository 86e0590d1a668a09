#pragma once

#include <memory>

#include "core/api/router.h"

class PostCountCache;

/// GET /health: `{"status": "ok", "database": "ok", "posts": n, "version": "…"}`. Answered on
/// the server's thread from PostCountCache, so it stays fast while workers ingest or discover;
/// open even when an API token is set.
class HealthController
{
public:
    explicit HealthController(std::shared_ptr<PostCountCache> counts);

    HandlerResult health(const HttpRequest &request) const;

private:
    std::shared_ptr<PostCountCache> m_counts;
};
