#pragma once

#include <memory>

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include "core/api/apiserversettings.h"
#include "core/api/httpreply.h"
#include "core/api/router.h"
#include "core/model/result.h"

class AlertStore;
class ReadCache;
class DiscoveryService;
class HttpServerAdapter;
class ImportService;
class IngestQueue;
class PostCountCache;

/// The services the REST server works with, shared with whoever else uses them (the desktop
/// app runs the same server in-process with its own services).
struct ApiServices
{
    std::shared_ptr<const ImportService> imports;
    std::shared_ptr<const DiscoveryService> discovery;
    /// GET /api/v1/alerts (Storage::alerts); null: the route says the alerts are kept elsewhere.
    std::shared_ptr<const AlertStore> alerts = nullptr;
    /// The shared cache of read answers (cache.redis_url); null: none (NullReadCache).
    std::shared_ptr<const ReadCache> cache = nullptr;
};

/// The REST server of SPEC section 5, for `glasstrend --serve` and for the desktop app's
/// "Serve API" toggle. Owns the HTTP adapter, the router, the controllers, a worker pool and the
/// ingest queue that stores POST /api/v1/posts batches with group commit.
///
/// Usage: construct, listen(), and on SIGTERM/SIGINT (or the toggle) call shutdown(); when
/// stopped() is emitted every acknowledged request has been answered and its data committed,
/// and the owner may delete the server and close the database.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    ApiServer(ApiServerSettings settings, ApiServices services, QObject *parent = nullptr);
    /// Stops listening and waits for running workers (bounded by what they are doing; no request
    /// is cut off mid-transaction).
    ~ApiServer() override;

    /// Binds settings.host:settings.port. Fails with a message naming the address.
    Status listen();

    bool isListening() const;
    /// The bound port (the ephemeral one when settings.port is 0); 0 when not listening.
    quint16 port() const;
    /// "http://127.0.0.1:8000", for logs and the GUI's status bar.
    QString address() const;

    /// Graceful stop: no new connections, new requests on open connections get 503, requests in
    /// flight finish (up to settings.shutdownTimeoutMs), then connections close and stopped() is
    /// emitted. Calling it again does nothing.
    void shutdown();

    /// Every route as "METHOD /path/{param}" (the OpenAPI document must describe exactly these).
    QStringList routes() const;
    /// What this instance serves (settings.role); the router answers other routes with 421.
    ServerRole role() const;
    /// Every route with the role whose instances answer it.
    const std::vector<Route> &routeTable() const { return m_router.routes(); }

Q_SIGNALS:
    void stopped();

private:
    void buildRoutes();
    void dispatch(HttpRequest request, HttpReply reply);
    void finishShutdown();

    ApiServerSettings m_settings;
    ApiServices m_services;
    std::shared_ptr<PostCountCache> m_counts;
    std::shared_ptr<IngestQueue> m_ingest; ///< POST /api/v1/posts: one writer, group commit
    Router m_router;
    QThreadPool m_workers;
    HttpServerAdapter *m_adapter = nullptr;
    bool m_stopping = false;
    bool m_stopped = false;
};
