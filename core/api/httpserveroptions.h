#pragma once

#include <QStringList>
#include <QtGlobal>

/// The limits and browser-safety settings of the HTTP server (config keys `server.*`; see the
/// README's "Security" section). Every limit applies per request as its bytes arrive.
struct HttpServerOptions
{
    qint64 maxBodyBytes = 16LL * 1024 * 1024;       ///< server.max_body_mb × 2^20; larger bodies get 413
    qint64 maxHeaderBytes = 64LL * 1024;            ///< request line + headers; larger get 431
    int maxHeaderCount = 128;                       ///< header lines per request; more get 431
    int maxConnections = 256;                       ///< server.max_connections; more get 503
    qint64 maxInflightBytes = 256LL * 1024 * 1024;  ///< server.max_inflight_mb × 2^20 of bodies buffered at once
    int maxPipelined = 16;                          ///< requests read ahead on one connection before it pauses
    int headerTimeoutMs = 10000;                    ///< server.header_timeout_s: a request's header block
    int bodyTimeoutMs = 60000;                      ///< server.body_timeout_s: a request's whole body
    int idleTimeoutMs = 30000;                      ///< server.idle_timeout_s: a keep-alive connection with nothing to do
    QStringList allowedHosts;                       ///< server.allowed_hosts: extra Host values ("name" or "name:port")
    QStringList corsOrigins;                        ///< server.cors_origins: origins given CORS access

    bool operator==(const HttpServerOptions &) const = default;
};
