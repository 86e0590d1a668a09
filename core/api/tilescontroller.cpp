#include "core/api/tilescontroller.h"

#include <QJsonArray>

#include "core/api/requestparsing.h"
#include "core/model/runjson.h"
#include "core/model/timeformat.h"
#include "core/storage/runstore.h"

using namespace Qt::StringLiterals;

TilesController::TilesController(std::shared_ptr<const RunStore> runs) : m_runs(std::move(runs))
{
}

HandlerResult TilesController::tiles(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(request, {u"run_id"_s, u"platform"_s, u"urgency"_s, u"limit"_s}))
        return *error;
    auto limit = requestparsing::queryInt(request, u"limit"_s, 100, 1, 1000);
    if (auto *error = std::get_if<ApiError>(&limit))
        return *error;
    TileQuery query;
    query.limit = std::get<int>(limit);
    query.urgency = requestparsing::queryString(request, u"urgency"_s);
    static const QStringList urgencies{u"act_now"_s, u"prepare"_s, u"monitor"_s};
    if (!query.urgency.isEmpty() && !urgencies.contains(query.urgency))
        return ApiError::unprocessable(u"urgency: must be one of act_now, prepare, monitor; got \"%1\""_s.arg(query.urgency),
                                       QJsonObject{{u"parameter"_s, u"urgency"_s}});
    query.platform = requestparsing::queryString(request, u"platform"_s).toLower();

    const RunStore &runs = *m_runs;
    QString runId = requestparsing::queryString(request, u"run_id"_s);
    if (runId.isEmpty()) {
        auto latest = runs.latestRunId();
        if (!latest)
            return ApiError::fromCore(latest.error());
        if (!latest.value())
            return HttpResponse::json({{u"run_id"_s, QJsonValue()}, {u"as_of"_s, QJsonValue()}, {u"tiles"_s, QJsonArray()}});
        runId = *latest.value();
    }
    auto summary = runs.summary(runId);
    if (!summary)
        return ApiError::fromCore(summary.error());
    auto tiles = runs.tiles(runId, query);
    if (!tiles)
        return ApiError::fromCore(tiles.error());
    QJsonArray out;
    for (const ClusterResult &c : tiles.value())
        out.append(runjson::toJson(c, runjson::Detail::Tile));
    return HttpResponse::json({{u"run_id"_s, runId}, {u"as_of"_s, isoUtc(summary.value().asOfMs)}, {u"tiles"_s, out}});
}
