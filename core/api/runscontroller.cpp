#include "core/api/runscontroller.h"

#include <QBuffer>
#include <QJsonArray>

#include "core/api/requestparsing.h"
#include "core/model/tagnetworkjson.h"
#include "core/report/gexfexport.h"
#include "core/report/networklayout.h"
#include "core/service/storedtagnetwork.h"
#include "core/service/storedruncomparison.h"
#include "core/model/runjson.h"
#include "core/model/timeformat.h"
#include "core/storage/runstore.h"

using namespace Qt::StringLiterals;

RunsController::RunsController(std::shared_ptr<const RunStore> runs) : m_runs(std::move(runs))
{
}

HandlerResult RunsController::runs(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(request, {u"limit"_s, u"offset"_s}))
        return *error;
    auto limit = requestparsing::queryInt(request, u"limit"_s, 50, 1, 1000);
    if (auto *error = std::get_if<ApiError>(&limit))
        return *error;
    auto offset = requestparsing::queryInt(request, u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    if (auto *error = std::get_if<ApiError>(&offset))
        return *error;

    auto listed = m_runs->listRuns(std::get<int>(limit), std::get<int>(offset));
    if (!listed)
        return ApiError::fromCore(listed.error());
    QJsonArray runs;
    for (const auto &r : listed.value()) {
        runs.append(QJsonObject{{u"run_id"_s, r.runId},
                                {u"as_of"_s, isoUtc(r.asOfMs)},
                                {u"window_hours"_s, r.windowHours},
                                {u"posts_in_window"_s, r.postsInWindow},
                                {u"clusters"_s, r.clusters},
                                {u"trends"_s, r.trends},
                                {u"decisions"_s, r.decisions},
                                {u"duration_ms"_s, r.durationMs},
                                {u"created_at"_s, isoUtc(r.createdAtMs)}});
    }
    return HttpResponse::json(
        {{u"runs"_s, runs}, {u"limit"_s, std::get<int>(limit)}, {u"offset"_s, std::get<int>(offset)}});
}

HandlerResult RunsController::decisions(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(
            request, {u"subject"_s, u"stage"_s, u"outcome"_s, u"text"_s, u"limit"_s, u"offset"_s}))
        return *error;
    auto limit = requestparsing::queryInt(request, u"limit"_s, 100, 1, 10000);
    if (auto *error = std::get_if<ApiError>(&limit))
        return *error;
    auto offset = requestparsing::queryInt(request, u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    if (auto *error = std::get_if<ApiError>(&offset))
        return *error;
    const QString stage = requestparsing::queryString(request, u"stage"_s);
    static const QStringList stages{u"window"_s, u"hashtag_stats"_s, u"clustering"_s,
                                    u"metrics"_s, u"validation"_s,    u"tiles"_s};
    if (!stage.isEmpty() && !stages.contains(stage))
        return ApiError::unprocessable(u"stage: must be one of %1; got \"%2\""_s.arg(stages.join(u", "_s), stage),
                                       QJsonObject{{u"parameter"_s, u"stage"_s}});
    DecisionQuery query;
    query.stage = stage;
    query.subject = requestparsing::queryString(request, u"subject"_s);
    query.outcome = requestparsing::queryString(request, u"outcome"_s);
    query.text = requestparsing::queryString(request, u"text"_s);
    query.limit = std::get<int>(limit);
    query.offset = std::get<int>(offset);

    const QString runId = request.pathParams.value(u"run_id"_s);
    auto page = m_runs->decisions(runId, query);
    if (!page)
        return ApiError::fromCore(page.error());
    QJsonArray items;
    for (const Decision &d : page.value().items)
        items.append(runjson::toJson(d));
    return HttpResponse::json({{u"run_id"_s, runId},
                               {u"total"_s, page.value().total},
                               {u"limit"_s, query.limit},
                               {u"offset"_s, query.offset},
                               {u"items"_s, items}});
}

HandlerResult RunsController::compare(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(request, {}))
        return *error;
    auto comparison = compareStoredRuns(*m_runs, request.pathParams.value(u"run_id"_s),
                                        request.pathParams.value(u"other_run_id"_s));
    if (!comparison)
        return ApiError::fromCore(comparison.error());
    return HttpResponse::json(runjson::toJson(comparison.value()));
}

HandlerResult RunsController::network(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(request, {u"format"_s}))
        return *error;
    const QString format = requestparsing::queryString(request, u"format"_s);
    if (!format.isEmpty() && format != u"json"_s && format != u"gexf"_s)
        return ApiError::unprocessable(u"format: must be json or gexf; got \"%1\""_s.arg(format),
                                       QJsonObject{{u"parameter"_s, u"format"_s}});
    const QString runId = request.pathParams.value(u"run_id"_s);
    auto network = loadTagNetwork(*m_runs, runId);
    if (!network)
        return ApiError::fromCore(network.error());
    if (format != u"gexf"_s)
        return HttpResponse::json(tagnetworkjson::toJson(network.value()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = writeNetworkGexf(network.value(), layoutNetwork(network.value()), buffer);
    if (!written)
        return ApiError::fromCore(written.error());
    return HttpResponse{200, QByteArray(kGexfContentType), buffer.data(),
                        {{QByteArrayLiteral("Content-Disposition"),
                          QByteArrayLiteral("attachment; filename=\"network-") + runId.toUtf8() + ".gexf\""}}};
}
