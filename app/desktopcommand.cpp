#include <memory>

#include <QApplication>

#include "app/appcontext.h"
#include "app/commands.h"
#include "core/api/apiserver.h"
#include "core/config/config.h"
#include "core/config/configwriter.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "ui/desktopcontext.h"
#include "ui/mainwindow.h"
#include "ui/servercontrol.h"

using namespace Qt::StringLiterals;

namespace {

/// The desktop's "Serve" toggle over core/api's server (ui/ never includes core/api). A stopped
/// server cannot listen again, so every start builds a new one.
class ApiServerControl final : public ServerControl
{
public:
    ApiServerControl(ApiServerSettings settings, ApiServices services)
        : m_settings(std::move(settings)), m_services(std::move(services))
    {
    }

    Status start() override
    {
        if (isRunning())
            return Ok{};
        auto server = std::make_unique<ApiServer>(m_settings, m_services);
        if (Status listening = server->listen(); !listening)
            return listening;
        m_server = std::move(server);
        return Ok{};
    }
    void stop() override
    {
        if (!m_server)
            return;
        ApiServer *server = m_server.release();
        QObject::connect(server, &ApiServer::stopped, server, &QObject::deleteLater);
        server->shutdown();
    }
    bool isRunning() const override { return m_server && m_server->isListening(); }
    QString address() const override { return m_server ? m_server->address() : QString(); }

private:
    ApiServerSettings m_settings;
    ApiServices m_services;
    std::unique_ptr<ApiServer> m_server;
};

} // namespace

int runDesktop(AppContext &context, const CommandLine &commandLine)
{
    ApiServerControl server(context.apiServerSettings(commandLine),
                            ApiServices{context.database, context.imports, context.discovery});

    DesktopContext desktop;
    desktop.configParams = context.config.pipeline;
    desktop.server = &server;
    // --db (or a database named in the config) opens at start; otherwise the window opens the
    // most recent database, or the bundled sample on first launch.
    if (!commandLine.dbPath.isEmpty() || !context.config.database.sqlitePath.isEmpty())
        desktop.initialDatabase = context.database->path();
    const Config config = context.config;
    const std::shared_ptr<Database> appDatabase = context.database;
    const std::shared_ptr<const ImportService> appImports = context.imports;
    const std::shared_ptr<const DiscoveryService> appDiscovery = context.discovery;
    desktop.openDatabase = [config, appDatabase, appImports, appDiscovery](const QString &path) -> Result<Workspace> {
        if (path == appDatabase->path())
            return Workspace::fromServices(path, appDiscovery, appImports);
        Result<std::shared_ptr<Database>> database = Database::open(path);
        if (!database)
            return database.error();
        auto imports = std::make_shared<const ImportService>(database.value(), config.ingest);
        auto discovery = std::make_shared<const DiscoveryService>(database.value(), config.pipeline, config.asOf);
        return Workspace::fromServices(path, discovery, imports);
    };
    const QString configPath = context.configPath.isEmpty() ? defaultConfigPath() : context.configPath;
    desktop.saveParams = [configPath](const PipelineParams &params) { return savePipelineParams(configPath, params); };

    MainWindow window(std::move(desktop));
    window.show();
    const int status = QApplication::exec();
    server.stop();
    return status;
}
