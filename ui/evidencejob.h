#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include "core/model/canceltoken.h"
#include "ui/pipelinerunner.h"
#include "ui/runsnapshot.h"

/// The whole evidence chain of a cluster that is not a trend (a near-miss): a run writes formulas and top posts for
/// trends only, so this runs the shown run again on its own dataset and parameters with that cluster explained
/// (runPipeline's `explain`), hydrates the top posts, and hands back the snapshot. Same inputs, same run: only the
/// asked cluster gains its chain. One request at a time; a newer one cancels the older.
class EvidenceJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceJob)

public:
    explicit EvidenceJob(QObject *parent = nullptr);
    ~EvidenceJob() override;

    /// Whether the cluster `trendId` of `snapshot` lacks the chain a request would add.
    static bool needsEvidence(const RunSnapshot &snapshot, const QString &trendId);
    /// Starts explaining `trendId` of `snapshot` (its run and dataset); `hydrate` fills in the posts' text and URLs.
    void explain(const RunSnapshot &snapshot, const QString &trendId, PipelineRunner::HydrateFn hydrate);
    void cancel();

Q_SIGNALS:
    /// `snapshot` is the asked run (same generation) with `trendId`'s evidence chain.
    void explained(const RunSnapshot &snapshot, const QString &trendId);

private:
    QThreadPool m_pool;
    CancelToken m_token;
    quint64 m_request = 0;
};
