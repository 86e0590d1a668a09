#pragma once

#include <memory>
#include <mutex>

#include "core/api/router.h"

class ImportService;
class PostCountCache;

/// POST /api/v1/posts: `{"posts": [post, …]}` → `{"accepted", "inserted", "updated",
/// "rejected": [{"index", "field", "error"}]}`. Each post is validated on its own: the good ones
/// are stored, the bad ones listed by index with the reason; re-posting is idempotent.
/// Runs on a worker (parsing and storing a batch of thousands takes milliseconds).
class PostsController
{
public:
    PostsController(std::shared_ptr<const ImportService> imports, std::shared_ptr<PostCountCache> counts);

    HandlerResult ingest(const HttpRequest &request) const;

private:
    std::shared_ptr<const ImportService> m_imports;
    std::shared_ptr<PostCountCache> m_counts;
    /// One batch is stored at a time. SQLite has one writer anyway; letting workers contend for
    /// it means SQLite's busy handler, which sleeps in steps of up to 100 ms. Bodies are still
    /// parsed in parallel, outside the lock.
    mutable std::mutex m_storeMutex;
};
