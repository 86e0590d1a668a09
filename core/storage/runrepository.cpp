#include "core/storage/runrepository.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include "core/log/log.h"
#include "core/model/runjson.h"
#include "core/storage/database.h"
#include "core/storage/decisionlog.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/runencoder.h"
#include "core/storage/runencoding.h"
#include "core/storage/sqltransaction.h"

using namespace Qt::StringLiterals;

namespace {

/// A stored cluster: qCompress'ed JSON (a BLOB, since schema 3) or plain JSON text (runs stored
/// before).
Result<ClusterResult> clusterFrom(const QVariant &stored)
{
    if (stored.typeId() == QMetaType::QByteArray)
        return runencoding::clusterFrom(stored.toByteArray());
    return runencoding::clusterFrom(stored.toString().toUtf8(), false);
}

using runencoding::containsPattern;
using runencoding::platformList;

const QString kSummaryColumns = u"run_id, created_at_ms, as_of_ms, window_hours, posts_in_window, clusters, trends, "
                                "decisions, duration_ms"_s;

RunSummary summaryFrom(const QSqlQuery &q)
{
    RunSummary s;
    s.runId = q.value(0).toString();
    s.createdAtMs = q.value(1).toLongLong();
    s.asOfMs = q.value(2).toLongLong();
    s.windowHours = q.value(3).toInt();
    s.postsInWindow = q.value(4).toInt();
    s.clusters = q.value(5).toInt();
    s.trends = q.value(6).toInt();
    s.decisions = q.value(7).toLongLong();
    s.durationMs = q.value(8).toLongLong();
    return s;
}

Error notFound(const QString &runId)
{
    return Error{u"not_found"_s, u"no stored run %1"_s.arg(runId), {}};
}

} // namespace

RunRepository::RunRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Status RunRepository::save(const RunResult &run) const
{
    if (run.runId.isEmpty())
        return Error{u"invalid_value"_s, u"a run needs a run_id to be stored"_s, {}};

    QElapsedTimer timer;
    timer.start();
    // The clusters' evidence JSON and the decision log, compressed, on both cores from now on. The write transaction
    // begins once the clusters are encoded: SQLite has one writer at a time, and every other write of the process (an
    // alert the run raised, an ingest) waits for as long as this one is open.
    RunEncoder encoder(run);
    const std::vector<QByteArray> &clusterJson = encoder.clusters();
    const qint64 clustersEncodedMs = timer.elapsed();

    QSqlDatabase db = m_database->connection();
    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    SqlTransaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();

    // Replacing: the old run's rows go first (clusters by ON DELETE CASCADE).
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM runs WHERE run_id = ?"_s);
    query.bindValue(0, run.runId);
    if (!query.exec())
        return storage::sqlError(u"replace run %1"_s.arg(run.runId), query);
    if (query.next()) {
        const qint64 old = query.value(0).toLongLong();
        query.finish();
        for (const QString &sql : {u"DELETE FROM decision_index WHERE run = ?"_s,
                                   u"DELETE FROM decision_blocks WHERE run = ?"_s, u"DELETE FROM runs WHERE id = ?"_s}) {
            query.prepare(sql);
            query.bindValue(0, old);
            if (!query.exec())
                return storage::sqlError(u"replace run %1"_s.arg(run.runId), query);
        }
    }

    query.prepare(u"INSERT INTO runs (run_id, created_at_ms, as_of_ms, window_hours, window_start_ms, "
                  "baseline_start_ms, params, posts_in_window, clusters, trends, decisions, duration_ms, cancelled, "
                  "baseline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.bindValue(0, run.runId);
    query.bindValue(1, run.savedAtMs.value_or(QDateTime::currentMSecsSinceEpoch()));
    query.bindValue(2, run.asOfMs);
    query.bindValue(3, run.params.windowHours);
    query.bindValue(4, run.windowStartMs);
    query.bindValue(5, run.baselineStartMs);
    query.bindValue(6, runencoding::paramsJson(run));
    query.bindValue(7, run.postsInWindow);
    query.bindValue(8, int(run.clusters.size()));
    query.bindValue(9, run.trendCount());
    query.bindValue(10, qint64(run.decisions.size()));
    query.bindValue(11, run.durationMs);
    query.bindValue(12, run.cancelled ? 1 : 0);
    query.bindValue(13, runencoding::baselineJson(run));
    if (!query.exec())
        return storage::sqlError(u"store run %1"_s.arg(run.runId), query);
    const qint64 runRow = query.lastInsertId().toLongLong();

    SqliteStatement insertCluster;
    if (Status prepared = insertCluster.prepare(
            native.value(), u"INSERT INTO run_clusters (run, position, trend_id, rank, is_trend, urgency, anchor, "
                            "platforms, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !prepared) {
        return prepared;
    }
    for (qsizetype i = 0; i < run.clusters.size(); ++i) {
        const ClusterResult &cluster = run.clusters.at(i);
        const QByteArray &json = clusterJson[std::size_t(i)];
        insertCluster.bind(1, runRow);
        insertCluster.bind(2, qint64(i));
        insertCluster.bindText(3, cluster.trendId);
        insertCluster.bind(4, qint64(cluster.rank));
        insertCluster.bind(5, qint64(cluster.isTrend ? 1 : 0));
        insertCluster.bind(6, cluster.urgency); // empty = NULL
        insertCluster.bindText(7, cluster.anchor);
        insertCluster.bindText(8, platformList(cluster.platforms));
        insertCluster.bindBlobNoCopy(9, json.constData(), int(json.size()));
        if (Status stored = insertCluster.run(); !stored)
            return stored;
    }

    const qint64 clustersMs = timer.elapsed();
    // Half a million decisions are normal for a big run: compressed blocks (decisionlog.h).
    if (Status stored = decisionlog::write(native.value(), runRow, encoder.decisions()); !stored)
        return stored;
    const qint64 decisionsMs = timer.elapsed();
    Status committed = transaction.commit();
    gtlog::storage()->debug("run {} stored in {} ms: clusters encoded after {} ms, written after {} ms, decisions after "
                            "{} ms",
                            run.runId.toStdString(), timer.elapsed(), clustersEncodedMs, clustersMs, decisionsMs);
    // The pages a run wrote (tens of MB of decision blocks at a million posts) are rarely read again from this
    // connection's cache: given back, so a server does not hold them on top of its live window after every run.
    sqlite3_db_release_memory(native.value());
    return committed;
}

Result<QList<RunSummary>> RunRepository::listRuns(int limit, int offset) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s % kSummaryColumns %
                  u" FROM runs ORDER BY created_at_ms DESC, id DESC LIMIT ? OFFSET ?"_s);
    query.bindValue(0, limit > 0 ? limit : -1);
    query.bindValue(1, std::max(0, offset));
    if (!query.exec())
        return storage::sqlError(u"list runs"_s, query);
    QList<RunSummary> runs;
    while (query.next())
        runs.append(summaryFrom(query));
    return runs;
}

Result<std::optional<QString>> RunRepository::latestRunId() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT run_id FROM runs ORDER BY created_at_ms DESC, id DESC LIMIT 1"_s))
        return storage::sqlError(u"find the latest run"_s, query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<RunSummary> RunRepository::summary(const QString &runId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT "_s % kSummaryColumns % u" FROM runs WHERE run_id = ?"_s);
    query.bindValue(0, runId);
    if (!query.exec())
        return storage::sqlError(u"read run %1"_s.arg(runId), query);
    if (!query.next())
        return notFound(runId);
    return summaryFrom(query);
}

Result<qint64> RunRepository::runRow(const QString &runId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id FROM runs WHERE run_id = ?"_s);
    query.bindValue(0, runId);
    if (!query.exec())
        return storage::sqlError(u"read run %1"_s.arg(runId), query);
    if (!query.next())
        return notFound(runId);
    return query.value(0).toLongLong();
}

Result<std::shared_ptr<RunResult>> RunRepository::loadRun(const QString &runId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, as_of_ms, window_start_ms, baseline_start_ms, params, posts_in_window, duration_ms, "
                  "cancelled, baseline FROM runs WHERE run_id = ?"_s);
    query.bindValue(0, runId);
    if (!query.exec())
        return storage::sqlError(u"read run %1"_s.arg(runId), query);
    if (!query.next())
        return notFound(runId);
    auto run = std::make_shared<RunResult>();
    run->runId = runId;
    const qint64 row = query.value(0).toLongLong();
    run->asOfMs = query.value(1).toLongLong();
    run->windowStartMs = query.value(2).toLongLong();
    run->baselineStartMs = query.value(3).toLongLong();
    if (Status read = runencoding::readParams(*run, query.value(4).toString(),
                                              query.value(8).isNull() ? QString() : query.value(8).toString());
        !read)
        return read.error();
    run->postsInWindow = query.value(5).toInt();
    run->durationMs = query.value(6).toLongLong();
    run->cancelled = query.value(7).toBool();
    query.finish();

    query.prepare(u"SELECT json FROM run_clusters WHERE run = ? ORDER BY position"_s);
    query.bindValue(0, row);
    if (!query.exec())
        return storage::sqlError(u"read the clusters of run %1"_s.arg(runId), query);
    while (query.next()) {
        auto cluster = clusterFrom(query.value(0));
        if (!cluster)
            return cluster.error();
        run->clusters.append(std::move(cluster).value());
    }
    return run;
}

Result<QList<ClusterResult>> RunRepository::tiles(const QString &runId, const TileQuery &q) const
{
    auto row = runRow(runId);
    if (!row)
        return row.error();
    QString sql = u"SELECT json FROM run_clusters WHERE run = :run AND is_trend = 1"_s;
    if (!q.urgency.isEmpty())
        sql += u" AND urgency = :urgency"_s;
    if (!q.platform.isEmpty())
        sql += u" AND platforms LIKE :platform ESCAPE '\\'"_s;
    sql += u" ORDER BY rank, position LIMIT :limit"_s;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(u":run"_s, row.value());
    if (!q.urgency.isEmpty())
        query.bindValue(u":urgency"_s, q.urgency);
    if (!q.platform.isEmpty())
        query.bindValue(u":platform"_s, containsPattern(u","_s % q.platform % u","_s));
    query.bindValue(u":limit"_s, q.limit > 0 ? q.limit : -1);
    if (!query.exec())
        return storage::sqlError(u"read the tiles of run %1"_s.arg(runId), query);
    QList<ClusterResult> tiles;
    while (query.next()) {
        auto cluster = clusterFrom(query.value(0));
        if (!cluster)
            return cluster.error();
        tiles.append(std::move(cluster).value());
    }
    return tiles;
}

Result<std::optional<ClusterResult>> RunRepository::trend(const QString &runId, const QString &trendId) const
{
    auto row = runRow(runId);
    if (!row)
        return row.error();
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT json FROM run_clusters WHERE run = ? AND trend_id = ? ORDER BY position LIMIT 1"_s);
    query.bindValue(0, row.value());
    query.bindValue(1, trendId);
    if (!query.exec())
        return storage::sqlError(u"read trend %1"_s.arg(trendId), query);
    if (!query.next())
        return std::optional<ClusterResult>();
    auto cluster = clusterFrom(query.value(0));
    if (!cluster)
        return cluster.error();
    return std::optional<ClusterResult>(std::move(cluster).value());
}

Result<DecisionPage> RunRepository::decisions(const QString &runId, const DecisionQuery &q) const
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, decisions FROM runs WHERE run_id = ?"_s);
    query.bindValue(0, runId);
    if (!query.exec())
        return storage::sqlError(u"read run %1"_s.arg(runId), query);
    if (!query.next())
        return notFound(runId);
    const qint64 run = query.value(0).toLongLong();
    const qint64 stored = query.value(1).toLongLong();
    query.finish();

    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    SqliteStatement index;
    if (Status prepared = index.prepare(native.value(), u"SELECT data FROM decision_index WHERE run = ? AND kind = ?"_s);
        !prepared) {
        return prepared.error();
    }
    SqliteStatement blocks;
    if (Status prepared = blocks.prepare(native.value(), u"SELECT block, data FROM decision_blocks WHERE run = ? "
                                                         "AND block >= ? AND block <= ? ORDER BY block"_s);
        !prepared) {
        return prepared.error();
    }
    decisionlog::Source source;
    source.index = [&](decisionlog::Kind kind) -> Result<std::optional<QByteArray>> {
        index.bind(1, run);
        index.bind(2, qint64(kind));
        auto found = index.step();
        if (!found)
            return found.error();
        std::optional<QByteArray> data;
        if (found.value())
            data = index.blob(0);
        index.reset();
        return data;
    };
    source.blocks = [&](qint64 first, qint64 last, const decisionlog::Source::BlockFn &fn) -> Status {
        blocks.bind(1, run);
        blocks.bind(2, first);
        blocks.bind(3, last);
        const Status rows = blocks.forEachRow([&] { fn(blocks.int64(0), blocks.blob(1)); });
        blocks.reset();
        return rows;
    };
    return decisionlog::page(q, stored, source);
}
