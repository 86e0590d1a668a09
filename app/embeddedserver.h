#pragma once

#include <memory>
#include <vector>

#include "core/api/apiserver.h"
#include "ui/servercontrol.h"

/// The desktop's "Server" toggle over core/api's ApiServer: the same endpoints as --serve, on the
/// database the window has open (the window tells it when that changes via setServices).
class EmbeddedServer final : public ServerControl
{
public:
    EmbeddedServer(ApiServerSettings settings, ApiServices services);
    ~EmbeddedServer() override;

    Status start() override;
    /// Stops accepting at once (the port is free for a new start()); requests in flight are
    /// answered and their posts committed by ApiServer::shutdown(), then the server is deleted.
    void stop() override;
    bool isRunning() const override;
    QString address() const override;
    /// True while a stopped server still answers its requests in flight.
    bool isStopping() const;

    /// The services of the database the window opened; a running server keeps serving the
    /// database it started with until it is toggled off and on.
    void setServices(ApiServices services);

private:
    ApiServerSettings m_settings;
    ApiServices m_services;
    std::unique_ptr<ApiServer> m_server;
    std::vector<std::unique_ptr<ApiServer>> m_stopping; ///< shutting down; deleted on stopped()
};
