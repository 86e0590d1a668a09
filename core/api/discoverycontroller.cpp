#include "core/api/discoverycontroller.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/api/requestparsing.h"
#include "core/model/runjson.h"
#include "core/service/discoveryservice.h"
#include "core/service/threadpriority.h"

using namespace Qt::StringLiterals;

namespace {

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
    m_runner.setMaxThreadCount(1);
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
        auto asOf = requestparsing::timeValue(body.value(u"as_of"_s), u"as_of"_s);
        if (auto *error = std::get_if<ApiError>(&asOf))
            return *error;
        req.asOfMs = std::get<qint64>(asOf);
    }
    if (auto error = requestparsing::windowAndOverrides(body, req.windowHours, req.overrides))
        return *error;
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
    // Made on a thread of its own at a lower priority (the threads the run starts inherit it), so that on two busy
    // cores the requests arriving meanwhile (GET /api/v1/tiles, /health) are answered first. This worker waits; it
    // could not lower its own priority for the run and raise it again after, which takes a privilege.
    const Result<std::shared_ptr<const RunResult>> run = QtConcurrent::run(&m_runner, [this, &req] {
                                                             lowerThreadPriority(kDiscoveryNiceness);
                                                             return m_discovery->discover(req);
                                                         }).result();
    if (!run)
        return ApiError::fromCore(run.error());
    return HttpResponse::json(runjson::discoverBody(*run.value()));
}
