#include "app/appcontext.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include "core/config/mappingstore.h"
#include "core/log/log.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/service/livewindow.h"
#include "core/service/writebehindrunstore.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/runrepository.h"

using namespace Qt::StringLiterals;

Result<std::unique_ptr<AppContext>> AppContext::create(const CommandLine &commandLine)
{
    auto context = std::make_unique<AppContext>();

    // No --config: the default file is read when it exists, and defaults apply otherwise.
    context->configPath = commandLine.configPath;
    if (context->configPath.isEmpty() && QFileInfo::exists(defaultConfigPath()))
        context->configPath = defaultConfigPath();
    Result<Config> config = loadConfig(context->configPath, QProcessEnvironment::systemEnvironment());
    if (!config)
        return config.error();
    context->config = std::move(config).value();

    if (!commandLine.logLevel.isEmpty())
        context->config.logging.level = commandLine.logLevel;
    if (Status s = gtlog::setup(context->config.logging); !s)
        return s.error();
    gtlog::installQtMessageHandler();

    if (!commandLine.dbPath.isEmpty())
        context->config.database.sqlitePath = commandLine.dbPath;
    if (!context->config.database.postgres.isEmpty())
        return Error{u"unsupported"_s,
                     u"database.postgres: PostgreSQL is not supported yet; remove the key to use SQLite"_s, {}};
    const QString dbPath = context->config.database.sqlitePath.isEmpty() ? Database::defaultPath()
                                                                         : context->config.database.sqlitePath;
    Result<std::shared_ptr<Database>> database = Database::open(dbPath, qint64(context->config.database.maxWalMb) << 20);
    if (!database)
        return database.error();
    context->database = std::move(database).value();
    gtlog::app()->debug("database {}; config {}", dbPath,
                        context->configPath.isEmpty() ? u"(defaults)"_s : context->configPath);

    if (!commandLine.encoding.isEmpty())
        context->config.ingest.encoding = commandLine.encoding;
    context->mappings = std::make_shared<const MappingStore>(MappingStore::defaultDirectory());
    IngestOptions ingest = context->config.ingest;
    ingest.findMapping = [store = context->mappings](const QStringList &columns) { return store->find(columns); };
    context->imports = std::make_shared<ImportService>(context->database, std::move(ingest));
    // A command discovers once: it loads the span with two readers (PostStore::loadDataset) rather than filling a
    // live window it would throw away, and it stores the run before it reports.
    const bool longLived = commandLine.mode == CommandLine::Mode::Serve || commandLine.mode == CommandLine::Mode::Gui;
    context->discovery = discoveryOn(context->database, context->config, longLived,
                                     commandLine.mode == CommandLine::Mode::Serve);
    return context;
}

std::shared_ptr<DiscoveryService> AppContext::discoveryOn(const std::shared_ptr<Database> &database,
                                                          const Config &config, bool liveWindow, bool writeBehind)
{
    // The one place that picks the storage behind the ports.
    auto posts = std::make_shared<const PostRepository>(database);
    std::shared_ptr<const RunStore> runs = std::make_shared<const RunRepository>(database);
    if (writeBehind)
        runs = std::make_shared<const WriteBehindRunStore>(std::move(runs));
    auto window = liveWindow ? std::make_shared<LiveWindow>(posts, config.discovery.maxWindowPosts) : nullptr;
    return std::make_shared<DiscoveryService>(posts, runs, config.pipeline, config.asOf, std::move(window));
}

ApiServerSettings AppContext::apiServerSettings(const CommandLine &commandLine) const
{
    ApiServerSettings settings;
    settings.host = commandLine.host.isEmpty() ? config.server.host : commandLine.host;
    settings.port = quint16(commandLine.port.value_or(config.server.port));
    HttpServerOptions &http = settings.http;
    http.maxBodyBytes = qint64(config.server.maxBodyMb) * 1024 * 1024;
    http.maxConnections = config.server.maxConnections;
    http.maxInflightBytes = qint64(config.server.maxInflightMb) * 1024 * 1024;
    http.headerTimeoutMs = config.server.headerTimeoutS * 1000;
    http.bodyTimeoutMs = config.server.bodyTimeoutS * 1000;
    http.idleTimeoutMs = config.server.idleTimeoutS * 1000;
    http.allowedHosts = config.server.allowedHosts;
    http.corsOrigins = config.server.corsOrigins;
    settings.apiToken = config.server.apiToken;
    // The desktop imports and discovers itself, so its embedded server serves every role whatever the
    // shared config file says for the service instances.
    settings.role = commandLine.mode == CommandLine::Mode::Serve ? commandLine.role.value_or(config.server.role)
                                                                 : ServerRole::All;
    return settings;
}
