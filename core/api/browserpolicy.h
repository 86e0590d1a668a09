#pragma once

#include <optional>

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

#include "core/api/apierror.h"
#include "core/api/httprequest.h"
#include "core/api/httpresponse.h"

/// What keeps a web page in the analyst's own browser from using the local server: the server
/// has no cookies, but a token-less server on 127.0.0.1 answers anyone who can reach it, and a
/// browser can reach it. Pure checks on request values; the HTTP server applies them.
///
/// - Host (DNS rebinding: evil.example resolving to 127.0.0.1): only the bound address, the
///   loopback names localhost / 127.0.0.1 / [::1] with the bound port, or a server.allowed_hosts
///   entry ("name" with any port, or "name:port"); anything else is 421.
/// - Content-Type (cross-site form posts and simple fetches, which cannot send
///   application/json without a CORS preflight): a POST must say application/json (a charset
///   parameter is fine), or else 415. A POST with no body and no Content-Type passes unless it
///   comes with an Origin header (curl -X POST …/discover; browsers always send Origin).
/// - CORS: none, unless server.cors_origins lists the request's Origin; then the answer carries
///   Access-Control-Allow-Origin and preflights (OPTIONS) are answered.
class BrowserPolicy
{
public:
    BrowserPolicy(const QStringList &allowedHosts, const QStringList &corsOrigins);

    /// The address and port the server listens on (the wildcard addresses accept every address
    /// of this machine's interfaces as a Host).
    void setListenAddress(const QHostAddress &address, quint16 port);

    /// 421 unless `host` (a Host header or an absolute URI's authority) names this server.
    std::optional<ApiError> checkHost(const QByteArray &host) const;

    /// 415 unless a POST says application/json (see the class comment for empty bodies).
    static std::optional<ApiError> checkContentType(const HttpRequest &request);

    /// Headers to add to every answer to a request with this Origin (none when not listed).
    QList<QPair<QByteArray, QByteArray>> corsHeaders(const QByteArray &origin) const;

    /// The answer to a CORS preflight (OPTIONS with Origin and Access-Control-Request-Method):
    /// 204 with the allowed methods and headers for a listed origin, 403 otherwise; nullopt when
    /// the request is no preflight.
    std::optional<HttpResponse> preflight(const HttpRequest &request) const;

private:
    bool isOwnAddress(const QHostAddress &address) const;

    QList<QPair<QByteArray, int>> m_allowedHosts; ///< lower-case name, port (-1 = any)
    QList<QByteArray> m_corsOrigins;              ///< lower-case, no trailing slash
    QHostAddress m_address;
    quint16 m_port = 0;
    QList<QHostAddress> m_interfaceAddresses; ///< when bound to a wildcard address
};
