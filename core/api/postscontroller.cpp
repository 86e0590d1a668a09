#include "core/api/postscontroller.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include "core/api/postcountcache.h"
#include "core/api/requestparsing.h"
#include "core/ingest/jsonposts.h"
#include "core/log/log.h"
#include "core/service/ingestqueue.h"

using namespace Qt::StringLiterals;

namespace {

/// The rejects as the answer lists them: index, field, and the error with its field named.
QJsonArray rejectedJson(const QList<RejectedRecord> &rejected)
{
    QJsonArray out;
    for (const RejectedRecord &r : rejected) {
        const QString error = r.field.isEmpty() ? r.reason : r.field + u": "_s + r.reason;
        out.append(QJsonObject{{u"index"_s, r.index}, {u"field"_s, r.field}, {u"error"_s, error}});
    }
    return out;
}

HttpResponse answer(qint64 accepted, const IngestCounts &counts, const QJsonArray &rejected)
{
    return HttpResponse::json({{u"accepted"_s, accepted},
                               {u"inserted"_s, counts.inserted},
                               {u"updated"_s, counts.updated},
                               {u"rejected"_s, rejected}});
}

} // namespace

PostsController::PostsController(const IngestOptions &options, std::shared_ptr<IngestQueue> queue,
                                 std::shared_ptr<PostCountCache> counts)
    : m_mapper(NativePostMapper::create(options)), m_queue(std::move(queue)), m_counts(std::move(counts))
{
    if (!m_mapper)
        gtlog::api()->error("POST /api/v1/posts: {}", m_mapper.error().message.toStdString());
}

std::variant<MappedJsonPosts, ApiError> PostsController::parseBody(const QByteArray &requestBody,
                                                                  const NativePostMapper &mapper)
{
    if (std::optional<MappedJsonPosts> fast = mapJsonPostsBody(requestBody, mapper))
        return std::move(*fast);
    return parseDocument(requestBody, mapper);
}

std::variant<MappedJsonPosts, ApiError> PostsController::parseDocument(const QByteArray &requestBody,
                                                                      const NativePostMapper &mapper)
{
    auto parsed = requestparsing::jsonObject(requestBody, false);
    if (auto *error = std::get_if<ApiError>(&parsed))
        return *error;
    const QJsonObject body = std::get<QJsonObject>(std::move(parsed));
    if (auto error = requestparsing::unknownKey(body, {u"posts"_s}))
        return *error;
    const QJsonValue posts = body.value(u"posts"_s);
    if (posts.isUndefined())
        return ApiError::badRequest(u"missing field \"posts\": the body is {\"posts\": [post, …]}"_s,
                                    QJsonObject{{u"field"_s, u"posts"_s}});
    if (!posts.isArray())
        return ApiError::badRequest(u"\"posts\" must be an array of posts"_s, QJsonObject{{u"field"_s, u"posts"_s}});
    return mapJsonPosts(posts.toArray(), mapper);
}

void PostsController::ingest(const HttpRequest &request, Respond respond) const
{
    QElapsedTimer timer;
    timer.start();
    if (!m_mapper)
        return respond(ApiError::fromCore(m_mapper.error()));
    const NativePostMapper mapper = m_mapper.value(); // a copy: its one-entry cache is not for sharing
    auto parsed = parseBody(request.body, mapper);
    if (auto *error = std::get_if<ApiError>(&parsed))
        return respond(*error);
    MappedJsonPosts validated = std::get<MappedJsonPosts>(std::move(parsed));
    const auto accepted = qint64(validated.valid.size());
    const qint64 parseNs = timer.nsecsElapsed();
    if (validated.valid.empty())
        return respond(answer(0, {}, rejectedJson(validated.rejected)));

    auto done = [respond, counts = m_counts, accepted, rejected = rejectedJson(validated.rejected), timer,
                 parseNs](Result<IngestCounts> stored) {
        if (!stored)
            return respond(ApiError::fromCore(stored.error()));
        counts->add(stored.value().inserted);
        gtlog::api()->debug("ingest: {} posts, parse+validate {:.1f} ms, queue+store {:.1f} ms", accepted,
                            parseNs / 1e6, (timer.nsecsElapsed() - parseNs) / 1e6);
        respond(answer(accepted, stored.value(), rejected));
    };
    if (!m_queue->submit(std::move(validated.valid), std::move(done))) {
        ApiError error{ApiError::Kind::Unavailable, u"the server is shutting down"_s, {}, {}};
        respond(error);
    }
}
