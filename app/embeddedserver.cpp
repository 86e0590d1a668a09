#include "app/embeddedserver.h"

EmbeddedServer::EmbeddedServer(ApiServerSettings settings, ApiServices services)
    : m_settings(std::move(settings)), m_services(std::move(services))
{
}

EmbeddedServer::~EmbeddedServer() = default;

Status EmbeddedServer::start()
{
    if (m_server)
        return Ok{};
    auto server = std::make_unique<ApiServer>(m_settings, m_services);
    if (Status listening = server->listen(); !listening)
        return listening;
    m_server = std::move(server);
    return Ok{};
}

void EmbeddedServer::stop()
{
    // ApiServer's destructor stops listening and waits for requests in flight to finish.
    m_server.reset();
}

bool EmbeddedServer::isRunning() const
{
    return m_server && m_server->isListening();
}

QString EmbeddedServer::address() const
{
    return isRunning() ? m_server->address() : QString();
}

void EmbeddedServer::setServices(ApiServices services)
{
    m_services = std::move(services);
}
