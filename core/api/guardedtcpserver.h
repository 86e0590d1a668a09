#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QPointer>
#include <QTcpServer>

#include "core/api/apierror.h"

class QTcpSocket;

/// The listening socket of the REST server. It watches every connection's bytes before
/// QHttpServer sees them, because Qt 6.4's QHttpServer buffers a whole request body in memory
/// before any handler (or hook) runs and has no size limit of its own.
///
/// For each request on a connection it reads the header block (peeking, so QHttpServer still
/// gets every byte) and checks Content-Length first: a body over the limit is answered 413 with
/// the SPEC's JSON error and never reaches QHttpServer or a JSON parser; its bytes are read and
/// thrown away until the declared length has arrived, then the connection is closed. Header
/// blocks over 64 KiB get 431, and chunked uploads (no length to check up front) get 411.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

    /// Called for every rejected request with its request line ("POST /api/v1/posts HTTP/1.1"),
    /// the error and the response body size, so the owner can write the access log line.
    using RejectLog = std::function<void(const QByteArray &requestLine, const ApiError &error, qint64 bytes)>;

    GuardedTcpServer(qint64 maxBodyBytes, RejectLog log, QObject *parent = nullptr);

    /// Open connections (for a graceful stop: flush, then close).
    QList<QTcpSocket *> connections() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Framing;
    void inspect(QTcpSocket *socket, const std::shared_ptr<Framing> &framing);
    void reject(QTcpSocket *socket, const std::shared_ptr<Framing> &framing, const QByteArray &requestLine,
                const ApiError &error);

    qint64 m_maxBodyBytes;
    RejectLog m_log;
    QList<QPointer<QTcpSocket>> m_sockets;
};
