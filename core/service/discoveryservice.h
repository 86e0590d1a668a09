#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include <QJsonObject>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/hourcount.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"
#include "core/model/runresult.h"

class LiveWindow;
class PostStore;
class RunStore;

/// A discovery as asked for by `glasstrend discover`, POST /api/v1/discover or the desktop app.
struct DiscoverRequest
{
    std::optional<qint64> asOfMs;   ///< default: params.asOfMs, else the newest stored post
    std::optional<int> windowHours; ///< default: params.windowHours
    QJsonObject overrides;          ///< config keys → values, e.g. {"clustering.min_jaccard": 0.3}
    /// Every parameter in full instead of the service's defaults (the desktop's project settings); the
    /// overrides, as_of and window above still apply on top.
    std::optional<PipelineParams> params;
};

/// load window → runPipeline → hydrate the top posts → store the run. One discovery at a time per
/// service (a second caller waits): runs are cheap, and serial runs keep run ids ordered.
/// Storage is reached through the PostStore and RunStore ports; with a LiveWindow the posts of the
/// span stay in memory between runs (server, desktop), without one each run loads them (CLI).
class DiscoveryService
{
public:
    /// `asOfSetting` is the config's pipeline.as_of: "latest" (the newest post), "now" (the wall
    /// clock at each run: a long-running server follows time), or an ISO time already in defaults.
    DiscoveryService(std::shared_ptr<const PostStore> posts, std::shared_ptr<const RunStore> runs,
                     PipelineParams defaults, QString asOfSetting = QStringLiteral("latest"),
                     std::shared_ptr<LiveWindow> window = nullptr);
    ~DiscoveryService();

    /// The effective parameters of a request (defaults + overrides + as_of/window), or a 422-style
    /// error naming the bad key.
    Result<PipelineParams> resolve(const DiscoverRequest &request) const;

    /// Loads the posts the pipeline needs for `params` (current + baseline windows).
    Result<Dataset> loadWindow(const PipelineParams &params) const;
    /// The same without a copy: the live window's shared Dataset (kept while the span is unchanged), or a loaded one.
    Result<std::shared_ptr<const Dataset>> loadShared(const PipelineParams &params) const;

    /// Runs, hydrates and stores; the returned run has its run_id.
    Result<std::shared_ptr<const RunResult>> discover(const DiscoverRequest &request,
                                                      const CancelToken &cancel = {}) const;

    /// "Latest": the newest created_at of the stored posts of `platforms` (empty = all), nullopt when none.
    Result<std::optional<qint64>> newestPostMs(const QStringList &platforms) const;
    /// Every platform stored (sorted): the desktop offers each as a toggle, in the window or not.
    Result<QStringList> platforms() const;
    /// Posts per hour over the whole database, of `platforms` (empty = all): the desktop's timeline.
    Result<QList<HourCount>> postsPerHour(const QStringList &platforms) const;

    /// Fills text, url and creator names of every cluster's top posts from storage (one query).
    Status hydrate(RunResult &run) const;

    /// Called with every run discover() stored, on the thread that ran it (the alerts listen here, so
    /// runs of the API, the schedule and the desktop are all seen). Set before the service is shared.
    using RunListener = std::function<void(const std::shared_ptr<const RunResult> &run)>;
    void setRunListener(RunListener listener) { m_runListener = std::move(listener); }

    /// For a command that exits after its run: what a run loaded is kept until the process exits (keepuntilexit.h)
    /// instead of freed on a thread of its own while the run is hydrated and stored.
    void setKeepLoadedUntilExit(bool keep) { m_keepLoadedUntilExit = keep; }

    const PipelineParams &defaults() const { return m_defaults; }
    const std::shared_ptr<const PostStore> &posts() const { return m_posts; }
    const std::shared_ptr<const RunStore> &runs() const { return m_runs; }
    /// The live window, or null when every run loads from the store.
    const std::shared_ptr<LiveWindow> &window() const { return m_window; }

private:

    std::shared_ptr<const PostStore> m_posts;
    std::shared_ptr<const RunStore> m_runs;
    std::shared_ptr<LiveWindow> m_window;
    PipelineParams m_defaults;
    QString m_asOfSetting;
    RunListener m_runListener;
    bool m_keepLoadedUntilExit = false;
    mutable std::mutex m_runMutex;
};
