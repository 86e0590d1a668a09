#include "core/storage/postgres/pgrunstore.h"

#include <QDateTime>

#include "core/storage/decisionlog.h"
#include "core/storage/postgres/pgpool.h"
#include "core/storage/runencoder.h"
#include "core/storage/runencoding.h"

using namespace Qt::StringLiterals;

namespace {

const QString kSummaryColumns = u"run_id, created_at_ms, as_of_ms, window_hours::bigint, posts_in_window, clusters, "
                                "trends, decisions, duration_ms"_s;

RunSummary summaryFrom(const PgResult &r, int row)
{
    RunSummary s;
    s.runId = r.text(row, 0);
    s.createdAtMs = r.int64(row, 1);
    s.asOfMs = r.int64(row, 2);
    s.windowHours = int(r.int64(row, 3));
    s.postsInWindow = int(r.int64(row, 4));
    s.clusters = int(r.int64(row, 5));
    s.trends = int(r.int64(row, 6));
    s.decisions = r.int64(row, 7);
    s.durationMs = r.int64(row, 8);
    return s;
}

Error notFound(const QString &runId)
{
    return Error{u"not_found"_s, u"no stored run %1"_s.arg(runId), {}};
}

Result<QList<ClusterResult>> clustersFrom(const PgResult &r)
{
    QList<ClusterResult> clusters;
    for (int i = 0; i < r.rows(); ++i) {
        auto cluster = runencoding::clusterFrom(r.bytes(i, 0));
        if (!cluster)
            return cluster.error();
        clusters.append(std::move(cluster).value());
    }
    return clusters;
}

/// The row id of a run; "not_found" when there is none.
Result<qint64> runRow(PgConnection &c, const QString &runId)
{
    auto r = c.prepared("run_row", u"SELECT id FROM runs WHERE run_id = $1"_s, PgParams().add(runId),
                        u"read run %1"_s.arg(runId));
    if (!r)
        return r.error();
    if (r.value().rows() == 0)
        return notFound(runId);
    return r.value().int64(0, 0);
}

} // namespace

Status PgRunStore::save(const RunResult &run) const
{
    if (run.runId.isEmpty())
        return Error{u"invalid_value"_s, u"a run needs a run_id to be stored"_s, {}};
    // The clusters' evidence JSON and the decision log, compressed, on both cores from now on.
    RunEncoder encoder(run);

    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    if (Status begun = c.execute(u"BEGIN"_s, u"begin"_s); !begun)
        return begun;
    // Replacing: the old run's rows go first (clusters and decisions by ON DELETE CASCADE).
    auto removed = c.prepared("run_delete", u"DELETE FROM runs WHERE run_id = $1"_s, PgParams().add(run.runId),
                              u"replace run %1"_s.arg(run.runId));
    if (!removed)
        return removed.error(); // the pool rolls back
    PgParams params;
    params.add(run.runId)
        .add(run.savedAtMs.value_or(QDateTime::currentMSecsSinceEpoch()))
        .add(run.asOfMs)
        .add(qint64(run.params.windowHours))
        .add(run.windowStartMs)
        .add(run.baselineStartMs)
        .add(runencoding::paramsJson(run))
        .add(qint64(run.postsInWindow))
        .add(qint64(run.clusters.size()))
        .add(qint64(run.trendCount()))
        .add(qint64(run.decisions.size()))
        .add(run.durationMs)
        .add(run.cancelled ? u"true"_s : u"false"_s)
        .add(runencoding::baselineJson(run));
    auto inserted = c.prepared(
        "run_insert",
        u"INSERT INTO runs (run_id, created_at_ms, as_of_ms, window_hours, window_start_ms, baseline_start_ms, params, "
        "posts_in_window, clusters, trends, decisions, duration_ms, cancelled, baseline) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id"_s,
        params, u"store run %1"_s.arg(run.runId));
    if (!inserted)
        return inserted.error();
    const qint64 runRow = inserted.value().int64(0, 0);

    const std::vector<QByteArray> &clusterJson = encoder.clusters();
    PgCopyBuffer clusters;
    for (qsizetype i = 0; i < run.clusters.size(); ++i) {
        const ClusterResult &cluster = run.clusters.at(i);
        clusters.beginRow(9);
        clusters.add(runRow);
        clusters.addInt32(qint32(i));
        clusters.addText(cluster.trendId, false);
        clusters.addInt32(qint32(cluster.rank));
        clusters.addBool(cluster.isTrend);
        clusters.addText(cluster.urgency); // empty = NULL
        clusters.addText(cluster.anchor, false);
        clusters.addText(runencoding::platformList(cluster.platforms), false);
        const QByteArray &json = clusterJson[std::size_t(i)];
        clusters.addBytes(json.constData(), int(json.size()));
    }
    if (clusters.rows() > 0) {
        if (Status copied = c.copy(u"COPY run_clusters (run, position, trend_id, rank, is_trend, urgency, anchor, "
                                   "platforms, json) FROM STDIN (FORMAT binary)"_s,
                                   clusters, u"store the clusters of run %1"_s.arg(run.runId));
            !copied)
            return copied;
    }
    const std::vector<QByteArray> &decisionRows = encoder.decisions();
    PgCopyBuffer blocks;
    const std::size_t blockCount = decisionRows.size() - 3;
    for (std::size_t b = 0; b < blockCount; ++b) {
        blocks.beginRow(3);
        blocks.add(runRow);
        blocks.addInt32(qint32(b));
        blocks.addBytes(decisionRows[b].constData(), int(decisionRows[b].size()));
    }
    PgCopyBuffer indexes;
    for (int kind = 0; kind < 3; ++kind) {
        const QByteArray &data = decisionRows[blockCount + std::size_t(kind)];
        indexes.beginRow(3);
        indexes.add(runRow);
        indexes.addInt32(kind);
        indexes.addBytes(data.constData(), int(data.size()));
    }
    if (blocks.rows() > 0) {
        if (Status copied = c.copy(u"COPY decision_blocks (run, block, data) FROM STDIN (FORMAT binary)"_s, blocks,
                                   u"store the decisions of run %1"_s.arg(run.runId));
            !copied)
            return copied;
    }
    if (Status copied = c.copy(u"COPY decision_index (run, kind, data) FROM STDIN (FORMAT binary)"_s, indexes,
                               u"store the decision index of run %1"_s.arg(run.runId));
        !copied)
        return copied;
    return c.execute(u"COMMIT"_s, u"commit run %1"_s.arg(run.runId));
}

Result<QList<RunSummary>> PgRunStore::listRuns(int limit, int offset) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgParams params;
    if (limit > 0)
        params.add(qint64(limit));
    else
        params.addNull();
    params.add(qint64(std::max(0, offset)));
    auto r = connection.value()->prepared("runs_list",
                                          u"SELECT "_s % kSummaryColumns %
                                              u" FROM runs ORDER BY created_at_ms DESC, id DESC LIMIT $1 OFFSET $2"_s,
                                          params, u"list runs"_s);
    if (!r)
        return r.error();
    QList<RunSummary> runs;
    for (int i = 0; i < r.value().rows(); ++i)
        runs.append(summaryFrom(r.value(), i));
    return runs;
}

Result<std::optional<QString>> PgRunStore::latestRunId() const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared(
        "runs_latest", u"SELECT run_id FROM runs ORDER BY created_at_ms DESC, id DESC LIMIT 1"_s, PgParams(),
        u"find the latest run"_s);
    if (!r)
        return r.error();
    if (r.value().rows() == 0)
        return std::optional<QString>();
    return std::optional<QString>(r.value().text(0, 0));
}

Result<RunSummary> PgRunStore::summary(const QString &runId) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared("run_summary", u"SELECT "_s % kSummaryColumns % u" FROM runs WHERE run_id = $1"_s,
                                          PgParams().add(runId), u"read run %1"_s.arg(runId));
    if (!r)
        return r.error();
    if (r.value().rows() == 0)
        return notFound(runId);
    return summaryFrom(r.value(), 0);
}

Result<std::shared_ptr<RunResult>> PgRunStore::loadRun(const QString &runId) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    auto r = c.prepared("run_load",
                        u"SELECT id, as_of_ms, window_start_ms, baseline_start_ms, params, posts_in_window, "
                        "duration_ms, cancelled, baseline FROM runs WHERE run_id = $1"_s,
                        PgParams().add(runId), u"read run %1"_s.arg(runId));
    if (!r)
        return r.error();
    if (r.value().rows() == 0)
        return notFound(runId);
    const PgResult &q = r.value();
    auto run = std::make_shared<RunResult>();
    run->runId = runId;
    const qint64 row = q.int64(0, 0);
    run->asOfMs = q.int64(0, 1);
    run->windowStartMs = q.int64(0, 2);
    run->baselineStartMs = q.int64(0, 3);
    if (Status read = runencoding::readParams(*run, q.text(0, 4), q.isNull(0, 8) ? QString() : q.text(0, 8)); !read)
        return read.error();
    run->postsInWindow = int(q.int64(0, 5));
    run->durationMs = q.int64(0, 6);
    run->cancelled = q.int64(0, 7) != 0;
    auto clusters = c.prepared("run_clusters", u"SELECT json FROM run_clusters WHERE run = $1 ORDER BY position"_s,
                               PgParams().add(row), u"read the clusters of run %1"_s.arg(runId));
    if (!clusters)
        return clusters.error();
    auto decoded = clustersFrom(clusters.value());
    if (!decoded)
        return decoded.error();
    run->clusters = std::move(decoded).value();
    return run;
}

Result<QList<ClusterResult>> PgRunStore::tiles(const QString &runId, const TileQuery &q) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    auto row = runRow(c, runId);
    if (!row)
        return row.error();
    PgParams params;
    params.add(row.value());
    if (q.urgency.isEmpty())
        params.addNull();
    else
        params.add(q.urgency);
    if (q.platform.isEmpty())
        params.addNull();
    else
        params.add(runencoding::containsPattern(u","_s % q.platform % u","_s));
    if (q.limit > 0)
        params.add(qint64(q.limit));
    else
        params.addNull();
    auto r = c.prepared("run_tiles",
                        u"SELECT json FROM run_clusters WHERE run = $1 AND is_trend "
                        "AND ($2::text IS NULL OR urgency = $2) AND ($3::text IS NULL OR platforms LIKE $3 ESCAPE '\\') "
                        "ORDER BY rank, position LIMIT $4"_s,
                        params, u"read the tiles of run %1"_s.arg(runId));
    if (!r)
        return r.error();
    return clustersFrom(r.value());
}

Result<std::optional<ClusterResult>> PgRunStore::trend(const QString &runId, const QString &trendId) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    auto row = runRow(c, runId);
    if (!row)
        return row.error();
    auto r = c.prepared("run_trend",
                        u"SELECT json FROM run_clusters WHERE run = $1 AND trend_id = $2 ORDER BY position LIMIT 1"_s,
                        PgParams().add(row.value()).add(trendId), u"read trend %1"_s.arg(trendId));
    if (!r)
        return r.error();
    auto clusters = clustersFrom(r.value());
    if (!clusters)
        return clusters.error();
    if (clusters.value().isEmpty())
        return std::optional<ClusterResult>();
    return std::optional<ClusterResult>(clusters.value().takeFirst());
}

Result<DecisionPage> PgRunStore::decisions(const QString &runId, const DecisionQuery &q) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    auto r = c.prepared("run_decisions", u"SELECT id, decisions FROM runs WHERE run_id = $1"_s, PgParams().add(runId),
                        u"read run %1"_s.arg(runId));
    if (!r)
        return r.error();
    if (r.value().rows() == 0)
        return notFound(runId);
    const qint64 run = r.value().int64(0, 0);
    const qint64 stored = r.value().int64(0, 1);
    decisionlog::Source source;
    source.index = [&](decisionlog::Kind kind) -> Result<std::optional<QByteArray>> {
        auto found = c.prepared("decision_index", u"SELECT data FROM decision_index WHERE run = $1 AND kind = $2"_s,
                                PgParams().add(run).add(qint64(kind)), u"read the decision index"_s);
        if (!found)
            return found.error();
        if (found.value().rows() == 0)
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(found.value().bytes(0, 0));
    };
    source.blocks = [&](qint64 first, qint64 last, const decisionlog::Source::BlockFn &fn) -> Status {
        auto found = c.prepared("decision_blocks",
                                u"SELECT block::bigint, data FROM decision_blocks WHERE run = $1 AND block >= $2 "
                                "AND block <= $3 ORDER BY block"_s,
                                PgParams().add(run).add(std::max<qint64>(first, 0)).add(std::min<qint64>(last, INT32_MAX)),
                                u"read decisions"_s);
        if (!found)
            return found.error();
        for (int i = 0; i < found.value().rows(); ++i)
            fn(found.value().int64(i, 0), found.value().bytes(i, 1));
        return Ok{};
    };
    return decisionlog::page(q, stored, source);
}
