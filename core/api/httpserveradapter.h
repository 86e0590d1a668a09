#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "core/api/browserpolicy.h"
#include "core/api/httpreply.h"
#include "core/api/httprequest.h"
#include "core/api/httpserveroptions.h"
#include "core/model/result.h"

class HttpConnection;
class QTcpServer;

/// The HTTP/1.1 server under the REST layer, written on QTcpServer/QTcpSocket (Qt 6.4's
/// QHttpServer, a technical preview, could not be made correct behind a guard: it buffers whole
/// bodies, answers pipelined requests out of order and has no timeouts).
///
/// Every request is parsed incrementally (HttpRequestParser) by its connection (HttpConnection),
/// copied into a plain HttpRequest and passed to one `Handler` together with an HttpReply. The
/// handler may answer at once or from a worker thread; the answer is written on the server's
/// thread in request order, skipped if the client went away meanwhile, and logged with one
/// access log line (method, path, status, bytes, ms).
///
/// Limits (HttpServerOptions): body size (413, never read into memory), header block (431),
/// header/body/idle timeouts (408 or a silent close when idle), connections (503), bytes of
/// request bodies buffered at once across all connections (503 with Retry-After); browser
/// safety (BrowserPolicy): Host (421), Content-Type of POSTs (415), CORS, and
/// "X-Content-Type-Options: nosniff" on every answer. Not here: TLS (use a reverse proxy),
/// HTTP/2, chunked request bodies (411).
class HttpServerAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerAdapter)

public:
    using Handler = std::function<void(HttpRequest, HttpReply)>;

    HttpServerAdapter(HttpServerOptions options, Handler handler, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    /// Starts listening on `host` ("127.0.0.1", "0.0.0.0", "::1", "localhost") and `port`
    /// (0 = an ephemeral port).
    Status listen(const QString &host, quint16 port);

    /// The bound port (after listen()), 0 when not listening.
    quint16 port() const;
    bool isListening() const;

    /// Stops accepting new connections. Open connections stay until closeConnections().
    void stopListening();

    /// Lets every open connection write the answers already given, then closes it.
    void closeConnections();

    /// Requests received and not yet answered.
    int inFlight() const { return m_inFlight.load(); }
    /// Open connections.
    int connectionCount() const { return int(m_connections.size()); }
    /// Bytes of request bodies reserved now (read or being read, and not yet answered).
    qint64 inflightBodyBytes() const { return m_inflightBytes; }

    const HttpServerOptions &options() const { return m_options; }
    const BrowserPolicy &policy() const { return m_policy; }

    /// A monotonic clock in milliseconds for the connections' timeouts.
    static qint64 nowMs();

Q_SIGNALS:
    /// The last request in flight was answered (inFlight() went to 0).
    void idle();

private:
    friend class HttpConnection;

    void onNewConnection();
    void sweep();
    /// Reserves `bytes` of the in-flight budget; false when server.max_inflight_mb would be exceeded.
    bool reserveBody(qint64 bytes);
    void releaseBody(qint64 bytes);
    /// Hands a whole request to the handler with a reply that answers `seq` on `connection`.
    void dispatch(HttpRequest request, HttpConnection *connection, quint64 seq, qint64 reservedBytes);
    void answered(const QPointer<HttpConnection> &connection, quint64 seq, qint64 reservedBytes, HttpResponse response);

    HttpServerOptions m_options;
    BrowserPolicy m_policy;
    Handler m_handler;
    QTcpServer *m_tcp = nullptr;
    QList<HttpConnection *> m_connections;
    QTimer m_sweep;
    qint64 m_inflightBytes = 0;
    std::atomic_int m_inFlight{0};
};
