#include "core/storage/runrepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include "core/model/runjson.h"
#include "core/storage/database.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/sqltransaction.h"
#include "core/storage/utf8arena.h"

using namespace Qt::StringLiterals;

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> parseObject(const QString &text, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"storage"_s, u"stored %1 is not a JSON object: %2"_s.arg(what, error.errorString()), {}};
    return document.object();
}

Result<ClusterResult> clusterFrom(const QString &json)
{
    auto object = parseObject(json, u"cluster"_s);
    if (!object)
        return object.error();
    return runjson::clusterFromJson(object.value());
}

/// "tiktok,x" stored as ",tiktok,x," so that one platform is matched with LIKE '%,x,%'.
QString platformList(const QStringList &platforms)
{
    return u","_s % platforms.join(u',') % u","_s;
}

/// A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped by '\'.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s % escaped % u"%"_s;
}

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

    QSqlDatabase db = m_database->connection();
    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    SqlTransaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();

    // Replacing: the old run's clusters and decisions go with it (ON DELETE CASCADE).
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM runs WHERE run_id = ?"_s);
    query.bindValue(0, run.runId);
    if (!query.exec())
        return storage::sqlError(u"replace run %1"_s.arg(run.runId), query);

    query.prepare(u"INSERT INTO runs (run_id, created_at_ms, as_of_ms, window_hours, window_start_ms, "
                  "baseline_start_ms, params, posts_in_window, clusters, trends, decisions, duration_ms, cancelled) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.bindValue(0, run.runId);
    query.bindValue(1, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(2, run.asOfMs);
    query.bindValue(3, run.params.windowHours);
    query.bindValue(4, run.windowStartMs);
    query.bindValue(5, run.baselineStartMs);
    query.bindValue(6, compactJson(runjson::toJson(run.params)));
    query.bindValue(7, run.postsInWindow);
    query.bindValue(8, int(run.clusters.size()));
    query.bindValue(9, run.trendCount());
    query.bindValue(10, qint64(run.decisions.size()));
    query.bindValue(11, run.durationMs);
    query.bindValue(12, run.cancelled ? 1 : 0);
    if (!query.exec())
        return storage::sqlError(u"store run %1"_s.arg(run.runId), query);
    const qint64 runRow = query.lastInsertId().toLongLong();

    query.prepare(u"INSERT INTO run_clusters (run, position, trend_id, rank, is_trend, urgency, anchor, platforms, json) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < run.clusters.size(); ++i) {
        const ClusterResult &cluster = run.clusters.at(i);
        query.bindValue(0, runRow);
        query.bindValue(1, qint64(i));
        query.bindValue(2, cluster.trendId);
        query.bindValue(3, cluster.rank);
        query.bindValue(4, cluster.isTrend ? 1 : 0);
        query.bindValue(5, cluster.urgency.isEmpty() ? QVariant() : QVariant(cluster.urgency));
        query.bindValue(6, cluster.anchor);
        query.bindValue(7, platformList(cluster.platforms));
        query.bindValue(8, compactJson(runjson::toJson(cluster, runjson::Detail::Evidence)));
        if (!query.exec())
            return storage::sqlError(u"store cluster %1"_s.arg(cluster.trendId), query);
    }

    // Half a million decisions are normal for a big run: native statement, one transaction.
    SqliteStatement insert;
    if (Status prepared = insert.prepare(native.value(),
                                         u"INSERT INTO decisions (run, seq, stage, subject, rule, outcome, values_json, "
                                         "message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !prepared) {
        return prepared.error();
    }
    Utf8Arena utf8;
    for (std::size_t i = 0; i < run.decisions.size(); ++i) {
        const Decision &decision = run.decisions[i];
        const QByteArray values = QJsonDocument(decision.values).toJson(QJsonDocument::Compact);
        utf8.encode({&decision.stage, &decision.subject, &decision.rule, &decision.outcome, &decision.message});
        insert.bind(1, runRow);
        insert.bind(2, qint64(i));
        for (int column = 0; column < 4; ++column)
            utf8.bind(insert, 3 + column, std::size_t(column), false);
        insert.bindUtf8(7, values.constData(), int(values.size()), false);
        utf8.bind(insert, 8, 4, false);
        if (Status stored = insert.run(); !stored)
            return stored.error();
    }
    return transaction.commit();
}

Result<QList<RunSummary>> RunRepository::listRuns(int limit, int offset) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s % kSummaryColumns % u" FROM runs ORDER BY created_at_ms DESC, id DESC LIMIT ? OFFSET ?"_s);
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
                  "cancelled FROM runs WHERE run_id = ?"_s);
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
    auto paramsObject = parseObject(query.value(4).toString(), u"parameters"_s);
    if (!paramsObject)
        return paramsObject.error();
    auto params = runjson::paramsFromJson(paramsObject.value());
    if (!params)
        return params.error();
    run->params = params.value();
    run->postsInWindow = query.value(5).toInt();
    run->durationMs = query.value(6).toLongLong();
    run->cancelled = query.value(7).toBool();
    query.finish();

    query.prepare(u"SELECT json FROM run_clusters WHERE run = ? ORDER BY position"_s);
    query.bindValue(0, row);
    if (!query.exec())
        return storage::sqlError(u"read the clusters of run %1"_s.arg(runId), query);
    while (query.next()) {
        auto cluster = clusterFrom(query.value(0).toString());
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
        auto cluster = clusterFrom(query.value(0).toString());
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
    auto cluster = clusterFrom(query.value(0).toString());
    if (!cluster)
        return cluster.error();
    return std::optional<ClusterResult>(std::move(cluster).value());
}

Result<DecisionPage> RunRepository::decisions(const QString &runId, const DecisionQuery &q) const
{
    auto row = runRow(runId);
    if (!row)
        return row.error();
    QString where = u" FROM decisions WHERE run = :run"_s;
    if (!q.stage.isEmpty())
        where += u" AND stage = :stage"_s;
    if (!q.subject.isEmpty())
        where += u" AND subject = :subject"_s;
    if (!q.outcome.isEmpty())
        where += u" AND outcome = :outcome"_s;
    if (!q.text.isEmpty())
        where += u" AND (subject LIKE :text ESCAPE '\\' OR rule LIKE :text ESCAPE '\\' OR message LIKE :text ESCAPE '\\')"_s;
    QSqlDatabase db = m_database->connection();
    auto bindFilters = [&](QSqlQuery &query) {
        query.bindValue(u":run"_s, row.value());
        if (!q.stage.isEmpty())
            query.bindValue(u":stage"_s, q.stage);
        if (!q.subject.isEmpty())
            query.bindValue(u":subject"_s, q.subject);
        if (!q.outcome.isEmpty())
            query.bindValue(u":outcome"_s, q.outcome);
        if (!q.text.isEmpty())
            query.bindValue(u":text"_s, containsPattern(q.text));
    };

    DecisionPage page;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*)"_s % where);
    bindFilters(query);
    if (!query.exec() || !query.next())
        return storage::sqlError(u"count the decisions of run %1"_s.arg(runId), query);
    page.total = query.value(0).toLongLong();
    query.finish();

    query.prepare(u"SELECT stage, subject, rule, outcome, values_json, message"_s % where %
                  u" ORDER BY seq LIMIT :limit OFFSET :offset"_s);
    bindFilters(query);
    query.bindValue(u":limit"_s, q.limit > 0 ? q.limit : -1);
    query.bindValue(u":offset"_s, std::max<qint64>(0, q.offset));
    if (!query.exec())
        return storage::sqlError(u"read the decisions of run %1"_s.arg(runId), query);
    while (query.next()) {
        Decision decision;
        decision.stage = query.value(0).toString();
        decision.subject = query.value(1).toString();
        decision.rule = query.value(2).toString();
        decision.outcome = query.value(3).toString();
        decision.values = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        decision.message = query.value(5).toString();
        page.items.push_back(std::move(decision));
    }
    return page;
}
