#include "app/appcontext.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcessEnvironment>

#include "core/cache/nullreadcache.h"
#include "core/cache/redis/redisreadcache.h"
#include "core/config/mappingstore.h"
#include "core/log/log.h"
#include "core/service/announcingrunstore.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/service/livewindow.h"
#include "core/service/writebehindrunstore.h"
#include "core/storage/database.h"
#include "core/storage/postgres/pgstorage.h"
#include "core/storage/sqlite/sqlitestorage.h"
#include "core/storage/storagelocation.h"

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

    // --db, else database.url, else database.sqlite, else the default file.
    DatabaseSettings &databaseSettings = context->config.database;
    if (!commandLine.dbPath.isEmpty())
        databaseSettings.url = commandLine.dbPath;
    if (databaseSettings.url.isEmpty())
        databaseSettings.url = databaseSettings.sqlitePath;
    Result<Storage> storage =
        openStorage(databaseSettings.url.isEmpty() ? Database::defaultPath() : databaseSettings.url, databaseSettings,
                    &context->database);
    if (!storage)
        return storage.error();
    context->storage = std::move(storage).value();
    gtlog::app()->debug("database {}; config {}", context->storage.location,
                        context->configPath.isEmpty() ? u"(defaults)"_s : context->configPath);

    Result<std::shared_ptr<const ReadCache>> cache = openReadCache(context->config.cache, context->storage.location);
    if (!cache)
        return cache.error();
    context->cache = std::move(cache).value();

    if (!commandLine.encoding.isEmpty())
        context->config.ingest.encoding = commandLine.encoding;
    context->mappings = std::make_shared<const MappingStore>(MappingStore::defaultDirectory());
    IngestOptions ingest = context->config.ingest;
    ingest.findMapping = [store = context->mappings](const QStringList &columns) { return store->find(columns); };
    context->imports = std::make_shared<ImportService>(context->storage.posts, std::move(ingest));
    // A command discovers once: it loads the span with two readers (PostStore::loadDataset) rather than filling a
    // live window it would throw away, and it stores the run before it reports.
    const bool longLived = commandLine.mode == CommandLine::Mode::Serve || commandLine.mode == CommandLine::Mode::Gui;
    context->discovery = discoveryOn(context->storage, context->config, context->cache, longLived,
                                     commandLine.mode == CommandLine::Mode::Serve);
    return context;
}

Result<Storage> AppContext::openStorage(const QString &location, const DatabaseSettings &settings,
                                        std::shared_ptr<Database> *sqlite)
{
    if (storagelocation::isPostgresUri(location))
        return pgstorage::open(location, pgstorage::Settings{settings.retentionDays});
    Result<std::shared_ptr<Database>> database = Database::open(location, qint64(settings.maxWalMb) << 20);
    if (!database)
        return database.error();
    if (sqlite)
        *sqlite = database.value();
    return openSqliteStorage(database.value());
}

Result<std::shared_ptr<const ReadCache>> AppContext::openReadCache(const CacheSettings &settings, const QString &location)
{
    if (settings.redisUrl.trimmed().isEmpty())
        return std::shared_ptr<const ReadCache>(std::make_shared<const NullReadCache>());
    Result<RedisAddress> address = RedisAddress::parse(settings.redisUrl);
    if (!address)
        return address.error();
    // Instances of one database share answers; another database on the same Redis keeps its own.
    const QString space = QString::fromLatin1(
        QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    return std::shared_ptr<const ReadCache>(
        std::make_shared<const RedisReadCache>(std::move(address).value(), space, RedisReadCache::Settings{}));
}

std::shared_ptr<DiscoveryService> AppContext::discoveryOn(const Storage &storage, const Config &config,
                                                          const std::shared_ptr<const ReadCache> &cache,
                                                          bool liveWindow, bool writeBehind)
{
    const std::shared_ptr<const PostStore> &posts = storage.posts;
    // Announced once the run is in the database (under the write-behind), and forgotten here at once (above it).
    std::shared_ptr<const RunStore> runs = std::make_shared<const AnnouncingRunStore>(
        storage.runs, [cache](const QString &runId) { cache->publishRunStored(runId); });
    if (writeBehind)
        runs = std::make_shared<const WriteBehindRunStore>(std::move(runs));
    runs = std::make_shared<const AnnouncingRunStore>(std::move(runs), [cache](const QString &) { cache->runQueued(); });
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
