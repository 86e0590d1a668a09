#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

/// A tiny HTTP/1.1 server on 127.0.0.1 and an ephemeral port for the poller's tests: it answers
/// each request with the next canned response (the last one repeats), and remembers the request
/// heads so a test can check the conditional headers it got.
class CannedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedHttpServer)

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; ///< besides Content-Length and Connection
        bool hang = false;                            ///< never answer (the client must time out)
        bool noLength = false;                        ///< no Content-Length: the body ends when the connection closes
    };

    explicit CannedHttpServer(QObject *parent = nullptr);

    bool listen();
    /// http://127.0.0.1:<port><path>
    QByteArray url(const QByteArray &path = "/feed.ndjson") const;

    void setResponses(const QList<Response> &responses);
    /// The raw request heads received so far (request line and headers).
    const QList<QByteArray> &requests() const { return m_requests; }

    static Response ok(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static Response status(int code, const QByteArray &body = {});

private:
    void answer(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Response> m_responses;
    QList<QByteArray> m_requests;
    int m_next = 0;
};
