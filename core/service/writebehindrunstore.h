#pragma once

#include <memory>
#include <mutex>

#include <QFuture>
#include <QHash>
#include <QList>
#include <QThreadPool>

#include "core/storage/runstore.h"

/// A RunStore that answers save() as soon as the run is queued and writes it on a thread of its own, runs in the
/// order they were saved. A discovery is answered when its result is known, not when its evidence and decision log
/// are on disk (at 1M posts, writing is most of a warm run).
///
/// Whoever reads after a discover sees that run. The latest run, the list of runs, a run's summary, its tiles and
/// its trends are answered from the queued run itself while it waits to be written (GET /api/v1/tiles stays fast while a discovery's run is
/// written). Every other read of a run waits for that run's write, if it is queued (not for runs queued after it),
/// and a list of runs without saving times for every write queued before it. A write that failed is logged, and a read of that run
/// answers its error. At most `maxQueued` runs wait to be written: a
/// further save() waits for the oldest (memory stays bounded when discoveries outpace the disk). The destructor
/// writes whatever is queued, so a graceful shutdown loses no run.
class WriteBehindRunStore final : public RunStore
{
public:
    explicit WriteBehindRunStore(std::shared_ptr<const RunStore> inner, int maxQueued = 1);
    ~WriteBehindRunStore() override;
    Q_DISABLE_COPY_MOVE(WriteBehindRunStore)

    Status save(const RunResult &run) const override;
    Status save(const std::shared_ptr<const RunResult> &run) const override;
    Result<QList<RunSummary>> listRuns(int limit, int offset = 0) const override;
    Result<std::optional<QString>> latestRunId() const override;
    Result<std::shared_ptr<RunResult>> loadRun(const QString &runId) const override;
    Result<QList<ClusterResult>> tiles(const QString &runId, const TileQuery &query = {}) const override;
    Result<std::optional<ClusterResult>> trend(const QString &runId, const QString &trendId) const override;
    Result<DecisionPage> decisions(const QString &runId, const DecisionQuery &query = {}) const override;
    Result<RunSummary> summary(const QString &runId) const override;

    /// Waits until every queued run is written.
    void flush() const;

private:
    struct Queued
    {
        QString runId;
        std::shared_ptr<const RunResult> run; ///< null once written: the writer lets go of it
        QFuture<void> written;
    };
    /// Not yet written: its run still answers reads.
    static bool pending(const Queued &q) { return q.run && !q.written.isFinished(); }

    /// Waits for the queued write of `runId`, if any; then the error of its last write if it failed.
    Status settled(const QString &runId) const;
    /// The queued run `runId` while it is not yet written, else null (then the inner store has it, or its error).
    std::shared_ptr<const RunResult> unwritten(const QString &runId) const;

    std::shared_ptr<const RunStore> m_inner;
    const int m_maxQueued;
    mutable QThreadPool m_writer; // one thread: runs are written in order
    mutable std::mutex m_mutex;
    mutable QList<Queued> m_queued;          // oldest first; written ones are dropped on the next save
    mutable QHash<QString, Error> m_failed; // run id → why its last write failed
};
