#include "core/api/apiserver.h"

#include <exception>

#include <QTimer>
#include <QtConcurrent>

#include "core/api/alertscontroller.h"
#include "core/api/backtestcontroller.h"
#include "core/api/backtestjobs.h"
#include "core/api/bearerauth.h"
#include "core/api/cachedreads.h"
#include "core/api/discoverycontroller.h"
#include "core/api/docscontroller.h"
#include "core/api/healthcontroller.h"
#include "core/api/httpserveradapter.h"
#include "core/api/postcountcache.h"
#include "core/api/postscontroller.h"
#include "core/api/runscontroller.h"
#include "core/api/tilescontroller.h"
#include "core/api/trendscontroller.h"
#include "core/cache/nullreadcache.h"
#include "core/log/log.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/service/ingestqueue.h"

using namespace Qt::StringLiterals;

namespace {

HttpResponse toResponse(HandlerResult result)
{
    if (auto *error = std::get_if<ApiError>(&result))
        return errorResponse(*error);
    return std::get<HttpResponse>(std::move(result));
}

/// Runs a handler and turns anything it throws (bad_alloc, a library's exception) into a 500.
HttpResponse runHandler(const Handler &handler, const HttpRequest &request)
{
    try {
        return toResponse(handler(request));
    } catch (const std::exception &e) {
        gtlog::api()->error("{} {}: unhandled exception: {}", request.method.toStdString(),
                            request.path.toStdString(), e.what());
    } catch (...) {
        gtlog::api()->error("{} {}: unhandled exception", request.method.toStdString(), request.path.toStdString());
    }
    return errorResponse(ApiError::internal());
}

/// The same for a deferred handler: a throw before it answered is a 500 (a later answer is ignored).
void runDeferred(const DeferredHandler &handler, const HttpRequest &request, const HttpReply &reply)
{
    try {
        handler(request, [reply](HandlerResult result) { reply(toResponse(std::move(result))); });
        return;
    } catch (const std::exception &e) {
        gtlog::api()->error("{} {}: unhandled exception: {}", request.method.toStdString(),
                            request.path.toStdString(), e.what());
    } catch (...) {
        gtlog::api()->error("{} {}: unhandled exception", request.method.toStdString(), request.path.toStdString());
    }
    reply(errorResponse(ApiError::internal()));
}

/// A route whose handler calls `method` on a controller shared by value with the worker.
template <typename Controller>
Route route(ServerRole role, const char *method, const char *pattern, Execution execution,
            std::shared_ptr<Controller> controller, HandlerResult (Controller::*member)(const HttpRequest &) const)
{
    return Route{QString::fromLatin1(method), QString::fromLatin1(pattern), execution, role,
                 [controller, member](const HttpRequest &request) { return ((*controller).*member)(request); }, {}};
}

/// A route whose handler answers through its Respond (see DeferredHandler).
template <typename Controller>
Route deferredRoute(ServerRole role, const char *method, const char *pattern, std::shared_ptr<Controller> controller,
                    void (Controller::*member)(const HttpRequest &, Respond) const)
{
    return Route{QString::fromLatin1(method), QString::fromLatin1(pattern), Execution::Worker, role, {},
                 [controller, member](const HttpRequest &request, Respond respond) {
                     ((*controller).*member)(request, std::move(respond));
                 }};
}

/// `route` with its handler wrapped (e.g. by the read cache).
Route wrapped(Route route, const std::function<Handler(Handler)> &wrap)
{
    route.handler = wrap(std::move(route.handler));
    return route;
}

} // namespace

ApiServer::ApiServer(ApiServerSettings settings, ApiServices services, QObject *parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_services(std::move(services)),
      m_counts(std::make_shared<PostCountCache>(m_services.discovery->posts())),
      m_ingest(std::make_shared<IngestQueue>(m_services.discovery->posts())),
      m_router(m_settings.role)
{
    m_workers.setMaxThreadCount(std::max(1, m_settings.workerThreads));
    // Worker threads keep their database connection between requests instead of reopening it.
    m_workers.setExpiryTimeout(-1);
    buildRoutes();
    m_adapter = new HttpServerAdapter(
        m_settings.http, [this](HttpRequest request, HttpReply reply) { dispatch(std::move(request), std::move(reply)); },
        this);
}

ApiServer::~ApiServer()
{
    if (m_adapter)
        m_adapter->stopListening();
    m_workers.waitForDone();
    // Workers submit no more: store what they queued (each completion queues its answer).
    m_ingest->close();
    // Let replies queued by the workers reach the adapter before it goes away.
    delete m_adapter;
    m_adapter = nullptr;
}

void ApiServer::buildRoutes()
{
    const std::shared_ptr<const ReadCache> cache =
        m_services.cache ? m_services.cache : std::make_shared<const NullReadCache>();
    auto health = std::make_shared<HealthController>(m_counts, m_settings.role, cache);
    auto posts = std::make_shared<PostsController>(m_services.imports->options(), m_ingest, m_counts);
    auto discovery = std::make_shared<DiscoveryController>(m_services.discovery);
    auto tiles = std::make_shared<TilesController>(m_services.discovery->runs());
    auto trends = std::make_shared<TrendsController>(m_services.discovery->runs());
    auto runs = std::make_shared<RunsController>(m_services.discovery->runs());
    auto docs = std::make_shared<DocsController>();
    auto backtest = std::make_shared<BacktestController>(
        std::make_shared<BacktestJobs>(m_services.discovery->posts(), m_services.discovery->defaults()));
    auto alerts = std::make_shared<AlertsController>(m_services.alerts);
    // The answers about stored runs go through the read cache (a no-op without cache.redis_url).
    auto reads = std::make_shared<const CachedReads>(cache, m_services.discovery->runs());
    const auto givenRun = [reads](Handler h) { return reads->cached(std::move(h), CachedReads::Scope::GivenRun); };
    const auto latestOrGiven = [reads](Handler h) { return reads->cached(std::move(h), CachedReads::Scope::LatestOrGiven); };
    const auto runList = [reads](Handler h) { return reads->cachedRunList(std::move(h)); };

    // The whole API on one screen: which role's instances answer each route (the router refuses the
    // others with 421), and where it runs (cheap answers stay on the event loop; the rest go to workers).
    constexpr ServerRole ingest = ServerRole::Ingest, discover = ServerRole::Discover, every = ServerRole::All;
    m_router.add(deferredRoute(ingest, "POST", "/api/v1/posts", posts, &PostsController::ingest));
    m_router.add(route(discover, "POST", "/api/v1/discover", Execution::Worker, discovery, &DiscoveryController::discover));
    m_router.add(route(discover, "POST", "/api/v1/backtest", Execution::Worker, backtest, &BacktestController::start));
    m_router.add(route(discover, "GET", "/api/v1/backtest/{id}", Execution::Worker, backtest, &BacktestController::job));
    m_router.add(wrapped(route(discover, "GET", "/api/v1/tiles", Execution::Worker, tiles, &TilesController::tiles), latestOrGiven));
    m_router.add(wrapped(route(discover, "GET", "/api/v1/trends/{trend_id}", Execution::Worker, trends, &TrendsController::trend), latestOrGiven));
    m_router.add(wrapped(route(discover, "GET", "/api/v1/runs", Execution::Worker, runs, &RunsController::runs), runList));
    m_router.add(wrapped(route(discover, "GET", "/api/v1/runs/{run_id}/decisions", Execution::Worker, runs, &RunsController::decisions), givenRun));
    m_router.add(wrapped(route(discover, "GET", "/api/v1/runs/{run_id}/compare/{other_run_id}", Execution::Worker, runs, &RunsController::compare), givenRun));
    m_router.add(wrapped(route(discover, "GET", "/api/v1/runs/{run_id}/network", Execution::Worker, runs, &RunsController::network), givenRun));
    m_router.add(route(discover, "GET", "/api/v1/alerts", Execution::Worker, alerts, &AlertsController::alerts));
    m_router.add(route(every, "GET", "/health", Execution::EventLoop, health, &HealthController::health));
    m_router.add(route(every, "GET", "/openapi.json", Execution::EventLoop, docs, &DocsController::openApi));
    m_router.add(route(every, "GET", "/docs", Execution::EventLoop, docs, &DocsController::docs));
}

Status ApiServer::listen()
{
    if (Status s = m_adapter->listen(m_settings.host, m_settings.port); !s)
        return s;
    if (m_settings.http.maxInflightBytes < m_settings.http.maxBodyBytes)
        gtlog::api()->warn("server.max_inflight_mb is below server.max_body_mb: bodies between the two always get 503");
    // Count once now, so the first /health probe does not pay for a COUNT(*) over every post.
    (void)m_counts->count();
    gtlog::api()->info("REST API listening on {} (role {}, token {}, body limit {} bytes, {} connections, {} workers)",
                       address().toStdString(), serverRoleName(m_settings.role).toStdString(),
                       m_settings.apiToken.isEmpty() ? "off" : "on",
                       m_settings.http.maxBodyBytes, m_settings.http.maxConnections, m_workers.maxThreadCount());
    return Ok{};
}

bool ApiServer::isListening() const
{
    return m_adapter && m_adapter->isListening();
}

quint16 ApiServer::port() const
{
    return m_adapter ? m_adapter->port() : 0;
}

QString ApiServer::address() const
{
    const QString host = m_settings.host.contains(u':') ? u'[' + m_settings.host + u']' : m_settings.host;
    return u"http://%1:%2"_s.arg(host).arg(port());
}

ServerRole ApiServer::role() const
{
    return m_settings.role;
}

QStringList ApiServer::routes() const
{
    return m_router.describe();
}

void ApiServer::dispatch(HttpRequest request, HttpReply reply)
{
    if (m_stopping) {
        ApiError error{ApiError::Kind::Unavailable, u"the server is shutting down"_s, {}, {}};
        error.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
        reply(errorResponse(error));
        return;
    }
    if (auto denied = BearerAuth(m_settings.apiToken).check(request)) {
        reply(errorResponse(*denied));
        return;
    }
    auto found = m_router.match(request.method, request.path);
    if (auto *error = std::get_if<ApiError>(&found)) {
        reply(errorResponse(*error));
        return;
    }
    const RouteMatch &match = std::get<RouteMatch>(found);
    request.pathParams = match.params;
    if (match.route->execution == Execution::EventLoop) {
        reply(runHandler(match.route->handler, request));
        return;
    }
    // Values only: the worker gets its own copies of the handler, the request and the reply.
    if (match.route->deferred) {
        (void)QtConcurrent::run(&m_workers, [handler = match.route->deferred, request = std::move(request),
                                              reply = std::move(reply)] { runDeferred(handler, request, reply); });
        return;
    }
    (void)QtConcurrent::run(&m_workers, [handler = match.route->handler, request = std::move(request),
                                          reply = std::move(reply)] { reply(runHandler(handler, request)); });
}

void ApiServer::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_adapter->stopListening();
    gtlog::api()->info("REST API stopping: {} request(s) in flight", m_adapter->inFlight());
    if (m_adapter->inFlight() == 0) {
        QTimer::singleShot(0, this, &ApiServer::finishShutdown);
        return;
    }
    connect(m_adapter, &HttpServerAdapter::idle, this, &ApiServer::finishShutdown);
    QTimer::singleShot(m_settings.shutdownTimeoutMs, this, [this] {
        if (!m_stopped)
            gtlog::api()->warn("REST API: {} request(s) still running after {} ms; stopping anyway",
                               m_adapter->inFlight(), m_settings.shutdownTimeoutMs);
        finishShutdown();
    });
}

void ApiServer::finishShutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_adapter->closeConnections();
    gtlog::api()->info("REST API stopped");
    Q_EMIT stopped();
}
