#include "core/api/runscontroller.h"

#include <QJsonArray>

#include "core/api/requestparsing.h"
#include "core/api/runcache.h"
#include "core/model/runjson.h"
#include "core/model/timeformat.h"
#include "core/storage/runrepository.h"

using namespace Qt::StringLiterals;

RunsController::RunsController(std::shared_ptr<Database> database, std::shared_ptr<RunCache> runs)
    : m_database(std::move(database)), m_runs(std::move(runs))
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

    auto listed = RunRepository(m_database).listRuns(std::get<int>(limit), std::get<int>(offset));
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
    const QString subject = requestparsing::queryString(request, u"subject"_s);
    const QString outcome = requestparsing::queryString(request, u"outcome"_s);
    const QString text = requestparsing::queryString(request, u"text"_s);

    const QString runId = request.pathParams.value(u"run_id"_s);
    auto loaded = m_runs->load(runId);
    if (!loaded)
        return ApiError::fromCore(loaded.error());
    if (!loaded.value())
        return ApiError::notFound(u"no run %1"_s.arg(runId), QJsonObject{{u"run_id"_s, runId}});
    const RunResult &run = *loaded.value();

    qint64 total = 0;
    QJsonArray items;
    const qint64 first = std::get<int>(offset);
    const qint64 last = first + std::get<int>(limit);
    for (const Decision &d : run.decisions) {
        if ((!stage.isEmpty() && d.stage != stage) || (!subject.isEmpty() && d.subject != subject)
            || (!outcome.isEmpty() && d.outcome != outcome)
            || (!text.isEmpty() && !d.message.contains(text, Qt::CaseInsensitive)))
            continue;
        if (total >= first && total < last)
            items.append(runjson::toJson(d));
        ++total;
    }
    return HttpResponse::json({{u"run_id"_s, run.runId},
                               {u"total"_s, total},
                               {u"limit"_s, std::get<int>(limit)},
                               {u"offset"_s, std::get<int>(offset)},
                               {u"items"_s, items}});
}
