#pragma once

#include <functional>
#include <memory>

#include <QString>

#include "core/model/canceltoken.h"
#include "core/model/hourcount.h"
#include "core/model/importreport.h"
#include "core/model/result.h"
#include "core/model/backtestresult.h"
#include "core/service/backtest.h"
#include "core/service/importservice.h"
#include "ui/pipelinerunner.h"

class AlertStore;
class DiscoveryService;
class FeedPoller;
class ProjectStore;
class RunStore;
struct PollSettings;

/// One open database as the window uses it: where it is, and the roads into it (load the window,
/// hydrate top posts, resolve "latest", count posts per hour, import a file, its project settings). Each function is safe to call from a worker thread
/// (the services use one connection per thread) and is copied into jobs by value.
struct Workspace
{
    QString databasePath;
    bool isSample = false; ///< the bundled sample: the title says so
    /// A team database (a `postgresql://` URI; databasePath is then the URI without its password).
    bool isTeam = false;
    /// Nothing is written into it: imports are refused and the project's settings are not saved (a
    /// team database unless File → Connect to a team database… was told to allow importing).
    bool readOnly = false;

    PipelineRunner::LoadFn loadWindow;
    PipelineRunner::HydrateFn hydrate;
    PipelineRunner::AsOfFn resolveAsOf;
    /// Posts per hour over the whole project, of the given platforms (empty = all): the timeline.
    std::function<Result<QList<HourCount>>(const QStringList &platforms)> postsPerHour;
    /// Every platform of the project (not only those in the window), for the platform toggles.
    std::function<Result<QStringList>()> platforms;
    QStringList platformNames; ///< platforms() as read when the project was opened
    /// The project's own settings, stored in this database; null = none (settings are not kept).
    std::shared_ptr<ProjectStore> project;
    using ImportFn = std::function<Result<ImportReport>(const QString &path, const ImportService::ProgressFn &progress,
                                                        const CancelToken &cancel)>;
    ImportFn importFile;
    /// importFile() with a column mapping (a file no reader knows) and a platform for records that do
    /// not say theirs; either may be empty.
    std::function<Result<ImportReport>(const QString &path, std::shared_ptr<const ColumnMapping> mapping,
                                       const QString &platform, const ImportService::ProgressFn &progress,
                                       const CancelToken &cancel)>
        importFileWith;

    /// A backtest over this database with `params` (the thresholds on screen): Backtest::run (see core/service).
    using BacktestFn = std::function<Result<BacktestResult>(const PipelineParams &params, const BacktestRequest &request,
                                                            const Backtest::Progress &progress,
                                                            const CancelToken &cancel)>;
    BacktestFn backtest;

    /// The runs stored in this database (pinned, scheduled; the embedded server answers from the same store).
    std::shared_ptr<const RunStore> runs;
    /// The alerts raised by this database's runs; null = alerts are not kept.
    std::shared_ptr<const AlertStore> alerts;
    /// The discovery service behind loadWindow (the scheduled runs go through it, so each is stored).
    std::shared_ptr<const DiscoveryService> discovery;

    /// A live-feed poller storing into this database (see FeedsController); empty = no feeds.
    std::function<std::unique_ptr<FeedPoller>(const PollSettings &)> makePoller;

    bool isValid() const { return bool(loadWindow); }

    /// The workspace over the app's services for `path`.
    static Workspace fromServices(const QString &path, std::shared_ptr<const DiscoveryService> discovery,
                                  std::shared_ptr<const ImportService> imports,
                                  std::shared_ptr<ProjectStore> project = {},
                                  std::shared_ptr<const AlertStore> alerts = {});
};
