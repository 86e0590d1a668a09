#include "core/api/postscontroller.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include "core/api/postcountcache.h"
#include "core/api/requestparsing.h"
#include "core/log/log.h"
#include "core/service/importservice.h"

using namespace Qt::StringLiterals;

PostsController::PostsController(std::shared_ptr<const ImportService> imports, std::shared_ptr<PostCountCache> counts)
    : m_imports(std::move(imports)), m_counts(std::move(counts))
{
}

HandlerResult PostsController::ingest(const HttpRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    auto parsed = requestparsing::jsonObject(request.body, false);
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

    const QJsonArray items = posts.toArray();
    const qint64 parseNs = timer.nsecsElapsed();
    std::unique_lock lock(m_storeMutex);
    const qint64 waitNs = timer.nsecsElapsed() - parseNs;
    const Result<JsonIngestResult> result = m_imports->ingestJson(items);
    lock.unlock();
    gtlog::api()->debug("ingest: {} posts, parse {:.1f} ms, wait {:.1f} ms, validate+store {:.1f} ms", items.size(),
                        parseNs / 1e6, waitNs / 1e6, (timer.nsecsElapsed() - parseNs - waitNs) / 1e6);
    if (!result)
        return ApiError::fromCore(result.error());
    const JsonIngestResult &r = result.value();
    m_counts->add(r.inserted);

    QJsonArray rejected;
    for (const RejectedRecord &reject : r.rejected) {
        const QString error = reject.field.isEmpty() ? reject.reason : reject.field + u": "_s + reject.reason;
        rejected.append(QJsonObject{{u"index"_s, reject.index}, {u"field"_s, reject.field}, {u"error"_s, error}});
    }
    return HttpResponse::json({{u"accepted"_s, r.accepted},
                               {u"inserted"_s, r.inserted},
                               {u"updated"_s, r.updated},
                               {u"rejected"_s, rejected}});
}
