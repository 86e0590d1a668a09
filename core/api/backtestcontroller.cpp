#include "core/api/backtestcontroller.h"

#include "core/api/backtestjobs.h"
#include "core/api/requestparsing.h"
#include "core/model/backtestjson.h"
#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject jobJson(const BacktestJobs::Job &job)
{
    const BacktestRequest &r = job.request;
    QJsonObject request{{u"from"_s, isoUtc(r.fromMs)}, {u"to"_s, isoUtc(r.toMs)}, {u"step_hours"_s, r.stepHours}};
    if (r.windowHours)
        request.insert(u"window_hours"_s, *r.windowHours);
    if (!r.overrides.isEmpty())
        request.insert(u"overrides"_s, r.overrides);
    QJsonObject json{{u"id"_s, job.id},
                     {u"state"_s, job.state},
                     {u"progress"_s, QJsonObject{{u"done"_s, job.done}, {u"total"_s, job.total}}},
                     {u"request"_s, request},
                     {u"href"_s, QString(u"/api/v1/backtest/"_s + job.id)}};
    if (job.result)
        json.insert(u"result"_s, backtestjson::toJson(*job.result));
    if (job.error)
        json.insert(u"error"_s, QJsonObject{{u"code"_s, job.error->code}, {u"message"_s, job.error->message}});
    return json;
}

} // namespace

BacktestController::BacktestController(std::shared_ptr<BacktestJobs> jobs) : m_jobs(std::move(jobs)) {}

std::variant<BacktestRequest, ApiError> BacktestController::parseBody(const QByteArray &requestBody)
{
    auto parsed = requestparsing::jsonObject(requestBody, false);
    if (auto *error = std::get_if<ApiError>(&parsed))
        return *error;
    const QJsonObject body = std::get<QJsonObject>(std::move(parsed));
    if (auto error = requestparsing::unknownKey(
            body, {u"from"_s, u"to"_s, u"step_hours"_s, u"window_hours"_s, u"overrides"_s}))
        return *error;

    BacktestRequest req;
    for (const QString &field : {u"from"_s, u"to"_s}) {
        if (!body.contains(field) || body.value(field).isNull())
            return ApiError::badRequest(u"%1: required (an ISO-8601 time)"_s.arg(field), QJsonObject{{u"field"_s, field}});
        auto time = requestparsing::timeValue(body.value(field), field);
        if (auto *error = std::get_if<ApiError>(&time))
            return *error;
        (field == u"from"_s ? req.fromMs : req.toMs) = std::get<qint64>(time);
    }
    if (body.contains(u"step_hours"_s) && !body.value(u"step_hours"_s).isNull()) {
        auto step = requestparsing::intValue(body.value(u"step_hours"_s), u"step_hours"_s, 1,
                                             PipelineParams::kMaxWindowHours);
        if (auto *error = std::get_if<ApiError>(&step))
            return *error;
        req.stepHours = std::get<int>(step);
    }
    if (auto error = requestparsing::windowAndOverrides(body, req.windowHours, req.overrides))
        return *error;
    return req;
}

HandlerResult BacktestController::start(const HttpRequest &request) const
{
    auto parsed = parseBody(request.body);
    if (auto *error = std::get_if<ApiError>(&parsed))
        return *error;
    Result<BacktestJobs::Job> job = m_jobs->start(std::get<BacktestRequest>(parsed));
    if (!job) {
        if (job.error().code == u"busy_jobs"_s) {
            ApiError busy{ApiError::Kind::Conflict, job.error().message,
                          QJsonObject{{u"retry_after_s"_s, kRetryAfterSeconds}}, {}};
            busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(kRetryAfterSeconds)));
            return busy;
        }
        return ApiError::fromCore(job.error());
    }
    HttpResponse response = HttpResponse::json(jobJson(job.value()), 202);
    response.headers.append(qMakePair(QByteArray("Location"), (u"/api/v1/backtest/"_s + job.value().id).toUtf8()));
    return response;
}

HandlerResult BacktestController::job(const HttpRequest &request) const
{
    const QString id = request.pathParams.value(u"id"_s);
    const std::optional<BacktestJobs::Job> job = m_jobs->find(id);
    if (!job)
        return ApiError::notFound(u"no backtest \"%1\" (finished backtests are kept for a while only)"_s.arg(id),
                                  QJsonObject{{u"id"_s, id}});
    return HttpResponse::json(jobJson(*job));
}
