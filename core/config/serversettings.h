#pragma once

#include <QString>
#include <QStringList>

#include "core/model/serverrole.h"

/// The `server.*` keys of the headless REST server (SPEC section 5).
struct ServerSettings
{
    QString host = QStringLiteral("127.0.0.1"); ///< only loopback unless told otherwise
    int port = 8000;
    int maxBodyMb = 16; ///< larger request bodies are answered with 413
    QString apiToken;   ///< when set, every /api/v1 request needs "Authorization: Bearer <token>"
    int maxConnections = 256;  ///< more open connections get 503 with Retry-After
    int maxInflightMb = 256;   ///< request bodies buffered at once, all connections together; beyond: 503
    int headerTimeoutS = 10;   ///< a request's line and headers must arrive within this (else 408)
    int bodyTimeoutS = 60;     ///< a request's whole body must arrive within this (else 408)
    int idleTimeoutS = 30;     ///< a keep-alive connection with nothing to do is closed after this
    QStringList allowedHosts;  ///< Host values served besides the bound address and localhost
    QStringList corsOrigins;   ///< origins given CORS access (none by default)
    ServerRole role = ServerRole::All; ///< which endpoints and background work this instance serves

    bool operator==(const ServerSettings &) const = default;
};
