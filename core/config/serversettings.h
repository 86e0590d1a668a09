#pragma once

#include <QString>

/// The `server.*` keys of the headless REST server (SPEC section 5).
struct ServerSettings
{
    QString host = QStringLiteral("127.0.0.1"); ///< only loopback unless told otherwise
    int port = 8000;
    int maxBodyMb = 16; ///< larger request bodies are answered with 413
    QString apiToken;   ///< when set, every /api/v1 request needs "Authorization: Bearer <token>"

    bool operator==(const ServerSettings &) const = default;
};
