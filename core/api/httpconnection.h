#pragma once

#include <deque>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/api/httprequestparser.h"
#include "core/api/httpresponse.h"

class HttpServerAdapter;
class QTcpSocket;

/// One client connection of the HTTP server: it reads requests with an HttpRequestParser as
/// their bytes arrive, applies the per-request limits (header block, body size, Host,
/// Content-Type, the server's in-flight budget, header and body timeouts) and keeps a queue of
/// answers in request order, so that pipelined requests are answered strictly in the order they
/// came even when a later one is answered first (from a worker thread). Safe requests (GET, HEAD,
/// OPTIONS) in a row are handled side by side; a POST waits for the requests before it, and the
/// requests after a POST wait for it (RFC 9112 9.3.2), so a GET after a POST sees its effect.
///
/// Reading pauses while `maxPipelined` requests wait for their answers or the client is slow to
/// read what was written (the socket's read buffer is bounded, so TCP pushes back). A request
/// that cannot be served (413, 431, 411, 408, 503 …) is answered in its turn with
/// "Connection: close"; the connection then stops reading requests, throws away whatever the
/// client still sends for a short while (so that the client sees the answer rather than a reset)
/// and closes. "Connection: close" and HTTP/1.0 without keep-alive close after their answer.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    /// `refuse`: the server is at server.max_connections: answer 503 with Retry-After and close.
    HttpConnection(QTcpSocket *socket, HttpServerAdapter *server, bool refuse);
    ~HttpConnection() override;

    /// The answer to request `seq` of this connection (called on the server's thread).
    void complete(quint64 seq, HttpResponse response);

    /// Acts on an expired header, body, idle or linger time (the server sweeps every connection).
    void checkTimeouts(qint64 nowMs);

    /// For a graceful stop: read no more requests, write the answers already given, close.
    void closeGracefully();

Q_SIGNALS:
    /// The socket is closed; the server forgets and deletes this connection.
    void finished();

private:
    struct Entry;
    /// A request parsed but not yet handed on (it waits for the requests before it).
    struct Held
    {
        HttpRequest request;
        quint64 seq = 0;
        qint64 reserved = 0;
    };

    static bool isSafe(const QString &method);
    bool mustWait(bool safe, quint64 seq) const;
    void dispatchHeld();

    void processInput();
    bool paused() const;
    void onHead();
    void onRequest();
    /// Queues an error answer in this request's turn and closes after it.
    void reject(const ApiError &error, const QString &method, const QString &path);
    Entry &enqueue(const QString &method, const QString &path);
    void flush();
    void beginClosing();
    void onBytesWritten();
    void skipInput();
    void releaseCurrentBody();
    /// Closes the socket now and tells the server (once).
    void closeNow();

    QTcpSocket *m_socket;
    HttpServerAdapter *m_server;
    HttpRequestParser m_parser;
    QString m_peer;
    std::deque<Entry> m_queue;
    std::optional<Held> m_held;
    quint64 m_nextSeq = 0;
    QByteArray m_input;      ///< bytes read from the socket and not yet parsed (from m_inputPos)
    qsizetype m_inputPos = 0;
    qint64 m_currentReserved = 0; ///< budget held for the body being read
    qint64 m_headStartMs = 0;     ///< first byte of the current request
    qint64 m_bodyStartMs = 0;     ///< its head complete
    qint64 m_lastActivityMs = 0;  ///< last answer written or bytes read while idle
    qint64 m_lingerUntilMs = 0;   ///< lingering ends with this much silence…
    qint64 m_lingerEndMs = 0;     ///< …or at this time
    bool m_stopReading = false;   ///< no more requests from this connection
    bool m_closeAfterDrain = false;
    bool m_closing = false;       ///< a closing answer is queued or written
    bool m_lingering = false;
    bool m_processing = false;
    bool m_finished = false;
};
