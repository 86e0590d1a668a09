#pragma once

#include <memory>

#include "app/commandline.h"
#include "core/api/apiserversettings.h"
#include "core/config/config.h"
#include "core/model/result.h"

class Database;
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
    std::shared_ptr<Database> database;
    std::shared_ptr<ImportService> imports;
    std::shared_ptr<DiscoveryService> discovery;  ///< with a live window (server, desktop)
    std::shared_ptr<const MappingStore> mappings; ///< saved column mappings (the imports look them up)

    /// The services of one database: the SQLite stores behind the ports, and a discovery service
    /// that keeps the span in memory (`liveWindow`) or loads it per run. A long-lived process (the server, the
    /// desktop) also writes runs behind its answers (`writeBehind`); a command stores before it reports.
    static std::shared_ptr<DiscoveryService> discoveryOn(const std::shared_ptr<Database> &database,
                                                         const Config &config, bool liveWindow, bool writeBehind);

    /// Loads the configuration (--config, or the default file if it exists), applies --db and
    /// --log-level, sets up logging, opens the database and builds the services.
    static Result<std::unique_ptr<AppContext>> create(const CommandLine &commandLine);

    /// The REST server's settings: config `server.*`, with --host/--port/--role on top.
    ApiServerSettings apiServerSettings(const CommandLine &commandLine) const;
};
