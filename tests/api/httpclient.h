#pragma once

#include <memory>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

/// An answer as the tests look at it.
struct HttpResult
{
    int status = 0;             ///< 0 = no HTTP answer (network error)
    QString networkError;       ///< QNetworkReply's error string when the transport failed
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const;
    /// error.code of the SPEC's error body, or an empty string.
    QString errorCode() const;
};

/// A blocking HTTP client for API tests: a real QNetworkAccessManager over a real socket, one per
/// thread. It waits with a local event loop (and gives up after `timeoutMs` so a broken server
/// fails a test instead of hanging CI); nothing is asserted about how long anything takes.
class HttpClient
{
public:
    explicit HttpClient(quint16 port, QString token = {});

    HttpResult get(const QString &pathAndQuery);
    HttpResult post(const QString &path, const QByteArray &body,
                    const QByteArray &contentType = QByteArrayLiteral("application/json"));
    HttpResult postJson(const QString &path, const QJsonObject &body);
    /// Any method, any headers.
    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});

    void setToken(const QString &token) { m_token = token; }
    QUrl url(const QString &pathAndQuery) const;

    int timeoutMs = 120000;

private:
    QNetworkAccessManager m_manager;
    quint16 m_port;
    QString m_token;
};

/// Sends raw bytes on a fresh TCP connection and returns everything the server sent until it
/// closed the connection or `waitMs` of silence passed (for what QNetworkAccessManager cannot
/// send: chunked uploads, lying Content-Length, unknown verbs).
QByteArray rawExchange(quint16 port, const QByteArray &request, int waitMs = 3000);

/// One answer read off a raw connection.
struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;
};

/// Splits what a server sent into answers (Content-Length framing); `rest` gets the bytes of an
/// incomplete last answer. Answers to HEAD requests cannot be framed this way.
QList<RawResponse> parseResponses(const QByteArray &bytes, QByteArray *rest = nullptr);

/// A raw keep-alive TCP connection for what QNetworkAccessManager cannot do: several requests in
/// one write (pipelining), a request in slow pieces, a lying Content-Length. Event-driven (the
/// server under test runs on the same thread); every wait gives up after `waitMs` so a broken
/// server fails a test instead of hanging it — nothing is asserted about how long anything takes.
class RawConnection
{
public:
    explicit RawConnection(quint16 port, int waitMs = 10000);

    bool isConnected() const;
    void write(const QByteArray &bytes);
    /// Lets the event loop run for `ms` (the server reads what was written so far).
    static void spin(int ms);
    /// Waits until `count` whole answers arrived (or the server closed, or waitMs passed) and
    /// returns every whole answer received so far.
    QList<RawResponse> responses(int count);
    /// Waits until the server closes the connection; true if it did.
    bool waitForClose();
    /// Everything received so far.
    QByteArray received() const { return m_received; }

private:
    QTcpSocket *socket() const { return m_socket.get(); }

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_received;
    bool m_closed = false;
    int m_waitMs;
};
