#include "ui/evidencejob.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/pipeline/pipeline.h"

EvidenceJob::EvidenceJob(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

EvidenceJob::~EvidenceJob()
{
    m_token.cancel();
    m_pool.waitForDone();
}

bool EvidenceJob::needsEvidence(const RunSnapshot &snapshot, const QString &trendId)
{
    const ClusterResult *c = snapshot.findCluster(trendId);
    return c && snapshot.dataset && !c->isTrend && c->formulas.isEmpty();
}

void EvidenceJob::explain(const RunSnapshot &snapshot, const QString &trendId, PipelineRunner::HydrateFn hydrate)
{
    if (!needsEvidence(snapshot, trendId))
        return;
    m_token.cancel();
    m_token = CancelToken();
    const quint64 request = ++m_request;
    const CancelToken token = m_token;
    const std::shared_ptr<const Dataset> data = snapshot.dataset;
    const PipelineParams params = snapshot.run->params; // as_of resolved: the same window
    const quint64 generation = snapshot.generation;
    QtConcurrent::run(&m_pool, [data, params, trendId, hydrate, token, generation]() -> RunSnapshot {
        RunResult run = runPipeline(*data, params, QStringList{trendId}, token);
        if (run.cancelled)
            return {};
        if (hydrate)
            (void)hydrate(run); // without the store's text and URLs the posts still show their counts
        RunSnapshot out = RunSnapshot::make(std::move(run), data);
        out.generation = generation;
        return out;
    }).then(this, [this, request, trendId](const RunSnapshot &out) {
        if (request == m_request && !out.isNull())
            Q_EMIT explained(out, trendId);
    });
}

void EvidenceJob::cancel()
{
    m_token.cancel();
    ++m_request;
}
