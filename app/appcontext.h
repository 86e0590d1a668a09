#pragma once

#include <memory>

#include "app/commandline.h"
#include "core/api/apiserversettings.h"
#include "core/config/config.h"
#include "core/model/result.h"
#include "core/storage/storage.h"

class Database;
class ReadCache;
class DiscoveryService;
class ImportService;
class PostStore;
class RunStore;
class MappingStore;

/// The services of one process, built once in main() from the command line and the configuration
/// and handed to whichever face runs (command, server or desktop app).
struct AppContext
{
    Config config;
    QString configPath; ///< the file that was read; empty when running on defaults
    Storage storage;                    ///< the stores behind the ports, SQLite or PostgreSQL
    std::shared_ptr<Database> database; ///< the SQLite file when storage is SQLite (poll state, the desktop); else null
    std::shared_ptr<ImportService> imports;
    std::shared_ptr<DiscoveryService> discovery;  ///< with a live window (server, desktop)
    std::shared_ptr<const MappingStore> mappings; ///< saved column mappings (the imports look them up)
    /// The shared cache of read answers: RedisReadCache when cache.redis_url is set, else NullReadCache.
    std::shared_ptr<const ReadCache> cache;

    /// The services of one database: a discovery service on its stores that keeps the span in memory
    /// (`liveWindow`) or loads it per run. A long-lived process (the server, the desktop) also writes runs behind
    /// its answers (`writeBehind`); a command stores before it reports. Every stored run is announced on
    /// `cache` (ReadCache::publishRunStored once it is in the database).
    static std::shared_ptr<DiscoveryService> discoveryOn(const Storage &storage, const Config &config,
                                                         const std::shared_ptr<const ReadCache> &cache, bool liveWindow,
                                                         bool writeBehind);

    /// The one place that picks the read cache: RedisReadCache on `settings.redisUrl` (answers kept
    /// apart per database `location`), or NullReadCache when it is empty.
    static Result<std::shared_ptr<const ReadCache>> openReadCache(const CacheSettings &settings, const QString &location);

    /// The one place that picks the backend: `location` (--db, else database.url, else database.sqlite,
    /// else the default file) is a `postgresql://` URI (PostgreSQL) or a file path (SQLite, whose
    /// Database is put in `sqlite`). Errors never show the URI's password.
    static Result<Storage> openStorage(const QString &location, const DatabaseSettings &settings,
                                       std::shared_ptr<Database> *sqlite);

    /// Loads the configuration (--config, or the default file if it exists), applies --db and
    /// --log-level, sets up logging, opens the database and builds the services.
    static Result<std::unique_ptr<AppContext>> create(const CommandLine &commandLine);

    /// The REST server's settings: config `server.*`, with --host/--port/--role on top.
    ApiServerSettings apiServerSettings(const CommandLine &commandLine) const;
};
