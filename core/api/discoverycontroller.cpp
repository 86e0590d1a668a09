#include "core/api/discoverycontroller.h"

#include <cmath>

#include "core/api/requestparsing.h"
#include "core/model/runjson.h"
#include "core/model/timeformat.h"
#include "core/service/discoveryservice.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxWindowHours = PipelineParams::kMaxWindowHours;

/// `as_of` as SPEC section 1 reads times: ISO-8601 with offset or `Z`, or epoch seconds, or
/// epoch milliseconds (values ≥ 10^11).
std::variant<qint64, ApiError> parseAsOf(const QJsonValue &value)
{
    if (value.isString()) {
        if (auto ms = parseIsoUtc(value.toString()))
            return *ms;
        return ApiError::unprocessable(u"as_of: not an ISO-8601 time with offset or Z: \"%1\""_s.arg(value.toString()),
                                       QJsonObject{{u"field"_s, u"as_of"_s}});
    }
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (!std::isfinite(v) || v < 0 || v > 1e15 || v != std::floor(v))
            return ApiError::unprocessable(u"as_of: not a valid epoch time"_s, QJsonObject{{u"field"_s, u"as_of"_s}});
        const auto n = static_cast<qint64>(v);
        return n >= 100000000000LL ? n : n * 1000;
    }
    return ApiError::badRequest(u"as_of: must be a string (ISO-8601) or a number (epoch seconds or milliseconds)"_s,
                                QJsonObject{{u"field"_s, u"as_of"_s}});
}

/// Clears the busy flag however the request ends.
struct RunningGuard
{
    std::atomic_bool &flag;
    ~RunningGuard() { flag.store(false); }
};

} // namespace

DiscoveryController::DiscoveryController(std::shared_ptr<const DiscoveryService> discovery)
    : m_discovery(std::move(discovery))
{
}

std::variant<DiscoverRequest, ApiError> DiscoveryController::parseBody(const QByteArray &requestBody)
{
    auto parsed = requestparsing::jsonObject(requestBody, true);
    if (auto *error = std::get_if<ApiError>(&parsed))
        return *error;
    const QJsonObject body = std::get<QJsonObject>(std::move(parsed));
    if (auto error = requestparsing::unknownKey(body, {u"as_of"_s, u"window_hours"_s, u"overrides"_s}))
        return *error;

    DiscoverRequest req;
    if (body.contains(u"as_of"_s) && !body.value(u"as_of"_s).isNull()) {
        auto asOf = parseAsOf(body.value(u"as_of"_s));
        if (auto *error = std::get_if<ApiError>(&asOf))
            return *error;
        req.asOfMs = std::get<qint64>(asOf);
    }
    if (body.contains(u"window_hours"_s) && !body.value(u"window_hours"_s).isNull()) {
        const QJsonValue h = body.value(u"window_hours"_s);
        if (!h.isDouble() || h.toDouble() != std::floor(h.toDouble()))
            return ApiError::badRequest(u"window_hours: must be an integer"_s, QJsonObject{{u"field"_s, u"window_hours"_s}});
        const double hours = h.toDouble();
        if (hours < 1 || hours > kMaxWindowHours)
            return ApiError::unprocessable(u"window_hours: must be between 1 and %1, got %2"_s.arg(kMaxWindowHours).arg(hours),
                                           QJsonObject{{u"field"_s, u"window_hours"_s}});
        req.windowHours = static_cast<int>(hours);
    }
    if (body.contains(u"overrides"_s) && !body.value(u"overrides"_s).isNull()) {
        if (!body.value(u"overrides"_s).isObject())
            return ApiError::badRequest(u"overrides: must be an object of config keys, e.g. {\"clustering.min_jaccard\": 0.3}"_s,
                                        QJsonObject{{u"field"_s, u"overrides"_s}});
        req.overrides = body.value(u"overrides"_s).toObject();
    }
    return req;
}

HandlerResult DiscoveryController::discover(const HttpRequest &request) const
{
    auto parsed = parseBody(request.body);
    if (auto *error = std::get_if<ApiError>(&parsed))
        return *error;
    const DiscoverRequest req = std::get<DiscoverRequest>(std::move(parsed));

    // Check the parameters before taking the slot, so a bad request never gets a 409.
    if (Result<PipelineParams> params = m_discovery->resolve(req); !params)
        return ApiError::fromCore(params.error());

    if (m_running.exchange(true)) {
        ApiError busy{ApiError::Kind::Conflict, u"a discovery is already running; retry shortly"_s,
                      QJsonObject{{u"retry_after_s"_s, kRetryAfterSeconds}}, {}};
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(kRetryAfterSeconds)));
        return busy;
    }
    RunningGuard guard{m_running};
    const Result<std::shared_ptr<const RunResult>> run = m_discovery->discover(req);
    if (!run)
        return ApiError::fromCore(run.error());
    return HttpResponse::json(runjson::discoverBody(*run.value()));
}
