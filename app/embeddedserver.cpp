#include "app/embeddedserver.h"

#include <algorithm>

EmbeddedServer::EmbeddedServer(ApiServerSettings settings, ApiServices services)
    : m_settings(std::move(settings)), m_services(std::move(services))
{
}

// Servers still shutting down (the app is quitting) are destroyed here: ApiServer's destructor
// stops listening, waits for its workers and commits what they queued.
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
    if (!m_server)
        return;
    ApiServer *server = m_server.get();
    m_stopping.push_back(std::move(m_server));
    QObject::connect(server, &ApiServer::stopped, server, [this, server] {
        const auto it = std::find_if(m_stopping.begin(), m_stopping.end(),
                                     [server](const auto &s) { return s.get() == server; });
        if (it != m_stopping.end()) {
            it->release()->deleteLater();
            m_stopping.erase(it);
        }
    });
    server->shutdown();
}

bool EmbeddedServer::isStopping() const
{
    return !m_stopping.empty();
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
