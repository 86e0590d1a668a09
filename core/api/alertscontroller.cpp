#include "core/api/alertscontroller.h"

#include <QJsonArray>

#include "core/api/requestparsing.h"
#include "core/model/alertjson.h"
#include "core/storage/alertstore.h"

using namespace Qt::StringLiterals;

AlertsController::AlertsController(std::shared_ptr<const AlertStore> alerts) : m_alerts(std::move(alerts)) {}

HandlerResult AlertsController::alerts(const HttpRequest &request) const
{
    if (auto error = requestparsing::unknownQuery(request, {u"limit"_s, u"offset"_s}))
        return *error;
    auto limit = requestparsing::queryInt(request, u"limit"_s, 50, 1, 1000);
    if (auto *error = std::get_if<ApiError>(&limit))
        return *error;
    auto offset = requestparsing::queryInt(request, u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    if (auto *error = std::get_if<ApiError>(&offset))
        return *error;

    if (!m_alerts) {
        return ApiError{ApiError::Kind::NotFound,
                        u"this server keeps no alerts: they are raised and listed by `glasstrend --serve` and the "
                        "desktop app"_s,
                        {}, {}};
    }
    auto listed = m_alerts->list(std::get<int>(limit), std::get<int>(offset));
    if (!listed)
        return ApiError::fromCore(listed.error());
    QJsonArray alerts;
    for (const AlertRecord &r : listed.value())
        alerts.append(alertjson::toJson(r));
    return HttpResponse::json(
        {{u"alerts"_s, alerts}, {u"limit"_s, std::get<int>(limit)}, {u"offset"_s, std::get<int>(offset)}});
}
