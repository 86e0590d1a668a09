#include "core/api/postscontroller.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include "core/api/postcountcache.h"
#include "core/api/requestparsing.h"
#include "core/ingest/fielderror.h"
#include "core/log/log.h"
#include "core/service/ingestqueue.h"

using namespace Qt::StringLiterals;

namespace {

/// A request's posts after validation: the valid ones in order, and the rejected ones as the
/// answer lists them.
struct ValidatedPosts
{
    std::vector<Post> valid;
    QJsonArray rejected;
};

void reject(QJsonArray &rejected, qsizetype index, const QString &field, const QString &reason)
{
    const QString error = field.isEmpty() ? reason : field + u": "_s + reason;
    rejected.append(QJsonObject{{u"index"_s, index}, {u"field"_s, field}, {u"error"_s, error}});
}

ValidatedPosts validate(const QJsonArray &items, const NativePostMapper &mapper)
{
    ValidatedPosts out;
    out.valid.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            reject(out.rejected, i, {}, u"expected a JSON object"_s);
            continue;
        }
        Result<Post> post = mapper.fromJson(item.toObject());
        if (!post) {
            reject(out.rejected, i, fieldOf(post.error()), reasonOf(post.error()));
            continue;
        }
        out.valid.push_back(std::move(post).value());
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

void PostsController::ingest(const HttpRequest &request, Respond respond) const
{
    QElapsedTimer timer;
    timer.start();
    auto parsed = requestparsing::jsonObject(request.body, false);
    if (auto *error = std::get_if<ApiError>(&parsed))
        return respond(*error);
    const QJsonObject body = std::get<QJsonObject>(std::move(parsed));
    if (auto error = requestparsing::unknownKey(body, {u"posts"_s}))
        return respond(*error);
    const QJsonValue posts = body.value(u"posts"_s);
    if (posts.isUndefined())
        return respond(ApiError::badRequest(u"missing field \"posts\": the body is {\"posts\": [post, …]}"_s,
                                            QJsonObject{{u"field"_s, u"posts"_s}}));
    if (!posts.isArray())
        return respond(
            ApiError::badRequest(u"\"posts\" must be an array of posts"_s, QJsonObject{{u"field"_s, u"posts"_s}}));
    if (!m_mapper)
        return respond(ApiError::fromCore(m_mapper.error()));

    const NativePostMapper mapper = m_mapper.value();
    ValidatedPosts validated = validate(posts.toArray(), mapper);
    const auto accepted = qint64(validated.valid.size());
    const qint64 parseNs = timer.nsecsElapsed();
    if (validated.valid.empty())
        return respond(answer(0, {}, validated.rejected));

    auto done = [respond, counts = m_counts, accepted, rejected = std::move(validated.rejected), timer,
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
