#include "core/api/browserpolicy.h"

#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace {

/// Splits "name", "name:port", "[v6]" or "[v6]:port" into a lower-case name (brackets removed)
/// and a port (-1 when absent, -2 when malformed).
QPair<QByteArray, int> splitHostPort(QByteArray text)
{
    text = text.trimmed().toLower();
    QByteArray name;
    QByteArray port;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return {{}, -2};
        name = text.mid(1, close - 1);
        const QByteArray rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return {{}, -2};
            port = rest.mid(1);
        }
    } else {
        const qsizetype colon = text.lastIndexOf(':');
        name = colon < 0 ? text : text.left(colon);
        if (colon >= 0)
            port = text.mid(colon + 1);
    }
    if (name.endsWith('.'))
        name.chop(1);
    if (name.isEmpty())
        return {{}, -2};
    if (port.isNull())
        return {name, -1};
    bool ok = false;
    const int value = port.toInt(&ok);
    if (!ok || value < 0 || value > 65535 || port.startsWith('+'))
        return {name, -2};
    return {name, value};
}

QByteArray normalizedOrigin(QByteArray origin)
{
    origin = origin.trimmed().toLower();
    while (origin.endsWith('/'))
        origin.chop(1);
    return origin;
}

} // namespace

BrowserPolicy::BrowserPolicy(const QStringList &allowedHosts, const QStringList &corsOrigins)
{
    for (const QString &h : allowedHosts) {
        const auto split = splitHostPort(h.toUtf8());
        if (split.second != -2)
            m_allowedHosts.append(split);
    }
    for (const QString &o : corsOrigins)
        m_corsOrigins.append(normalizedOrigin(o.toUtf8()));
}

void BrowserPolicy::setListenAddress(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
    m_interfaceAddresses.clear();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        m_interfaceAddresses = QNetworkInterface::allAddresses();
}

bool BrowserPolicy::isOwnAddress(const QHostAddress &address) const
{
    if (address.isLoopback())
        return true;
    if (address.isEqual(m_address, QHostAddress::TolerantConversion))
        return true;
    for (const QHostAddress &a : m_interfaceAddresses) {
        if (address.isEqual(a, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

std::optional<ApiError> BrowserPolicy::checkHost(const QByteArray &host) const
{
    const auto [name, port] = splitHostPort(host);
    if (port != -2) {
        for (const auto &allowed : m_allowedHosts) {
            if (allowed.first == name && (allowed.second == -1 || allowed.second == (port == -1 ? 80 : port)))
                return std::nullopt;
        }
        // The port must be ours: a browser always sends a non-default one.
        if ((port == -1 ? 80 : port) == m_port) {
            if (name == "localhost")
                return std::nullopt;
            QHostAddress literal;
            if (literal.setAddress(QString::fromLatin1(name)) && isOwnAddress(literal))
                return std::nullopt;
        }
    }
    return ApiError{ApiError::Kind::MisdirectedRequest,
                    u"this server does not answer for Host \"%1\"; add it to server.allowed_hosts"_s.arg(
                        QString::fromLatin1(host.left(256))),
                    QJsonObject{{u"host"_s, QString::fromLatin1(host.left(256))}},
                    {}};
}

std::optional<ApiError> BrowserPolicy::checkContentType(const HttpRequest &request)
{
    if (request.method != "POST"_L1)
        return std::nullopt;
    const QByteArray type = request.header("Content-Type");
    if (type.isNull() && request.contentLength == 0 && request.header("Origin").isNull())
        return std::nullopt;
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray media = (semicolon < 0 ? type : type.left(semicolon)).trimmed();
    if (media.compare("application/json", Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return ApiError{ApiError::Kind::UnsupportedMediaType,
                    u"POST bodies must be sent as Content-Type: application/json"_s,
                    QJsonObject{{u"content_type"_s, QString::fromLatin1(type.left(256))}},
                    {}};
}

QList<QPair<QByteArray, QByteArray>> BrowserPolicy::corsHeaders(const QByteArray &origin) const
{
    if (m_corsOrigins.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> out{{"Vary", "Origin"}};
    if (!origin.isEmpty() && m_corsOrigins.contains(normalizedOrigin(origin))) {
        out.append(qMakePair(QByteArray("Access-Control-Allow-Origin"), origin.trimmed()));
        out.append(qMakePair(QByteArray("Access-Control-Expose-Headers"), QByteArray("Retry-After, Allow")));
    }
    return out;
}

std::optional<HttpResponse> BrowserPolicy::preflight(const HttpRequest &request) const
{
    if (request.method != "OPTIONS"_L1)
        return std::nullopt;
    const QByteArray origin = request.header("Origin");
    if (origin.isNull() || request.header("Access-Control-Request-Method").isNull())
        return std::nullopt;
    if (!m_corsOrigins.contains(normalizedOrigin(origin))) {
        return errorResponse(ApiError{ApiError::Kind::Forbidden,
                                      u"origin %1 is not allowed; list it in server.cors_origins"_s.arg(
                                          QString::fromLatin1(origin.left(256))),
                                      {},
                                      {}});
    }
    HttpResponse response{204, {}, {}, {}};
    response.headers = {{"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
                        {"Access-Control-Allow-Headers", "Authorization, Content-Type"},
                        {"Access-Control-Max-Age", "600"}};
    return response;
}
