#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "core/api/apierror.h"
#include "core/api/httprequest.h"

/// `Authorization: Bearer <token>` for every /api/v1 request when `server.api_token` is set
/// (SPEC section 5). /health, /openapi.json and /docs stay open: a load balancer's health probe
/// and a reader of the documentation need no secret.
class BearerAuth
{
public:
    explicit BearerAuth(const QString &token);

    bool enabled() const { return !m_token.isEmpty(); }

    /// Whether `path` needs the token ("/api/…" paths, when a token is set).
    bool protects(const QString &path) const;

    /// nullopt when the request may pass; a 401 otherwise (missing or wrong token).
    std::optional<ApiError> check(const HttpRequest &request) const;

    /// Compares in time independent of where the two differ (and of their lengths, by comparing
    /// SHA-256 digests), so the answer time tells an attacker nothing about the token.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    QByteArray m_token;
};
