#pragma once

#include <functional>
#include <memory>

#include <QString>

#include "core/config/pollsettings.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"
#include "core/service/alertevaluator.h"
#include "ui/workspace.h"

class MappingStore;
class ServerControl;

/// What app/main.cpp hands the desktop window: the configured thresholds, how to open a database
/// (the app owns storage and services), how to save thresholds, and the optional embedded server.
struct DesktopContext
{
    PipelineParams configParams; ///< the thresholds of config.yaml ("Reset to config")
    PollSettings pollSettings;   ///< poll.* of config.yaml: the live feeds polled while the window is open
    /// discovery.schedule (seconds, 0 = off): while live feeds are on, a discovery is stored this often
    /// (a project may set its own, Run → Scheduled discovery).
    int scheduleS = 0;
    /// alerts.watch and alerts.on_act_now: the watch list of a project that has none of its own yet.
    /// Off by default (tests, a config without alerts.*); app/ passes the configuration's.
    WatchList watchDefaults{{}, false};
    /// Opens or creates the SQLite database at `path` and builds its services.
    std::function<Result<Workspace>(const QString &path)> openDatabase;
    /// The database to open at start (the app's --db or config's). Empty: the most recent one,
    /// else the bundled sample.
    QString initialDatabase;
    /// Writes thresholds into config.yaml; empty = "Save to config" is disabled.
    std::function<Status(const PipelineParams &)> saveParams;
    QString configPath; ///< the file saveParams writes, named when it did ("Thresholds saved to …")
    /// Writes poll.* (the Feeds dialog's sources) into config.yaml; empty = the dialog's "Save" is disabled.
    std::function<Status(const PollSettings &)> savePollSettings;
    ServerControl *server = nullptr; ///< not owned; null = no Server menu
    /// Saved column mappings (the mapping dialog saves there; the imports look them up). Null = none.
    std::shared_ptr<const MappingStore> mappings;
    /// Where the sample database is created on first launch; empty = <AppDataLocation>/sample.db.
    QString sampleDatabasePath;
    /// Settings group; tests use their own so they never read the analyst's window state.
    QString settingsGroup = QStringLiteral("desktop");
};
