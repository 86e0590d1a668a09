#include "core/api/router.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

Router::Router(ServerRole role) : m_role(role)
{
}

void Router::add(Route route)
{
    m_routes.push_back(std::move(route));
}

bool Router::matches(const QString &pattern, const QString &path, QHash<QString, QString> *params)
{
    const QStringList want = pattern.split(u'/');
    const QStringList got = path.split(u'/');
    if (want.size() != got.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &w = want.at(i);
        if (w.startsWith(u'{') && w.endsWith(u'}')) {
            if (got.at(i).isEmpty())
                return false; // "/api/v1/trends/" names no trend
            captured.insert(w.mid(1, w.size() - 2), got.at(i));
        } else if (w != got.at(i)) {
            return false;
        }
    }
    if (params)
        *params = std::move(captured);
    return true;
}

std::variant<RouteMatch, ApiError> Router::match(const QString &method, const QString &path) const
{
    // A trailing slash is forgiven ("/api/v1/runs/" = "/api/v1/runs"); the root is not a route.
    QString p = path;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);

    QStringList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route.pattern, p, &params))
            continue;
        if (route.method == method) {
            if (!roleServes(m_role, route.role))
                return wrongRole(route, path);
            return RouteMatch{&route, std::move(params)};
        }
        if (!allowed.contains(route.method))
            allowed.append(route.method);
    }
    if (allowed.isEmpty())
        return ApiError::notFound(u"no route for %1"_s.arg(path), QJsonObject{{u"path"_s, path}});
    ApiError error{ApiError::Kind::MethodNotAllowed,
                   u"%1 is not allowed on %2; allowed: %3"_s.arg(method, path, allowed.join(u", "_s)),
                   QJsonObject{{u"method"_s, method}, {u"allowed"_s, QJsonArray::fromStringList(allowed)}},
                   {}};
    error.headers.append(qMakePair(QByteArray("Allow"), allowed.join(u", "_s).toLatin1()));
    return error;
}

ApiError Router::wrongRole(const Route &route, const QString &path) const
{
    const QString mine = serverRoleName(m_role);
    const QString theirs = serverRoleName(route.role);
    return ApiError{ApiError::Kind::WrongRole,
                    u"this instance's role is %1; %2 %3 is served by %4 instances (or role all)"_s.arg(
                        mine, route.method, path, theirs),
                    QJsonObject{{u"role"_s, mine}, {u"served_by"_s, theirs}, {u"method"_s, route.method},
                                {u"path"_s, path}},
                    {}};
}

QStringList Router::describe() const
{
    QStringList out;
    for (const Route &route : m_routes)
        out.append(route.method + u' ' + route.pattern);
    return out;
}
