#pragma once

#include <functional>
#include <variant>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/api/apierror.h"
#include "core/api/httprequest.h"
#include "core/api/httpresponse.h"
#include "core/model/serverrole.h"

/// What a handler answers: a response, or an error that errorResponse() turns into one.
using HandlerResult = std::variant<HttpResponse, ApiError>;
using Handler = std::function<HandlerResult(const HttpRequest &)>;
/// Answers one request, exactly once, from any thread.
using Respond = std::function<void(HandlerResult)>;
/// A handler that answers later through `respond` (it hands the request on, as POST
/// /api/v1/posts hands its batch to the ingest queue, and is answered after the commit).
using DeferredHandler = std::function<void(const HttpRequest &, Respond)>;

/// Where a handler runs. Cheap handlers answer on the server's thread; anything that parses a
/// large body, touches many rows or runs the pipeline goes to the worker pool so that /health
/// keeps answering in milliseconds.
enum class Execution { EventLoop, Worker };

/// One route: a method and a path pattern whose `{name}` segments capture one segment each.
struct Route
{
    QString method;  ///< "GET", "POST"
    QString pattern; ///< "/api/v1/trends/{trend_id}" — the same syntax as the OpenAPI paths
    Execution execution = Execution::EventLoop;
    ServerRole role = ServerRole::All; ///< the instances that answer it (All: every instance)
    Handler handler;          ///< answers by returning…
    DeferredHandler deferred; ///< …or, when set instead, through its Respond
};

/// A route found for a request, with its captured path parameters.
struct RouteMatch
{
    const Route *route = nullptr;
    QHash<QString, QString> params;
};

/// The whole path matching of the server. The HTTP server hands every request to one handler and
/// this class does the rest, so that an unknown path is a JSON 404, a known path with another
/// method a JSON 405 with an Allow header, and a route of another role (README "Scaling out") a
/// JSON 421 naming this instance's role and the role that serves it. This is the one place that
/// knows which role serves what.
class Router
{
public:
    /// A router of an instance of `role` (ServerRole::All answers every route).
    explicit Router(ServerRole role = ServerRole::All);

    void add(Route route);

    /// The matching route, or 404 (no pattern matches the path), 405 (patterns match, methods
    /// don't; the error carries the Allow header) or 421 (the route is another role's).
    std::variant<RouteMatch, ApiError> match(const QString &method, const QString &path) const;

    ServerRole role() const { return m_role; }

    /// Every route as "METHOD pattern", in registration order (for the OpenAPI consistency test).
    QStringList describe() const;

    const std::vector<Route> &routes() const { return m_routes; }

private:
    static bool matches(const QString &pattern, const QString &path, QHash<QString, QString> *params);
    ApiError wrongRole(const Route &route, const QString &path) const;

    ServerRole m_role = ServerRole::All;
    std::vector<Route> m_routes;
};
