#include "core/api/guardedtcpserver.h"

#include <memory>

#include <QTcpSocket>

using namespace Qt::StringLiterals;

/// Where one connection stands in its stream of requests (HTTP/1.1 keep-alive sends several).
struct GuardedTcpServer::Framing
{
    enum class Phase { Headers, Body, Draining };
    Phase phase = Phase::Headers;
    QByteArray headerBlock;  ///< bytes of the current header block seen so far
    qint64 bodyLeft = 0;     ///< bytes of the current body still to come
    qint64 drainLeft = 0;    ///< bytes of a rejected body still to throw away
};

namespace {

/// The raw bytes of a response written by the guard itself (QHttpServer never saw the request).
QByteArray rawResponse(const HttpResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ';
    switch (response.status) {
    case 411: out += "Length Required"; break;
    case 413: out += "Payload Too Large"; break;
    case 431: out += "Request Header Fields Too Large"; break;
    default: out += "Bad Request"; break;
    }
    out += "\r\nContent-Type: " + response.contentType + "\r\nContent-Length: "
        + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + response.body;
    return out;
}

/// The value of header `name` in a header block, or a null array.
QByteArray headerValue(const QByteArray &block, const QByteArray &name)
{
    const QList<QByteArray> lines = block.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, RejectLog log, QObject *parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes), m_log(std::move(log))
{
}

QList<QTcpSocket *> GuardedTcpServer::connections() const
{
    QList<QTcpSocket *> out;
    for (const auto &s : m_sockets) {
        if (s)
            out.append(s.data());
    }
    return out;
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer connects its own readyRead handler (it does so when it takes
    // the pending connection), so this inspection always runs first on every chunk of bytes.
    auto framing = std::make_shared<Framing>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, framing] { inspect(socket, framing); });
    m_sockets.removeAll(QPointer<QTcpSocket>());
    m_sockets.append(socket);
    addPendingConnection(socket);
}

void GuardedTcpServer::inspect(QTcpSocket *socket, const std::shared_ptr<Framing> &state)
{
    Framing &framing = *state;
    if (framing.phase == Framing::Phase::Draining) {
        const QByteArray dropped = socket->read(std::min<qint64>(socket->bytesAvailable(), framing.drainLeft));
        framing.drainLeft -= dropped.size();
        if (framing.drainLeft <= 0 || socket->bytesAvailable() > 0)
            socket->disconnectFromHost();
        return;
    }

    // QHttpServer reads every available byte on each readyRead, so what is available now is
    // exactly what arrived since the last call. Peeking leaves it for QHttpServer.
    if (framing.phase == Framing::Phase::Body && framing.bodyLeft > socket->bytesAvailable()) {
        framing.bodyLeft -= socket->bytesAvailable(); // the middle of a body: count it, no copy
        return;
    }
    const QByteArray data = socket->peek(socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (framing.phase == Framing::Phase::Body) {
            const qint64 take = std::min<qint64>(framing.bodyLeft, data.size() - pos);
            pos += take;
            framing.bodyLeft -= take;
            if (framing.bodyLeft == 0)
                framing.phase = Framing::Phase::Headers;
            continue;
        }
        const qsizetype before = framing.headerBlock.size();
        framing.headerBlock.append(data.constData() + pos, data.size() - pos);
        const qsizetype end = framing.headerBlock.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0 || end > kMaxHeaderBytes) {
            if (end > kMaxHeaderBytes || framing.headerBlock.size() > kMaxHeaderBytes)
                reject(socket, state, framing.headerBlock.left(framing.headerBlock.indexOf('\r')),
                       ApiError{ApiError::Kind::HeadersTooLarge,
                                                 u"request line and headers exceed 64 KiB"_s, {}, {}});
            return;
        }
        pos += end + 4 - before;
        const QByteArray block = framing.headerBlock.left(end);
        framing.headerBlock.clear();
        const QByteArray requestLine = block.left(block.indexOf('\r'));

        const QByteArray transfer = headerValue(block, "Transfer-Encoding");
        if (!transfer.isEmpty() && transfer.compare("identity", Qt::CaseInsensitive) != 0) {
            reject(socket, state, requestLine, ApiError{ApiError::Kind::LengthRequired,
                                             u"send the body with a Content-Length; chunked uploads are not accepted"_s,
                                             {}, {}});
            return;
        }
        bool ok = true;
        const QByteArray lengthText = headerValue(block, "Content-Length");
        const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            reject(socket, state, requestLine, ApiError::badRequest(u"Content-Length is not a number"_s));
            return;
        }
        if (length > m_maxBodyBytes) {
            framing.drainLeft = length - (data.size() - pos);
            reject(socket, state, requestLine,
                   ApiError{ApiError::Kind::PayloadTooLarge,
                            u"the body has %1 bytes; the limit (server.max_body_mb) is %2 bytes"_s.arg(length).arg(m_maxBodyBytes),
                            QJsonObject{{u"content_length"_s, length}, {u"max_body_bytes"_s, m_maxBodyBytes}},
                            {}});
            return;
        }
        framing.bodyLeft = length;
        framing.phase = length > 0 ? Framing::Phase::Body : Framing::Phase::Headers;
    }
}

void GuardedTcpServer::reject(QTcpSocket *socket, const std::shared_ptr<Framing> &state,
                              const QByteArray &requestLine, const ApiError &error)
{
    Framing &framing = *state;
    // Take the connection away from QHttpServer: nothing it would parse from here on is wanted.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray pending = socket->read(socket->bytesAvailable()); // discarded, never parsed
    Q_UNUSED(pending)

    const HttpResponse response = errorResponse(error);
    const QByteArray raw = rawResponse(response);
    socket->write(raw);
    if (m_log)
        m_log(requestLine, error, response.body.size());

    framing.phase = Framing::Phase::Draining;
    if (framing.drainLeft <= 0) {
        socket->disconnectFromHost();
        return;
    }
    // Read the rest of the declared body and drop it, so that the client sees the 413 instead of
    // a reset connection; then close.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, state] { inspect(socket, state); });
}
