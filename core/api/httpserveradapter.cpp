#include "core/api/httpserveradapter.h"

#include <chrono>

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "core/api/apierror.h"
#include "core/api/httpconnection.h"

using namespace Qt::StringLiterals;

namespace {

/// Connections beyond server.max_connections still get their 503 (up to this many at a time);
/// past that they are closed at once.
constexpr int kMaxRefusing = 32;
/// Bodies at least this large give their memory back to the system once answered (see answered()).
constexpr qint64 kTrimAfterBytes = 1024 * 1024;

/// Answers 500 if the handler dropped its reply without answering (a bug, but never a hang).
struct ReplyGuard
{
    ReplyGuard(std::function<void(HttpResponse)> s, std::shared_ptr<std::atomic_bool> a)
        : send(std::move(s)), answered(std::move(a))
    {
    }
    ReplyGuard(const ReplyGuard &) = delete;
    ReplyGuard &operator=(const ReplyGuard &) = delete;

    std::function<void(HttpResponse)> send;
    std::shared_ptr<std::atomic_bool> answered;
    ~ReplyGuard()
    {
        if (!answered->load())
            send(errorResponse(ApiError::internal()));
    }
};

} // namespace

HttpServerAdapter::HttpServerAdapter(HttpServerOptions options, Handler handler, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_policy(m_options.allowedHosts, m_options.corsOrigins),
      m_handler(std::move(handler))
{
    // One timer checks every connection's deadlines (cheaper than a timer per request).
    const int shortest = std::min({m_options.headerTimeoutMs, m_options.bodyTimeoutMs, m_options.idleTimeoutMs});
    m_sweep.setInterval(std::clamp(shortest / 5, 5, 500));
    connect(&m_sweep, &QTimer::timeout, this, &HttpServerAdapter::sweep);
}

HttpServerAdapter::~HttpServerAdapter()
{
    // Connections are children; they give back their budget as they go.
    const QList<HttpConnection *> connections = m_connections;
    m_connections.clear();
    for (HttpConnection *c : connections)
        delete c;
}

qint64 HttpServerAdapter::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

Status HttpServerAdapter::listen(const QString &host, quint16 port)
{
    QHostAddress address;
    if (host.isEmpty() || host == "localhost"_L1)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return Error{u"invalid_value"_s, u"server.host: not an IP address: \"%1\""_s.arg(host), host};

    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error{u"io"_s, u"cannot listen on %1:%2: %3"_s.arg(host).arg(port).arg(why), {}};
    }
    tcp->setMaxPendingConnections(256);
    connect(tcp, &QTcpServer::newConnection, this, &HttpServerAdapter::onNewConnection);
    delete m_tcp;
    m_tcp = tcp;
    m_policy.setListenAddress(address, tcp->serverPort());
    return Ok{};
}

quint16 HttpServerAdapter::port() const
{
    return m_tcp && m_tcp->isListening() ? m_tcp->serverPort() : 0;
}

bool HttpServerAdapter::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

void HttpServerAdapter::stopListening()
{
    if (m_tcp)
        m_tcp->close();
}

void HttpServerAdapter::closeConnections()
{
    const QList<HttpConnection *> connections = m_connections;
    for (HttpConnection *c : connections)
        c->closeGracefully();
}

void HttpServerAdapter::onNewConnection()
{
    while (m_tcp && m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        const int open = int(m_connections.size());
        if (open >= m_options.maxConnections + kMaxRefusing) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, this, open >= m_options.maxConnections);
        m_connections.append(connection);
        connect(connection, &HttpConnection::finished, this, [this, connection] {
            m_connections.removeOne(connection);
            connection->deleteLater();
            if (m_connections.isEmpty())
                m_sweep.stop();
        });
        if (!m_sweep.isActive())
            m_sweep.start();
    }
}

void HttpServerAdapter::sweep()
{
    const qint64 now = nowMs();
    const QList<HttpConnection *> connections = m_connections; // a timeout may remove one
    for (HttpConnection *c : connections) {
        if (m_connections.contains(c))
            c->checkTimeouts(now);
    }
}

bool HttpServerAdapter::reserveBody(qint64 bytes)
{
    if (m_inflightBytes + bytes > m_options.maxInflightBytes)
        return false;
    m_inflightBytes += bytes;
    return true;
}

void HttpServerAdapter::releaseBody(qint64 bytes)
{
    m_inflightBytes -= bytes;
}

void HttpServerAdapter::dispatch(HttpRequest request, HttpConnection *connection, quint64 seq, qint64 reservedBytes)
{
    ++m_inFlight;
    auto answeredFlag = std::make_shared<std::atomic_bool>(false);
    // The adapter outlives every reply: its owner waits for in-flight requests before deleting it.
    HttpServerAdapter *self = this;
    QPointer<HttpConnection> target(connection);
    auto send = [self, target, seq, reservedBytes, answeredFlag](HttpResponse response) {
        if (answeredFlag->exchange(true))
            return; // answered twice: the first answer stands
        if (QThread::currentThread() == self->thread()) {
            self->answered(target, seq, reservedBytes, std::move(response));
            return;
        }
        QMetaObject::invokeMethod(
            self,
            [self, target, seq, reservedBytes, response = std::move(response)]() mutable {
                self->answered(target, seq, reservedBytes, std::move(response));
            },
            Qt::QueuedConnection);
    };
    auto guard = std::make_shared<ReplyGuard>(send, answeredFlag);
    m_handler(std::move(request), [guard](HttpResponse response) { guard->send(std::move(response)); });
}

void HttpServerAdapter::answered(const QPointer<HttpConnection> &connection, quint64 seq, qint64 reservedBytes,
                                 HttpResponse response)
{
    releaseBody(reservedBytes);
    if (connection)
        connection->complete(seq, std::move(response));
#if defined(__GLIBC__)
    // glibc keeps freed large blocks in its arenas (the mmap threshold grows with the largest
    // block freed), so a burst of 16 MiB bodies would stay resident; give it back once idle.
    if (reservedBytes >= kTrimAfterBytes)
        QTimer::singleShot(200, this, [this] {
            if (m_inflightBytes == 0)
                malloc_trim(0);
        });
#endif
    if (--m_inFlight == 0)
        Q_EMIT idle();
}
