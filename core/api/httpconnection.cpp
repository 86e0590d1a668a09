#include "core/api/httpconnection.h"

#include <ctime>

#include <QtGlobal>
#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

#include "core/api/browserpolicy.h"
#include "core/api/httpserveradapter.h"
#include "core/log/log.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kReadChunk = 64 * 1024;        ///< bytes read from the socket at a time
constexpr qint64 kSocketReadBuffer = 256 * 1024; ///< what the socket may hold unread (TCP pushes back beyond)
constexpr qint64 kMaxWriteBacklog = 4 * 1024 * 1024; ///< answers not yet taken by the client before reading pauses
constexpr qint64 kLingerMs = 2000;              ///< a closing connection waits this long for more input to throw away

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 421: return "Misdirected Request";
    case 422: return "Unprocessable Content";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

/// The Date header's value, formatted once a second per thread.
const QByteArray &httpDate()
{
    thread_local std::time_t cachedSecond = 0;
    thread_local QByteArray cached;
    const std::time_t now = std::time(nullptr);
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                     .toLatin1();
    }
    return cached;
}

void accessLog(const QString &peer, const QString &method, const QString &path, int status, qint64 bytes, double ms)
{
    // QStrings go to spdlog as they are: nothing is converted when the level is above info.
    gtlog::api()->info("{} \"{} {}\" {} {} {:.1f}ms", peer, method, path, status, bytes, ms);
}

} // namespace

/// One request's place in the answer queue.
struct HttpConnection::Entry
{
    quint64 seq = 0;
    bool ready = false;
    bool safe = true;            ///< GET, HEAD, OPTIONS: may run beside other safe requests
    bool close = false;          ///< close the connection after this answer
    bool headOnly = false;       ///< a HEAD request: headers only
    bool http10KeepAlive = false;
    QList<QPair<QByteArray, QByteArray>> cors;
    QByteArray wire;             ///< the serialized answer, once ready
    int status = 0;
    qint64 bodyBytes = 0;
    QString method;
    QString path;
    QElapsedTimer timer;
};

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServerAdapter *server, bool refuse)
    : QObject(server),
      m_socket(socket),
      m_server(server),
      m_parser(server->options().maxHeaderBytes, server->options().maxHeaderCount, server->options().maxBodyBytes),
      m_peer(socket->peerAddress().toString())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_lastActivityMs = HttpServerAdapter::nowMs();
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closeNow);
    if (refuse) {
        ApiError error{ApiError::Kind::Unavailable,
                       u"too many connections (server.max_connections); retry shortly"_s, {}, {}};
        error.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        reject(error, u"-"_s, u"-"_s);
    }
}

HttpConnection::~HttpConnection()
{
    if (m_held)
        m_server->releaseBody(m_held->reserved);
    releaseCurrentBody();
}

void HttpConnection::closeNow()
{
    if (m_finished)
        return;
    m_finished = true;
    m_stopReading = true;
    releaseCurrentBody();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    Q_EMIT finished();
}

void HttpConnection::releaseCurrentBody()
{
    if (m_currentReserved > 0)
        m_server->releaseBody(m_currentReserved);
    m_currentReserved = 0;
}

bool HttpConnection::paused() const
{
    return m_stopReading || m_held || qsizetype(m_queue.size()) >= m_server->options().maxPipelined
        || m_socket->bytesToWrite() > kMaxWriteBacklog;
}

void HttpConnection::processInput()
{
    if (m_processing)
        return; // an answer given while a request was being dispatched; the running loop goes on
    if (m_lingering) {
        skipInput();
        return;
    }
    m_processing = true;
    while (!paused()) {
        if (m_inputPos >= m_input.size() && m_parser.wantsBytes()) {
            m_input.resize(kReadChunk);
            const qint64 n = m_socket->read(m_input.data(), kReadChunk);
            m_inputPos = 0;
            if (n <= 0) {
                m_input.clear();
                break;
            }
            m_input.resize(n);
            if (!m_parser.inProgress() && m_queue.empty())
                m_lastActivityMs = HttpServerAdapter::nowMs();
        }
        const bool wasInProgress = m_parser.inProgress();
        qsizetype used = 0;
        const HttpRequestParser::Event event =
            m_parser.feed(m_input.constData() + m_inputPos, m_input.size() - m_inputPos, &used);
        m_inputPos += used;
        if (!wasInProgress && m_parser.inProgress())
            m_headStartMs = HttpServerAdapter::nowMs();
        switch (event) {
        case HttpRequestParser::Event::NeedMore:
            break;
        case HttpRequestParser::Event::Head:
            onHead();
            break;
        case HttpRequestParser::Event::Request:
            onRequest();
            break;
        case HttpRequestParser::Event::Error:
            reject(m_parser.error(), m_parser.request().method.isEmpty() ? u"-"_s : m_parser.request().method,
                   m_parser.request().path.isEmpty() ? u"-"_s : m_parser.request().path);
            break;
        }
    }
    m_processing = false;
}

void HttpConnection::onHead()
{
    const HttpRequestParser::Head &head = m_parser.head();
    const HttpRequest &request = m_parser.request();
    // Only HTTP/1.0 may leave out the Host (browsers always send one).
    std::optional<ApiError> refused =
        head.host.isEmpty() && head.minorVersion == 0 ? std::nullopt : m_server->policy().checkHost(head.host);
    if (!refused)
        refused = BrowserPolicy::checkContentType(request);
    if (!refused && head.contentLength > 0 && !m_server->reserveBody(head.contentLength)) {
        refused = ApiError{ApiError::Kind::Unavailable,
                           u"too many request bodies in flight (server.max_inflight_mb); retry shortly"_s, {}, {}};
        refused->headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    }
    if (refused) {
        if (head.contentLength == 0 && head.keepAlive) {
            // Nothing to skip: answer in turn and go on with the next request.
            Entry &entry = enqueue(request.method, request.path);
            entry.cors = m_server->policy().corsHeaders(request.header("Origin"));
            m_parser.startBody();
            m_parser.takeRequest();
            complete(entry.seq, errorResponse(*refused));
            return;
        }
        reject(*refused, request.method, request.path);
        return;
    }
    m_currentReserved = head.contentLength;
    m_bodyStartMs = HttpServerAdapter::nowMs();
    if (head.expectContinue && head.contentLength > 0 && m_queue.empty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_parser.startBody();
}

void HttpConnection::onRequest()
{
    const HttpRequestParser::Head head = m_parser.head();
    HttpRequest request = m_parser.takeRequest();
    request.peer = m_peer;
    const qint64 reserved = m_currentReserved;
    m_currentReserved = 0; // from here the answer returns it to the budget

    Entry &entry = enqueue(request.method, request.path);
    entry.close = !head.keepAlive;
    entry.http10KeepAlive = head.minorVersion == 0 && head.keepAlive;
    entry.cors = m_server->policy().corsHeaders(request.header("Origin"));
    if (entry.close)
        m_stopReading = true; // the answer closes the connection: read nothing after this request
    const quint64 seq = entry.seq;
    if (std::optional<HttpResponse> preflight = m_server->policy().preflight(request)) {
        m_server->releaseBody(reserved);
        complete(seq, std::move(*preflight));
        return;
    }
    entry.safe = isSafe(request.method);
    if (mustWait(entry.safe, seq)) {
        // RFC 9112 9.3.2: pipelined requests run side by side only when all are safe. A POST
        // waits for the requests before it, and whatever follows a POST waits for the POST.
        m_held.emplace(Held{std::move(request), seq, reserved});
        return;
    }
    m_server->dispatch(std::move(request), this, seq, reserved);
}

bool HttpConnection::isSafe(const QString &method)
{
    return method == "GET"_L1 || method == "HEAD"_L1 || method == "OPTIONS"_L1;
}

bool HttpConnection::mustWait(bool safe, quint64 seq) const
{
    return std::any_of(m_queue.begin(), m_queue.end(),
                       [&](const Entry &e) { return e.seq != seq && !e.ready && (!safe || !e.safe); });
}

void HttpConnection::dispatchHeld()
{
    if (!m_held)
        return;
    const bool safe = isSafe(m_held->request.method);
    if (mustWait(safe, m_held->seq))
        return;
    Held held = std::move(*m_held);
    m_held.reset();
    m_server->dispatch(std::move(held.request), this, held.seq, held.reserved);
}

HttpConnection::Entry &HttpConnection::enqueue(const QString &method, const QString &path)
{
    Entry &entry = m_queue.emplace_back();
    entry.seq = m_nextSeq++;
    entry.method = method;
    entry.path = path;
    entry.headOnly = method == "HEAD"_L1;
    entry.timer.start();
    return entry;
}

void HttpConnection::reject(const ApiError &error, const QString &method, const QString &path)
{
    releaseCurrentBody();
    m_stopReading = true;
    Entry &entry = enqueue(method, path);
    entry.close = true;
    HttpResponse response = errorResponse(error);
    complete(entry.seq, std::move(response));
}

void HttpConnection::complete(quint64 seq, HttpResponse response)
{
    auto it = std::find_if(m_queue.begin(), m_queue.end(), [seq](const Entry &e) { return e.seq == seq; });
    if (it == m_queue.end() || it->ready)
        return;
    Entry &entry = *it;
    entry.ready = true;
    entry.status = response.status;
    entry.bodyBytes = response.body.size();

    QByteArray &out = entry.wire;
    out.reserve(256 + (entry.headOnly ? 0 : response.body.size()));
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += reasonPhrase(response.status);
    out += "\r\n";
    const bool noBody = response.status == 204 || response.status == 304 || response.status < 200;
    if (!noBody) {
        if (!response.contentType.isEmpty()) {
            out += "Content-Type: ";
            out += response.contentType;
            out += "\r\n";
        }
        out += "Content-Length: ";
        out += QByteArray::number(response.body.size());
        out += "\r\n";
    }
    for (const auto &h : response.headers) {
        if (h.first.compare("Connection", Qt::CaseInsensitive) == 0) {
            if (h.second.compare("close", Qt::CaseInsensitive) == 0)
                entry.close = true; // e.g. the 503 of a server shutting down
            continue;
        }
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    for (const auto &h : entry.cors) {
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    if (entry.close)
        out += "Connection: close\r\n";
    else if (entry.http10KeepAlive)
        out += "Connection: keep-alive\r\n";
    out += "X-Content-Type-Options: nosniff\r\nDate: ";
    out += httpDate();
    out += "\r\n\r\n";
    if (!noBody && !entry.headOnly)
        out += response.body;
    if (entry.close)
        m_stopReading = true;
    flush();
}

void HttpConnection::flush()
{
    dispatchHeld();
    bool wrote = false;
    while (!m_queue.empty() && m_queue.front().ready) {
        Entry entry = std::move(m_queue.front());
        m_queue.pop_front();
        const bool connected = m_socket->state() == QAbstractSocket::ConnectedState;
        if (connected)
            m_socket->write(entry.wire);
        accessLog(m_peer, entry.method, entry.path, connected ? entry.status : 499, entry.bodyBytes,
                  entry.timer.nsecsElapsed() / 1e6);
        wrote = true;
        if (entry.close) {
            m_queue.clear(); // nothing after a closing answer is sent
            beginClosing();
            return;
        }
    }
    if (!wrote)
        return;
    m_lastActivityMs = HttpServerAdapter::nowMs();
    if (m_closeAfterDrain && m_queue.empty()) {
        m_socket->disconnectFromHost(); // a graceful stop: the answers are written, then the socket closes
        return;
    }
    // Room in the queue again: go on with requests already received.
    if (!m_processing && !paused())
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::beginClosing()
{
    m_stopReading = true;
    m_closing = true;
    if (m_lingering || m_finished)
        return;
    if (m_socket->bytesToWrite() > 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        return; // onBytesWritten() comes back here when the answer is out
    m_lingering = true;
    m_lingerUntilMs = HttpServerAdapter::nowMs() + std::min<qint64>(kLingerMs, m_server->options().idleTimeoutMs);
    m_lingerEndMs = HttpServerAdapter::nowMs() + m_server->options().bodyTimeoutMs;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        closeNow();
        return;
    }
    // Half-close: the client sees the end of the answers at once. Then read and drop what it still
    // sends (a rejected body, requests after "Connection: close") until it closes or the linger
    // time ends: an unread byte at close() makes the kernel send a reset that can destroy the
    // answer before the client has read it.
#if defined(Q_OS_UNIX)
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    m_socket->skip(m_socket->bytesAvailable());
    m_input.clear();
    m_inputPos = 0;
}

void HttpConnection::skipInput()
{
    // Read and thrown away, never kept. The client is still sending (a rejected body): wait for
    // it a little longer, up to the body timeout in all.
    if (m_socket->skip(m_socket->bytesAvailable()) > 0)
        m_lingerUntilMs = HttpServerAdapter::nowMs() + std::min<qint64>(kLingerMs, m_server->options().idleTimeoutMs);
}

void HttpConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_closing) {
        beginClosing(); // the closing answer is out: linger, then close
        return;
    }
    m_lastActivityMs = HttpServerAdapter::nowMs();
    if (!m_processing && !paused())
        processInput();
}

void HttpConnection::closeGracefully()
{
    m_stopReading = true;
    m_closeAfterDrain = true;
    if (m_queue.empty() && !m_closing)
        m_socket->disconnectFromHost();
}

void HttpConnection::checkTimeouts(qint64 nowMs)
{
    if (m_finished)
        return;
    const HttpServerOptions &o = m_server->options();
    if (m_lingering) {
        if (m_socket->bytesAvailable() > 0)
            skipInput();
        if (nowMs >= m_lingerUntilMs || nowMs >= m_lingerEndMs || m_socket->state() != QAbstractSocket::ConnectedState)
            closeNow();
        return;
    }
    if (m_socket->bytesToWrite() > 0) {
        // The client does not read its answers: give up after the idle time without progress.
        if (nowMs - m_lastActivityMs > o.idleTimeoutMs)
            closeNow();
        return;
    }
    if (m_stopReading || paused())
        return; // closing, or waiting for our own answers: the client is not the slow one
    if (m_parser.readingBody()) {
        if (nowMs - m_bodyStartMs > o.bodyTimeoutMs)
            reject(ApiError{ApiError::Kind::RequestTimeout,
                            u"the body did not arrive within %1 ms (server.body_timeout_s)"_s.arg(o.bodyTimeoutMs), {}, {}},
                   m_parser.request().method, m_parser.request().path);
        return;
    }
    if (m_parser.inProgress()) {
        if (nowMs - m_headStartMs > o.headerTimeoutMs)
            reject(ApiError{ApiError::Kind::RequestTimeout,
                            u"the request head did not arrive within %1 ms (server.header_timeout_s)"_s.arg(o.headerTimeoutMs),
                            {}, {}},
                   u"-"_s, u"-"_s);
        return;
    }
    if (m_queue.empty() && nowMs - m_lastActivityMs > o.idleTimeoutMs) {
        m_stopReading = true;
        m_socket->disconnectFromHost(); // an idle keep-alive connection: close without a word
    }
}
