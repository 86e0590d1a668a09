#pragma once

#include <QString>

#include "core/api/httpserveroptions.h"
#include "core/model/serverrole.h"

/// How the REST server listens (config keys `server.*`; `--host`/`--port` override them).
struct ApiServerSettings
{
    QString host = QStringLiteral("127.0.0.1"); ///< loopback unless told otherwise (SPEC section 5)
    quint16 port = 8000;                        ///< 0 = an ephemeral port (tests)
    HttpServerOptions http;                     ///< body, header, connection and time limits; Host and CORS policy
    QString apiToken;                           ///< server.api_token / GLASSTREND_API_TOKEN; empty = open
    int workerThreads = 4;                      ///< ingestion, reads and discovery run here, off the event loop
    int shutdownTimeoutMs = 30000;              ///< how long shutdown() waits for requests in flight
    ServerRole role = ServerRole::All;          ///< server.role / --role: the routes this instance answers (others: 421)
};
