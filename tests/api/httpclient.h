#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
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
