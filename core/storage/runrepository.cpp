#include "core/storage/runrepository.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include "core/model/runjson.h"
#include "core/storage/database.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/sqltransaction.h"
#include "core/storage/tagblob.h"
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

/// decision_keys.kind: which column a key comes from.
enum KeyKind : int { StageKey = 0, SubjectKey = 1, OutcomeKey = 2 };

/// Writes the decisions in recording order (at the end of the b-tree: the run's integer id is the
/// newest), then one posting list per distinct stage, subject and outcome.
Status saveDecisions(sqlite3 *db, qint64 runRow, const std::vector<Decision> &decisions)
{
    SqliteStatement insert;
    if (Status prepared = insert.prepare(db, u"INSERT INTO decisions (run, seq, stage, subject, rule, outcome, "
                                             "values_json, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !prepared) {
        return prepared;
    }
    Utf8Arena utf8;
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const Decision &decision = decisions[i];
        const QByteArray values = QJsonDocument(decision.values).toJson(QJsonDocument::Compact);
        utf8.encode({&decision.stage, &decision.subject, &decision.rule, &decision.outcome, &decision.message});
        insert.bind(1, runRow);
        insert.bind(2, qint64(i));
        for (int column = 0; column < 4; ++column)
            utf8.bind(insert, 3 + column, std::size_t(column), false);
        insert.bindUtf8(7, values.constData(), int(values.size()), false);
        utf8.bind(insert, 8, 4, false);
        if (Status stored = insert.run(); !stored)
            return stored;
    }

    // Posting lists: the sequence numbers of each distinct stage, subject and outcome.
    SqliteStatement keys;
    if (Status prepared = keys.prepare(db, u"INSERT INTO decision_keys (run, kind, key, seqs) VALUES (?, ?, ?, ?)"_s);
        !prepared) {
        return prepared;
    }
    QByteArray blob;
    for (const QString Decision::*field : {&Decision::stage, &Decision::subject, &Decision::outcome}) {
        const int kind = field == &Decision::stage ? StageKey : (field == &Decision::subject ? SubjectKey : OutcomeKey);
        QHash<QStringView, std::vector<std::int32_t>> groups;
        for (std::size_t i = 0; i < decisions.size(); ++i)
            groups[QStringView(decisions[i].*field)].push_back(std::int32_t(i));
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            tagblob::encodeInto(it.value(), blob);
            keys.bind(1, runRow);
            keys.bind(2, qint64(kind));
            keys.bindText(3, it.key().toString());
            keys.bindBlobNoCopy(4, blob.constData(), int(blob.size()));
            if (Status stored = keys.run(); !stored)
                return stored;
        }
    }
    return Ok{};
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

    // Replacing: the old run's rows go first (clusters by ON DELETE CASCADE).
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM runs WHERE run_id = ?"_s);
    query.bindValue(0, run.runId);
    if (!query.exec())
        return storage::sqlError(u"replace run %1"_s.arg(run.runId), query);
    if (query.next()) {
        const qint64 old = query.value(0).toLongLong();
        query.finish();
        for (const QString &sql : {u"DELETE FROM decision_keys WHERE run = ?"_s,
                                   u"DELETE FROM decisions WHERE run = ?"_s, u"DELETE FROM runs WHERE id = ?"_s}) {
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
    query.bindValue(13, QString::fromUtf8(QJsonDocument(runjson::baselineWindowsJson(run.baselineWindows))
                                              .toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return storage::sqlError(u"store run %1"_s.arg(run.runId), query);
    const qint64 runRow = query.lastInsertId().toLongLong();

    query.prepare(
        u"INSERT INTO run_clusters (run, position, trend_id, rank, is_trend, urgency, anchor, platforms, json) "
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

    // Half a million decisions are normal for a big run: native statements, one transaction.
    if (Status stored = saveDecisions(native.value(), runRow, run.decisions); !stored)
        return stored;
    return transaction.commit();
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
    if (!query.value(8).isNull()) {
        const QJsonDocument baseline = QJsonDocument::fromJson(query.value(8).toString().toUtf8());
        auto windows = runjson::baselineWindowsFromJson(baseline.array());
        if (!windows)
            return windows.error();
        run->baselineWindows = windows.value();
    }
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

    // The matching sequence numbers: intersect the posting list of each exact filter and, for a
    // text search, the decisions whose texts contain it. nullopt = every decision of the run.
    std::optional<std::vector<std::int32_t>> matching;
    auto narrow = [&matching](std::vector<std::int32_t> seqs) {
        if (!matching) {
            matching = std::move(seqs);
            return;
        }
        std::vector<std::int32_t> both;
        std::set_intersection(matching->begin(), matching->end(), seqs.begin(), seqs.end(), std::back_inserter(both));
        matching = std::move(both);
    };
    query.prepare(u"SELECT seqs FROM decision_keys WHERE run = ? AND kind = ? AND key = ?"_s);
    for (const auto &[kind, key] : {std::pair(int(StageKey), &q.stage), std::pair(int(SubjectKey), &q.subject),
                                    std::pair(int(OutcomeKey), &q.outcome)}) {
        if (key->isEmpty())
            continue;
        query.bindValue(0, run);
        query.bindValue(1, kind);
        query.bindValue(2, *key);
        if (!query.exec())
            return storage::sqlError(u"filter the decisions of run %1"_s.arg(runId), query);
        narrow(query.next() ? tagblob::decode(query.value(0).toByteArray()) : std::vector<std::int32_t>());
        query.finish();
    }
    if (!q.text.isEmpty() && (!matching || !matching->empty())) {
        query.prepare(u"SELECT seq FROM decisions WHERE run = ? AND (subject LIKE ? ESCAPE '\\' "
                      "OR rule LIKE ? ESCAPE '\\' OR message LIKE ? ESCAPE '\\') ORDER BY seq"_s);
        const QString pattern = containsPattern(q.text);
        query.bindValue(0, run);
        query.bindValue(1, pattern);
        query.bindValue(2, pattern);
        query.bindValue(3, pattern);
        if (!query.exec())
            return storage::sqlError(u"search the decisions of run %1"_s.arg(runId), query);
        std::vector<std::int32_t> found;
        while (query.next())
            found.push_back(std::int32_t(query.value(0).toLongLong()));
        narrow(std::move(found));
    }

    DecisionPage page;
    page.total = matching ? qint64(matching->size()) : stored;
    const qint64 first = std::min(std::max<qint64>(0, q.offset), page.total);
    const qint64 count = q.limit > 0 ? std::min<qint64>(q.limit, page.total - first) : page.total - first;
    if (count <= 0)
        return page;

    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    SqliteStatement select;
    const QString columns = u"SELECT stage, subject, rule, outcome, values_json, message FROM decisions "_s;
    // Unfiltered pages are one range; filtered ones are point lookups of the page's decisions.
    if (Status prepared =
            select.prepare(native.value(), matching ? columns % u"WHERE run = ? AND seq = ?"_s
                                                    : columns % u"WHERE run = ? AND seq >= ? ORDER BY seq LIMIT ?"_s);
        !prepared) {
        return prepared.error();
    }
    auto readRow = [&select, &page] {
        Decision decision;
        decision.stage = select.text(0);
        decision.subject = select.text(1);
        decision.rule = select.text(2);
        decision.outcome = select.text(3);
        decision.values = QJsonDocument::fromJson(select.blob(4)).object();
        decision.message = select.text(5);
        page.items.push_back(std::move(decision));
    };
    page.items.reserve(std::size_t(count));
    const qint64 rounds = matching ? count : 1;
    for (qint64 i = 0; i < rounds; ++i) {
        select.bind(1, run);
        select.bind(2, matching ? qint64((*matching)[std::size_t(first + i)]) : first);
        if (!matching)
            select.bind(3, count);
        const Status rows = select.forEachRow(readRow);
        if (!rows)
            return rows.error();
        select.reset();
    }
    return page;
}
