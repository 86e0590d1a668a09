#include "core/api/healthcontroller.h"

#include "core/api/postcountcache.h"
#include "core/log/log.h"

using namespace Qt::StringLiterals;

HealthController::HealthController(std::shared_ptr<PostCountCache> counts, ServerRole role)
    : m_counts(std::move(counts)), m_role(role)
{
}

HandlerResult HealthController::health(const HttpRequest &) const
{
    const Result<qint64> posts = m_counts->count();
    if (!posts) {
        // A probe must tell "up but the database is gone" from "ok"; the cause goes to the log only.
        gtlog::api()->error("health: database check failed: {}", posts.error().message.toStdString());
        return HttpResponse::json({{u"status"_s, u"error"_s},
                                   {u"database"_s, u"unavailable"_s},
                                   {u"posts"_s, QJsonValue()},
                                   {u"version"_s, QStringLiteral(GT_VERSION)},
                                   {u"role"_s, serverRoleName(m_role)}},
                                  503);
    }
    return HttpResponse::json({{u"status"_s, u"ok"_s},
                               {u"database"_s, u"ok"_s},
                               {u"posts"_s, posts.value()},
                               {u"version"_s, QStringLiteral(GT_VERSION)},
                               {u"role"_s, serverRoleName(m_role)}});
}
