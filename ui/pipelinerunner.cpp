#include "ui/pipelinerunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/log/log.h"

#if GT_HAVE_PIPELINE
#include "core/pipeline/pipeline.h"
#endif

using namespace Qt::StringLiterals;

namespace {

/// Everything a job needs, by value: the worker never touches the runner.
struct JobInput
{
    PipelineRunner::RunFn run;
    PipelineRunner::LoadFn load;
    PipelineRunner::HydrateFn hydrate;
    PipelineRunner::AsOfFn asOf;
    std::shared_ptr<const Dataset> dataset; ///< null = load first
    std::optional<qint64> resolvedAsOf; ///< with `dataset`: the as_of it was loaded for
    PipelineParams params;
    CancelToken token;
    quint64 generation = 0;
    quint64 source = 0;
};

} // namespace

struct PipelineRunner::JobOutput
{
    RunSnapshot snapshot; ///< with `reloaded`, the dataset is set even when the run was cancelled
    quint64 source = 0;   ///< the setSource()/setDataset() call the job ran for
    bool reloaded = false;
    PipelineParams loadedFor;
    std::optional<qint64> resolvedAsOf;
    bool cancelled = false;
    QString error;
};

namespace {

PipelineRunner::JobOutput runJob(const JobInput &in)
{
    PipelineRunner::JobOutput out;
    out.snapshot.generation = in.generation;
    out.source = in.source;
    QElapsedTimer phase; // where a run's time goes, in the debug log
    phase.start();
    qint64 loadMs = 0;
    std::shared_ptr<const Dataset> data = in.dataset;
    PipelineParams params = in.params;
    out.resolvedAsOf = in.resolvedAsOf;
    if (!data) {
        if (!in.load) {
            out.error = QCoreApplication::translate("PipelineRunner", "No data source is open.");
            return out;
        }
        if (!params.asOfMs && in.asOf) {
            const Result<qint64> asOf = in.asOf(params.enabledPlatforms);
            if (!asOf) {
                out.error = asOf.error().message;
                return out;
            }
            out.resolvedAsOf = asOf.value();
        }
        PipelineParams loadParams = params;
        if (!loadParams.asOfMs)
            loadParams.asOfMs = out.resolvedAsOf;
        Result<std::shared_ptr<const Dataset>> loaded = in.load(loadParams);
        if (!loaded) {
            out.error = loaded.error().message;
            return out;
        }
        data = std::move(loaded).value();
        loadMs = phase.restart();
        out.reloaded = true;
        out.loadedFor = in.params;
        out.snapshot.dataset = data; // kept by the runner even if this run is cancelled now
    }
    if (in.token.cancelled()) {
        out.cancelled = true;
        return out;
    }
    QElapsedTimer clock;
    clock.start();
    if (!params.asOfMs)
        params.asOfMs = out.resolvedAsOf;
    RunResult result = in.run(*data, params, in.token);
    if (result.cancelled || in.token.cancelled()) {
        out.cancelled = true;
        return out;
    }
    if (result.durationMs == 0)
        result.durationMs = clock.elapsed();
    // Text, url and creator names of the top posts live only in storage; a failure here leaves
    // the numbers intact, so it is not fatal.
    const qint64 runMs = phase.restart();
    if (in.hydrate)
        (void)in.hydrate(result);
    const qint64 hydrateMs = phase.restart();

    const quint64 generation = out.snapshot.generation;
    out.snapshot = RunSnapshot::make(std::move(result), std::move(data));
    out.snapshot.generation = generation;
    gtlog::ui()->debug("run {}: load {} ms, pipeline {} ms, hydrate {} ms, decision index {} ms", generation, loadMs,
                       runMs, hydrateMs, phase.elapsed());
    return out;
}

/// Whether a dataset loaded for `loaded` serves `wanted`: the same as_of, a span of window ×
/// (baseline + 1) at least as long, and the posts of every platform wanted. "Latest" (no as_of)
/// depends on the enabled platforms, so then they must be the same ones.
bool covers(const PipelineParams &loaded, const PipelineParams &wanted)
{
    const bool platforms = loaded.enabledPlatforms == wanted.enabledPlatforms
                           || (wanted.asOfMs.has_value() && loaded.enabledPlatforms.isEmpty());
    return loaded.asOfMs == wanted.asOfMs && platforms
        && qint64(loaded.windowHours) * (loaded.baselineWindows + 1)
               >= qint64(wanted.windowHours) * (wanted.baselineWindows + 1);
}

} // namespace

PipelineRunner::PipelineRunner(RunFn run, QObject *parent) : QObject(parent), m_run(std::move(run))
{
#if GT_HAVE_PIPELINE
    if (!m_run) {
        m_run = [](const Dataset &data, const PipelineParams &params, const CancelToken &token) {
            return runPipeline(data, params, token);
        };
    }
#endif
    // One thread: runs are serial, so a cancelled run frees the CPU for the next one.
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &PipelineRunner::request);
}

PipelineRunner::~PipelineRunner()
{
    m_token.cancel();
    m_pool.waitForDone();
}

void PipelineRunner::setSource(LoadFn load, HydrateFn hydrate, AsOfFn asOf)
{
    m_load = std::move(load);
    m_hydrate = std::move(hydrate);
    m_asOf = std::move(asOf);
    m_dataset.reset();
    m_resolvedAsOf.reset(); // resolved again by the first load from the new source
    m_datasetFixed = false;
    ++m_source;
    m_debounce.stop();
    request();
}

void PipelineRunner::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_resolvedAsOf.reset(); // the previous source's as_of says nothing about this dataset
    m_datasetFixed = true;
    m_datasetParams = m_params;
    ++m_source;
}

void PipelineRunner::setParams(const PipelineParams &params)
{
    if (params == m_params && !m_snapshot.isNull())
        return;
    m_params = params;
    if (!m_load && !m_dataset)
        return; // nothing to run on yet: the source, when it comes, runs with these parameters
    if (m_running)
        request(); // trailing edge: cancel the run in flight, follow it with these parameters
    else
        m_debounce.start(); // leading edge: the rest of this burst joins the run
    updateBusy();
}

void PipelineRunner::runNow()
{
    m_debounce.stop();
    request();
}

void PipelineRunner::cancel()
{
    m_debounce.stop();
    m_pending = false;
    m_token.cancel();
    ++m_generation; // whatever is in flight is stale now
    updateBusy();
}

void PipelineRunner::show(RunSnapshot snapshot)
{
    cancel();
    snapshot.generation = m_generation;
    snapshot.stored = true;
    RunSnapshot previous = std::exchange(m_snapshot, std::move(snapshot));
    Q_EMIT finished(m_snapshot, previous);
    releaseLater(std::move(previous));
}

void PipelineRunner::request()
{
    if (!m_running) {
        start();
        return;
    }
    // The result in flight is for older parameters: stop computing it and never show it.
    m_token.cancel();
    ++m_generation;
    m_pending = true;
    updateBusy();
}

void PipelineRunner::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void PipelineRunner::start()
{
    m_pending = false;
    if (!m_run) {
        updateBusy();
        Q_EMIT failed(tr("This build has no pipeline."));
        return;
    }
    m_token = CancelToken();
    const quint64 generation = ++m_generation;

    JobInput in;
    in.run = m_run;
    in.load = m_load;
    in.hydrate = m_hydrate;
    in.asOf = m_asOf;
    in.params = m_params;
    in.token = m_token;
    in.generation = generation;
    in.source = m_source;
    if (m_dataset && (m_datasetFixed || covers(m_datasetParams, m_params))) {
        in.dataset = m_dataset;
        in.resolvedAsOf = m_resolvedAsOf;
    }

    m_running = true;
    updateBusy();
    Q_EMIT started(generation);

    // The worker posts its output straight to the GUI thread's event loop: never published inside
    // start() (ahead of the changes its caller is about to make), and no QFuture keeps a copy whose
    // release would free a stale run on the GUI thread. The destructor waits for the pool, so
    // `this` outlives the job; a post to a deleted runner is discarded by Qt.
    PipelineRunner *self = this;
    (void)QtConcurrent::run(&m_pool, [in, self] {
        QMetaObject::invokeMethod(self, [self, out = runJob(in)]() mutable { self->deliver(out); }, Qt::QueuedConnection);
    });
}

void PipelineRunner::releaseLater(RunSnapshot snapshot)
{
    if (snapshot.isNull() && !snapshot.dataset)
        return;
    // Freeing a run with a million decisions, or a million posts, takes long enough to stutter the
    // GUI. The global pool, not m_pool: the next run need not wait behind it.
    QThreadPool::globalInstance()->start([old = std::move(snapshot)]() mutable { old = RunSnapshot(); });
}

void PipelineRunner::deliver(JobOutput &out)
{
    m_running = false;
    const bool stale = out.snapshot.generation != m_generation;
    if (stale)
        ++m_dropped;
    // Posts loaded from the current source are worth keeping even for a run that was cancelled
    // after loading: the run that follows need not read them again (a slider moved while a
    // database opens).
    if (out.reloaded && out.snapshot.dataset && out.source == m_source) {
        m_dataset = out.snapshot.dataset;
        m_datasetParams = out.loadedFor;
        m_resolvedAsOf = out.resolvedAsOf;
    }
    if (m_pending)
        start(); // the trailing run, with the latest parameters
    updateBusy();
    if (stale || out.cancelled || !out.error.isEmpty()) {
        releaseLater(std::move(out.snapshot)); // never shown: this is its last reference
        if (!stale && !out.cancelled)
            Q_EMIT failed(out.error);
        return;
    }
    RunSnapshot previous = std::exchange(m_snapshot, std::move(out.snapshot));
    Q_EMIT finished(m_snapshot, previous);
    // The views hold the new snapshot now, so this is usually the last reference to the old one.
    releaseLater(std::move(previous));
}
