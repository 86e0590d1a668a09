#include "core/api/trendscontroller.h"

#include <QJsonArray>

#include "core/api/requestparsing.h"
#include "core/model/runjson.h"
#include "core/storage/runstore.h"

using namespace Qt::StringLiterals;

TrendsController::TrendsController(std::shared_ptr<const RunStore> runs) : m_runs(std::move(runs))
{
}

HandlerResult TrendsController::trend(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(request, {u"run_id"_s}))
        return *error;
    const QString trendId = request.pathParams.value(u"trend_id"_s);
    const RunStore &runs = *m_runs;
    QString runId = requestparsing::queryString(request, u"run_id"_s);
    if (runId.isEmpty()) {
        auto latest = runs.latestRunId();
        if (!latest)
            return ApiError::fromCore(latest.error());
        if (!latest.value())
            return ApiError::notFound(u"no run is stored yet; POST /api/v1/discover first"_s);
        runId = *latest.value();
    }
    auto found = runs.trend(runId, trendId);
    if (!found)
        return ApiError::fromCore(found.error());
    if (!found.value())
        return ApiError::notFound(u"run %1 has no trend %2"_s.arg(runId, trendId),
                                  QJsonObject{{u"trend_id"_s, trendId}, {u"run_id"_s, runId}});
    const ClusterResult &cluster = *found.value();

    // The decisions about this trend: its cluster, then each of its tags and edges, in that order.
    QStringList subjects{u"cluster:"_s + cluster.trendId};
    for (const QString &tag : cluster.hashtags)
        subjects.append(u"tag:"_s + tag);
    for (const ClusterEdge &e : cluster.edges)
        subjects.append(u"edge:"_s + e.a + u'|' + e.b);
    QJsonArray decisions;
    for (const QString &subject : subjects) {
        DecisionQuery query;
        query.subject = subject;
        query.limit = 0;
        auto page = runs.decisions(runId, query);
        if (!page)
            return ApiError::fromCore(page.error());
        for (const Decision &d : page.value().items)
            decisions.append(runjson::toJson(d));
    }
    QJsonObject body = runjson::toJson(cluster, runjson::Detail::Evidence);
    body.insert(u"run_id"_s, runId);
    body.insert(u"decisions"_s, decisions);
    return HttpResponse::json(body);
}
