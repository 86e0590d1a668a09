#pragma once

#include <memory>

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
    void stop() override;
    bool isRunning() const override;
    QString address() const override;

    /// The services of the database the window opened; a running server keeps serving the
    /// database it started with until it is toggled off and on.
    void setServices(ApiServices services);

private:
    ApiServerSettings m_settings;
    ApiServices m_services;
    std::unique_ptr<ApiServer> m_server;
};
