#include "core/api/trendscontroller.h"

#include <QJsonArray>
#include <QSet>

#include "core/api/requestparsing.h"
#include "core/api/runcache.h"
#include "core/model/runjson.h"

using namespace Qt::StringLiterals;

namespace {

/// The decision subjects that concern a cluster: the cluster itself, its tags and its edges.
QSet<QString> subjectsOf(const ClusterResult &c)
{
    QSet<QString> subjects{u"cluster:"_s + c.trendId, u"trend:"_s + c.trendId};
    for (const QString &tag : c.hashtags)
        subjects.insert(u"tag:"_s + tag);
    for (const ClusterEdge &e : c.edges)
        subjects.insert(u"edge:"_s + e.a + u'|' + e.b);
    return subjects;
}

} // namespace

TrendsController::TrendsController(std::shared_ptr<RunCache> runs) : m_runs(std::move(runs))
{
}

HandlerResult TrendsController::trend(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(request, {u"run_id"_s}))
        return *error;
    const QString trendId = request.pathParams.value(u"trend_id"_s);
    auto loaded = m_runs->load(requestparsing::queryString(request, u"run_id"_s));
    if (!loaded)
        return ApiError::fromCore(loaded.error());
    const std::shared_ptr<const RunResult> &run = loaded.value();
    if (!run)
        return ApiError::notFound(u"no run is stored yet; POST /api/v1/discover first"_s);

    for (const ClusterResult &c : run->clusters) {
        if (c.trendId != trendId)
            continue;
        const QSet<QString> subjects = subjectsOf(c);
        QJsonArray decisions;
        for (const Decision &d : run->decisions) {
            if (subjects.contains(d.subject) || d.subject.contains(trendId))
                decisions.append(runjson::toJson(d));
        }
        QJsonObject body = runjson::toJson(c, runjson::Detail::Evidence);
        body.insert(u"run_id"_s, run->runId);
        body.insert(u"decisions"_s, decisions);
        return HttpResponse::json(body);
    }
    return ApiError::notFound(u"run %1 has no trend %2"_s.arg(run->runId, trendId),
                              QJsonObject{{u"trend_id"_s, trendId}, {u"run_id"_s, run->runId}});
}
