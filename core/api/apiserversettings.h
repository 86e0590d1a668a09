#pragma once

#include <QString>

/// How the REST server listens (config keys `server.*`; `--host`/`--port` override them).
struct ApiServerSettings
{
    QString host = QStringLiteral("127.0.0.1"); ///< loopback unless told otherwise (SPEC section 5)
    quint16 port = 8000;                        ///< 0 = an ephemeral port (tests)
    qint64 maxBodyBytes = 16LL * 1024 * 1024;   ///< server.max_body_mb × 2^20
    QString apiToken;                           ///< server.api_token / GLASSTREND_API_TOKEN; empty = open
    int workerThreads = 4;                      ///< ingestion, reads and discovery run here, off the event loop
    int shutdownTimeoutMs = 30000;              ///< how long shutdown() waits for requests in flight
};
