#include <QApplication>
#include <QDateTime>

#include "app/appcontext.h"
#include "app/commands.h"
#include "app/embeddedserver.h"
#include "core/config/configwriter.h"
#include "core/config/mappingstore.h"
#include "core/poll/feedpoller.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlite/sqlitestorage.h"
#include "core/storage/storage.h"
#include "ui/desktopcontext.h"
#include "ui/mainwindow.h"
#include "ui/uitranslator.h"

using namespace Qt::StringLiterals;

int runDesktop(AppContext &context, const CommandLine &commandLine)
{
    QApplication::setApplicationDisplayName(u"GlassTrend"_s);
    // View → Language's choice (or the system's locale), before any widget is built.
    UiTranslator translator;
    translator.apply(savedUiLanguage());
    EmbeddedServer server(context.apiServerSettings(commandLine),
                          ApiServices{context.imports, context.discovery, context.storage.alerts});

    DesktopContext desktop;
    desktop.configParams = context.config.pipeline;
    // The window's Latest is the newest post; pipeline.as_of "now" starts it at this moment instead.
    if (context.config.asOf == u"now"_s)
        desktop.configParams.asOfMs = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
    desktop.pollSettings = context.config.poll;
    desktop.scheduleS = context.config.discovery.scheduleS;
    desktop.watchDefaults = WatchList{context.config.alerts.watch, context.config.alerts.onActNow};
    desktop.server = &server;
    // --db, database.url or database.sqlite names the database to open (a file, or a team database's
    // postgresql:// URI, opened read-only); otherwise the window reopens the most recent file, or the bundled
    // sample on first launch.
    if (!context.config.database.url.isEmpty())
        desktop.initialDatabase = context.database ? context.database->path() : context.config.database.url;
    desktop.mappings = context.mappings;
    desktop.openDatabase = [&context, &server](const QString &location) -> Result<Workspace> {
        // The one the app opened at start is not opened twice; any other (File → Open project…, Connect to a
        // team database…) through the one place that picks the backend.
        std::shared_ptr<Database> database;
        Storage storage;
        if (context.database && location == context.database->path()) {
            database = context.database;
            storage = openSqliteStorage(database);
        } else if (!context.database && location == context.config.database.url) {
            storage = context.storage;
        } else {
            Result<Storage> opened = AppContext::openStorage(location, context.config.database, &database);
            if (!opened)
                return opened.error();
            storage = std::move(opened).value();
        }
        // The context's import options: config ingest.* plus the saved mappings' lookup.
        auto imports = std::make_shared<ImportService>(storage.posts, context.imports->options());
        auto discovery = AppContext::discoveryOn(storage, context.config, context.cache, true, true);
        // The embedded server answers from this project's stored runs (pinned, scheduled) and alerts.
        server.setServices(ApiServices{imports, discovery, storage.alerts});
        // The project's settings live in its own database (ProjectStore, schema version 4).
        Workspace workspace = Workspace::fromServices(location, discovery, imports, storage.project, storage.alerts);
        if (database) { // the desktop's live feeds are for its own files; a team database has its ingest instances
            workspace.makePoller = [state = storage.pollState, imports](const PollSettings &settings) {
                return std::make_unique<FeedPoller>(settings, imports, state);
            };
        }
        return workspace;
    };
    const QString configPath = context.configPath.isEmpty() ? defaultConfigPath() : context.configPath;
    desktop.saveParams = [configPath](const PipelineParams &params) { return savePipelineParams(configPath, params); };
    desktop.configPath = configPath;
    desktop.savePollSettings = [configPath](const PollSettings &poll) { return savePollSettings(configPath, poll); };

    MainWindow window(std::move(desktop));
    window.show();
    return QApplication::exec();
}
