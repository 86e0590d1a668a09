#include "core/api/httpserveradapter.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QThread>

#include "core/api/apierror.h"
#include "core/api/guardedtcpserver.h"
#include "core/log/log.h"

using namespace Qt::StringLiterals;

/// One request waiting for its answer. Lives as long as any copy of its HttpReply.
struct HttpServerAdapter::Pending
{
    explicit Pending(QHttpServerResponder &&r) : responder(std::move(r)) {}

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; ///< QHttpServer deletes the socket when the client disconnects
    QString method;
    QString path;
    QString peer;
    QElapsedTimer timer;
};

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Head: return u"HEAD"_s;
    case QHttpServerRequest::Method::Options: return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect: return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace: return u"TRACE"_s;
    default: return u"UNKNOWN"_s;
    }
}

void accessLog(const QString &peer, const QString &method, const QString &path, int status, qint64 bytes, double ms)
{
    // QStrings go to spdlog as they are: nothing is converted when the level is above info (at
    // tens of thousands of /health probes a second, three UTF-8 copies each were measurable).
    gtlog::api()->info("{} \"{} {}\" {} {} {:.1f}ms", peer, method, path, status, bytes, ms);
}

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

HttpServerAdapter::HttpServerAdapter(qint64 maxBodyBytes, Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QHttpServer(this)), m_maxBodyBytes(maxBodyBytes)
{
    // No routes: every request reaches the missing-route handler, and Router does the matching.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        auto pending = std::make_shared<Pending>(std::move(responder));
        pending->timer.start();
        pending->socket = pending->responder.socket();

        HttpRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = request.query();
        r.headers = request.headers();
        r.body = request.body();
        r.contentLength = r.header("Content-Length").toLongLong();
        r.peer = request.remoteAddress().toString();
        pending->method = r.method;
        pending->path = r.path;
        pending->peer = r.peer;
        onRequest(std::move(r), std::move(pending));
    });
}

HttpServerAdapter::~HttpServerAdapter() = default;

Status HttpServerAdapter::listen(const QString &host, quint16 port)
{
    QHostAddress address;
    if (host.isEmpty() || host == "localhost"_L1)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return Error{u"invalid_value"_s, u"server.host: not an IP address: \"%1\""_s.arg(host), host};

    auto rejectLog = [](const QByteArray &requestLine, const ApiError &error, qint64 bytes) {
        const QList<QByteArray> parts = requestLine.split(' ');
        accessLog(QString(), parts.value(0).isEmpty() ? u"-"_s : QString::fromLatin1(parts.value(0)),
                  parts.size() > 1 ? QString::fromLatin1(parts.at(1)) : u"-"_s, httpStatus(error.kind), bytes, 0);
    };
    auto *tcp = new GuardedTcpServer(m_maxBodyBytes, rejectLog, this);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error{u"io"_s, u"cannot listen on %1:%2: %3"_s.arg(host).arg(port).arg(why), {}};
    }
    m_server->bind(tcp); // 6.4: returns void and takes ownership
    m_tcp = tcp;
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
    if (!m_tcp)
        return;
    for (QTcpSocket *socket : m_tcp->connections()) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

void HttpServerAdapter::onRequest(HttpRequest request, std::shared_ptr<Pending> pending)
{
    ++m_inFlight;
    m_handler(std::move(request), makeReply(pending));
}

HttpReply HttpServerAdapter::makeReply(const std::shared_ptr<Pending> &pending)
{
    auto answered = std::make_shared<std::atomic_bool>(false);
    // The adapter outlives every reply: its owner waits for in-flight requests before deleting it.
    HttpServerAdapter *self = this;
    auto send = [self, pending, answered](HttpResponse response) {
        if (answered->exchange(true))
            return; // answered twice: the first answer stands
        if (QThread::currentThread() == self->thread()) {
            self->write(pending, response);
            return;
        }
        QMetaObject::invokeMethod(
            self, [self, pending, response = std::move(response)] { self->write(pending, response); },
            Qt::QueuedConnection);
    };
    auto guard = std::make_shared<ReplyGuard>(send, answered);
    return [guard](HttpResponse response) { guard->send(std::move(response)); };
}

void HttpServerAdapter::write(const std::shared_ptr<Pending> &pending, const HttpResponse &response)
{
    const bool connected = pending->socket && pending->socket->state() == QAbstractSocket::ConnectedState;
    if (connected) {
        QHttpServerResponder &r = pending->responder;
        r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        r.writeHeader("Content-Type", response.contentType);
        for (const auto &h : response.headers)
            r.writeHeader(h.first, h.second);
        r.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        r.writeBody(response.body);
    }
    accessLog(pending->peer, pending->method, pending->path, connected ? response.status : 499,
              response.body.size(), pending->timer.nsecsElapsed() / 1e6);
    if (--m_inFlight == 0)
        Q_EMIT idle();
}
