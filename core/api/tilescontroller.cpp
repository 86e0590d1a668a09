#include "core/api/tilescontroller.h"

#include <QJsonArray>

#include "core/api/requestparsing.h"
#include "core/api/runcache.h"
#include "core/model/runjson.h"
#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

TilesController::TilesController(std::shared_ptr<RunCache> runs) : m_runs(std::move(runs))
{
}

HandlerResult TilesController::tiles(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(request, {u"run_id"_s, u"platform"_s, u"urgency"_s, u"limit"_s}))
        return *error;
    auto limit = requestparsing::queryInt(request, u"limit"_s, 100, 1, 1000);
    if (auto *error = std::get_if<ApiError>(&limit))
        return *error;
    const QString urgency = requestparsing::queryString(request, u"urgency"_s);
    static const QStringList urgencies{u"act_now"_s, u"prepare"_s, u"monitor"_s};
    if (!urgency.isEmpty() && !urgencies.contains(urgency))
        return ApiError::unprocessable(u"urgency: must be one of act_now, prepare, monitor; got \"%1\""_s.arg(urgency),
                                       QJsonObject{{u"parameter"_s, u"urgency"_s}});
    const QString platform = requestparsing::queryString(request, u"platform"_s).toLower();

    auto loaded = m_runs->load(requestparsing::queryString(request, u"run_id"_s));
    if (!loaded)
        return ApiError::fromCore(loaded.error());
    const std::shared_ptr<const RunResult> &run = loaded.value();
    if (!run)
        return HttpResponse::json({{u"run_id"_s, QJsonValue()}, {u"as_of"_s, QJsonValue()}, {u"tiles"_s, QJsonArray()}});

    std::vector<const ClusterResult *> trends;
    for (const ClusterResult &c : run->clusters) {
        if (!c.isTrend)
            continue;
        if (!urgency.isEmpty() && c.urgency != urgency)
            continue;
        if (!platform.isEmpty() && !c.platforms.contains(platform))
            continue;
        trends.push_back(&c);
    }
    std::stable_sort(trends.begin(), trends.end(), [](auto *a, auto *b) { return a->rank < b->rank; });
    QJsonArray tiles;
    for (const ClusterResult *c : trends) {
        if (tiles.size() >= std::get<int>(limit))
            break;
        tiles.append(runjson::toJson(*c, runjson::Detail::Tile));
    }
    return HttpResponse::json({{u"run_id"_s, run->runId}, {u"as_of"_s, isoUtc(run->asOfMs)}, {u"tiles"_s, tiles}});
}
