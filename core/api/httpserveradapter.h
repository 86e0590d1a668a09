#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/api/httpreply.h"
#include "core/api/httprequest.h"
#include "core/model/result.h"

class QHttpServer;
class GuardedTcpServer;

/// The only place that talks to QHttpServer (a technical preview in Qt 6.4 whose API changed in
/// 6.5 and 6.8): a Qt upgrade touches this file and nothing else.
///
/// It registers no routes with QHttpServer. Every request goes to QHttpServer's missing-route
/// handler, the one hook that hands over a QHttpServerResponder in 6.4, is copied into a plain
/// HttpRequest and passed to one `Handler` together with an HttpReply. The handler may answer at
/// once or from a worker thread; the adapter writes the answer on its own thread, skips it if the
/// client went away meanwhile, and writes one access log line (method, path, status, bytes, ms).
///
/// Body limits are enforced below QHttpServer by GuardedTcpServer (see there for why).
/// Not supported by 6.4 and so not here: HTTP pipelining with out-of-order answers (clients such
/// as QNetworkAccessManager, curl and wrk wait for each answer), TLS, HTTP/2.
class HttpServerAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerAdapter)

public:
    using Handler = std::function<void(HttpRequest, HttpReply)>;

    /// `maxBodyBytes`: bodies declaring more get 413 before QHttpServer reads them.
    HttpServerAdapter(qint64 maxBodyBytes, Handler handler, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    /// Starts listening on `host` ("127.0.0.1", "0.0.0.0", "::1", "localhost") and `port`
    /// (0 = an ephemeral port).
    Status listen(const QString &host, quint16 port);

    /// The bound port (after listen()), 0 when not listening.
    quint16 port() const;
    bool isListening() const;

    /// Stops accepting new connections. Open connections stay until closeConnections().
    void stopListening();

    /// Flushes every open connection's pending answer and closes it.
    void closeConnections();

    /// Requests received and not yet answered.
    int inFlight() const { return m_inFlight.load(); }

Q_SIGNALS:
    /// The last request in flight was answered (inFlight() went to 0).
    void idle();

private:
    struct Pending;
    void onRequest(HttpRequest request, std::shared_ptr<Pending> pending);
    void write(const std::shared_ptr<Pending> &pending, const HttpResponse &response);
    HttpReply makeReply(const std::shared_ptr<Pending> &pending);

    Handler m_handler;
    QHttpServer *m_server = nullptr;
    QPointer<GuardedTcpServer> m_tcp;
    qint64 m_maxBodyBytes;
    std::atomic_int m_inFlight{0};
};
