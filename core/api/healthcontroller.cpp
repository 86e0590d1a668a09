#include "core/api/healthcontroller.h"

#include "core/api/postcountcache.h"
#include "core/cache/readcache.h"
#include "core/log/log.h"

using namespace Qt::StringLiterals;

HealthController::HealthController(std::shared_ptr<PostCountCache> counts, ServerRole role,
                                   std::shared_ptr<const ReadCache> cache)
    : m_counts(std::move(counts)), m_role(role), m_cache(std::move(cache))
{
}

namespace {

QJsonObject cacheJson(const ReadCacheHealth &h)
{
    QJsonObject out{{u"backend"_s, h.backend}, {u"state"_s, h.state}};
    if (h.backend != u"none"_s) {
        out.insert(u"hits"_s, h.hits);
        out.insert(u"misses"_s, h.misses);
        out.insert(u"runs_heard"_s, h.runsHeard);
    }
    return out;
}

} // namespace

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
                                   {u"role"_s, serverRoleName(m_role)},
                                   {u"cache"_s, cacheJson(m_cache->health())}},
                                  503);
    }
    return HttpResponse::json({{u"status"_s, u"ok"_s},
                               {u"database"_s, u"ok"_s},
                               {u"posts"_s, posts.value()},
                               {u"version"_s, QStringLiteral(GT_VERSION)},
                               {u"role"_s, serverRoleName(m_role)},
                               {u"cache"_s, cacheJson(m_cache->health())}});
}
