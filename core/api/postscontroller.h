#pragma once

#include <memory>
#include <variant>

#include "core/api/apierror.h"
#include "core/api/router.h"
#include "core/ingest/jsonposts.h"
#include "core/ingest/nativepostmapper.h"

class IngestQueue;
class PostCountCache;

/// POST /api/v1/posts: `{"posts": [post, …]}` → `{"accepted", "inserted", "updated",
/// "rejected": [{"index", "field", "error"}]}`. Each post is validated on its own: the good ones
/// are stored, the bad ones listed by index with the reason; re-posting is idempotent.
///
/// Parsing and validation run on the calling worker, so requests use every core; the valid posts
/// go to the IngestQueue, whose single writer stores all batches waiting at that moment in one
/// transaction. The answer is sent only after that transaction committed, with this request's
/// own counts.
class PostsController
{
public:
    /// Fails (throws nothing; logs and rejects every request) only if `options` name an unknown
    /// time zone, which configuration loading already refuses.
    PostsController(const IngestOptions &options, std::shared_ptr<IngestQueue> queue,
                    std::shared_ptr<PostCountCache> counts);

    void ingest(const HttpRequest &request, Respond respond) const;

    /// The request body checked and mapped: the valid posts and the rejects by index, or the 400 for a body that
    /// is not `{"posts": [...]}` (also fuzzed alone).
    /// Bodies of the usual shape are read straight from their text (mapJsonPostsBody); others through parseDocument.
    static std::variant<MappedJsonPosts, ApiError> parseBody(const QByteArray &body, const NativePostMapper &mapper);
    /// The same through a QJsonDocument: slower, and it names whatever is wrong with the body. The reference the
    /// fast road must agree with (tst_postscontroller, fuzz_posts_body).
    static std::variant<MappedJsonPosts, ApiError> parseDocument(const QByteArray &body, const NativePostMapper &mapper);

private:
    /// Built once: resolving ingest.naive_timezone is not free. Copied per request, because a
    /// mapper keeps a small cache and is not meant to be shared between threads.
    Result<NativePostMapper> m_mapper;
    std::shared_ptr<IngestQueue> m_queue;
    std::shared_ptr<PostCountCache> m_counts;
};
