#include "ui/workspace.h"

#include "core/service/discoveryservice.h"

Workspace Workspace::fromServices(const QString &path, std::shared_ptr<const DiscoveryService> discovery,
                                  std::shared_ptr<const ImportService> imports, std::shared_ptr<ProjectStore> project,
                                  std::shared_ptr<const AlertStore> alerts)
{
    Workspace w;
    w.databasePath = path;
    // The services are captured by shared_ptr: a job still running when the user opens another
    // database keeps the old one alive until it returns (its result is then dropped as stale).
    w.loadWindow = [discovery](const PipelineParams &params) { return discovery->loadShared(params); };
    w.hydrate = [discovery](RunResult &run) { return discovery->hydrate(run); };
    // The app's "Latest": the newest post of the enabled platforms (0 for an empty project).
    w.resolveAsOf = [discovery](const QStringList &platforms) -> Result<qint64> {
        Result<std::optional<qint64>> newest = discovery->newestPostMs(platforms);
        if (!newest)
            return newest.error();
        return newest.value().value_or(0);
    };
    w.postsPerHour = [discovery](const QStringList &platforms) { return discovery->postsPerHour(platforms); };
    w.platforms = [discovery] { return discovery->platforms(); };
    w.project = std::move(project);
    w.runs = discovery->runs();
    w.alerts = std::move(alerts);
    w.discovery = discovery;
    w.backtest = [discovery](const PipelineParams &params, const BacktestRequest &request,
                             const Backtest::Progress &progress, const CancelToken &cancel) {
        return Backtest(discovery->posts(), params).run(request, cancel, progress);
    };
    w.importFile = [imports](const QString &file, const ImportService::ProgressFn &progress, const CancelToken &cancel) {
        return imports->importFile(file, progress, cancel);
    };
    w.importFileWith = [imports](const QString &file, std::shared_ptr<const ColumnMapping> mapping,
                                 const QString &platform, const ImportService::ProgressFn &progress,
                                 const CancelToken &cancel) {
        return imports->importFileWith(file, std::move(mapping), platform, progress, cancel);
    };
    return w;
}
