#include "ui/pipelinerunner.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

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
    qint64 resolvedAsOf = 0;                ///< with `dataset`: the as_of it was loaded for
    PipelineParams params;
    CancelToken token;
    quint64 generation = 0;
};

struct JobOutput
{
    RunSnapshot snapshot;
    bool reloaded = false;
    PipelineParams loadedFor;
    qint64 resolvedAsOf = 0;
    bool cancelled = false;
    QString error;
};

JobOutput runJob(const JobInput &in)
{
    JobOutput out;
    out.snapshot.generation = in.generation;
    std::shared_ptr<const Dataset> data = in.dataset;
    PipelineParams params = in.params;
    out.resolvedAsOf = in.resolvedAsOf;
    if (!data) {
        if (!in.load) {
            out.error = u"No data source is open."_s;
            return out;
        }
        if (params.asOfMs == 0 && in.asOf) {
            const Result<qint64> asOf = in.asOf();
            if (!asOf) {
                out.error = asOf.error().message;
                return out;
            }
            out.resolvedAsOf = asOf.value();
        }
        PipelineParams loadParams = params;
        if (loadParams.asOfMs == 0)
            loadParams.asOfMs = out.resolvedAsOf;
        Result<Dataset> loaded = in.load(loadParams);
        if (!loaded) {
            out.error = loaded.error().message;
            return out;
        }
        data = std::make_shared<const Dataset>(std::move(loaded).value());
        out.reloaded = true;
        out.loadedFor = in.params;
    }
    if (in.token.cancelled()) {
        out.cancelled = true;
        return out;
    }
    QElapsedTimer clock;
    clock.start();
    if (params.asOfMs == 0)
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
    if (in.hydrate)
        (void)in.hydrate(result);

    auto index = std::make_shared<QHash<QString, std::vector<int>>>();
    for (int i = 0; i < int(result.decisions.size()); ++i)
        (*index)[result.decisions[size_t(i)].subject].push_back(i);

    out.snapshot.run = std::make_shared<const RunResult>(std::move(result));
    out.snapshot.dataset = std::move(data);
    out.snapshot.decisionsBySubject = std::move(index);
    return out;
}

/// The span a dataset must cover for `p`: as_of plus window × (baseline + 1).
bool covers(const PipelineParams &loaded, const PipelineParams &wanted)
{
    return loaded.asOfMs == wanted.asOfMs
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
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &PipelineRunner::start);
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
    m_datasetFixed = false;
    m_debounce.stop();
    start();
}

void PipelineRunner::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_datasetFixed = true;
    m_datasetParams = m_params;
}

void PipelineRunner::setParams(const PipelineParams &params)
{
    if (params == m_params && !m_snapshot.isNull())
        return;
    m_params = params;
    m_debounce.start();
}

void PipelineRunner::runNow()
{
    m_debounce.stop();
    start();
}

void PipelineRunner::cancel()
{
    m_debounce.stop();
    m_token.cancel();
    ++m_generation; // whatever is in flight is stale now
}

void PipelineRunner::start()
{
    if (!m_run) {
        Q_EMIT failed(u"This build has no pipeline."_s);
        return;
    }
    m_token.cancel();
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
    if (m_dataset && (m_datasetFixed || covers(m_datasetParams, m_params))) {
        in.dataset = m_dataset;
        in.resolvedAsOf = m_resolvedAsOf;
    }

    if (m_inFlight++ == 0)
        Q_EMIT busyChanged(true);
    Q_EMIT started(generation);

    const auto deliver = [this](const JobOutput &out) {
        if (--m_inFlight == 0)
            Q_EMIT busyChanged(false);
        if (out.snapshot.generation != m_generation) {
            ++m_dropped;
            return;
        }
        if (out.cancelled)
            return;
        if (!out.error.isEmpty()) {
            Q_EMIT failed(out.error);
            return;
        }
        if (out.reloaded) {
            m_dataset = out.snapshot.dataset;
            m_datasetParams = out.loadedFor;
            m_resolvedAsOf = out.resolvedAsOf;
        }
        RunSnapshot previous = std::exchange(m_snapshot, out.snapshot);
        Q_EMIT finished(m_snapshot, previous);
        // The views hold the new snapshot now, so this is usually the last reference to the old
        // one: freeing a run with a million decisions takes long enough to stutter the GUI.
        (void)QtConcurrent::run(&m_pool, [old = std::move(previous)]() mutable { old = RunSnapshot(); });
    };
    // Always deliver through the event loop: a run that finished before .then() was attached would
    // otherwise be published synchronously inside start(), ahead of the runs its caller is about to
    // start, and a burst of fast runs would show intermediate results.
    QtConcurrent::run(&m_pool, [in] { return runJob(in); }).then(this, [this, deliver](const JobOutput &out) {
        QMetaObject::invokeMethod(this, [deliver, out] { deliver(out); }, Qt::QueuedConnection);
    });
}
