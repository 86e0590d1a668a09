#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"
#include "core/model/runresult.h"
#include "ui/runsnapshot.h"

/// Re-runs the pipeline in the background whenever the parameters change (STYLE.md "Background
/// work"). At most one run is in flight, on a one-thread pool with everything captured by value:
///  - leading edge: when nothing runs, a change starts a run on the next turn of the event loop
///    (debounceMs(), 0 by default), so the calls of one burst give one run with the last parameters;
///  - trailing edge: a change while a run is in flight cancels that run (its token, and its
///    generation goes stale) and leaves one run pending, started with the latest parameters as soon
///    as the cancelled one has returned. However many changes arrive meanwhile, one result is shown:
///    the one for the final parameters; a stale result is dropped, never published.
/// Results are published as whole immutable snapshots.
///
/// The dataset is loaded through `LoadFn` (DiscoveryService::loadWindow) inside the same job when
/// the requested span is not covered by the one in memory, so a window-length change costs one
/// load and a threshold change none.
class PipelineRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineRunner)

public:
    using RunFn = std::function<RunResult(const Dataset &, const PipelineParams &, const CancelToken &)>;
    /// Shared, not copied: a live window hands out the Dataset it keeps (DiscoveryService::loadShared).
    using LoadFn = std::function<Result<std::shared_ptr<const Dataset>>(const PipelineParams &)>;
    using HydrateFn = std::function<Status(RunResult &)>;
    /// as_of for parameters that leave it at 0 ("latest": the newest stored post of the enabled
    /// platforms, empty = all). Resolved once per load, so every run on one dataset shares it.
    using AsOfFn = std::function<Result<qint64>(const QStringList &enabledPlatforms)>;
    /// What one background job hands back to the GUI thread (defined in the .cpp).
    struct JobOutput;

    /// `run` defaults to core/pipeline's runPipeline; tests pass their own.
    explicit PipelineRunner(RunFn run = {}, QObject *parent = nullptr);
    ~PipelineRunner() override;

    /// A new data source (another database): drops the dataset in memory and runs at once.
    void setSource(LoadFn load, HydrateFn hydrate, AsOfFn asOf = {});
    /// Runs on a dataset already in memory (tests, benchmarks); no loading.
    void setDataset(std::shared_ptr<const Dataset> dataset);

    /// Coalesced (see the class comment): a burst of calls gives one published run, with the last parameters.
    void setParams(const PipelineParams &params);
    const PipelineParams &params() const { return m_params; }

    /// Runs now with the current parameters (Run → Re-run): at once when idle, else the run in
    /// flight is cancelled and this one follows it.
    void runNow();
    /// Publishes `snapshot` (a stored run, Run → History…) as the current one, read-only: the run in flight is
    /// cancelled; the next parameter change or runNow() runs the pipeline again.
    void show(RunSnapshot snapshot);
    /// Cancels the run in flight, if any; nothing is published for it.
    void cancel();

    /// How long an idle runner waits for more changes before starting (0: the next event-loop turn).
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    int debounceMs() const { return m_debounce.interval(); }

    const RunSnapshot &snapshot() const { return m_snapshot; }
    bool isBusy() const { return m_running || m_pending || m_debounce.isActive(); }
    quint64 generation() const { return m_generation; }
    /// Results that arrived after a newer run had started and were thrown away (for tests and the log).
    int droppedResults() const { return m_dropped; }

Q_SIGNALS:
    void started(quint64 generation);
    /// A fresh snapshot replaced `previous` (which may be null on the first run).
    void finished(const RunSnapshot &current, const RunSnapshot &previous);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    /// Starts now when idle, else cancels the run in flight and leaves one pending.
    void request();
    void start();
    void deliver(JobOutput &out);
    /// Drops a snapshot on a pool thread, so that its last reference is not freed on the GUI thread.
    static void releaseLater(RunSnapshot snapshot);
    void updateBusy();

    RunFn m_run;
    LoadFn m_load;
    HydrateFn m_hydrate;
    AsOfFn m_asOf;
    PipelineParams m_params;
    std::shared_ptr<const Dataset> m_dataset;
    PipelineParams m_datasetParams; ///< the parameters m_dataset was loaded for
    std::optional<qint64> m_resolvedAsOf; ///< as_of m_dataset was loaded for when params leave it empty
    bool m_datasetFixed = false;    ///< set by setDataset(): never reload

    RunSnapshot m_snapshot;
    QThreadPool m_pool;
    QTimer m_debounce;
    CancelToken m_token;
    quint64 m_generation = 0;
    quint64 m_source = 0;   ///< bumped by setSource()/setDataset(): loads for an older source are discarded
    bool m_running = false; ///< a job is on the pool (possibly cancelled, until it returns)
    bool m_pending = false; ///< start again with m_params once the running job returns
    bool m_busy = false;    ///< last busyChanged value
    int m_dropped = 0;
};
