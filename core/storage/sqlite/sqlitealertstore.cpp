#include "core/storage/sqlite/sqlitealertstore.h"

#include <QSqlQuery>
#include <QVariant>

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

using namespace Qt::StringLiterals;

namespace {

const QString kColumns =
    u"id, trend_id, reason, run_id, as_of_ms, title, urgency, growth, watched, created_at_ms, delivered, attempts"_s;

AlertRecord recordAt(const QSqlQuery &q)
{
    AlertRecord r;
    r.id = q.value(0).toLongLong();
    r.alert.trendId = q.value(1).toString();
    r.alert.reason = q.value(2).toString();
    r.alert.runId = q.value(3).toString();
    r.alert.asOfMs = q.value(4).toLongLong();
    r.alert.title = q.value(5).toString();
    r.alert.urgency = q.value(6).toString();
    if (!q.value(7).isNull())
        r.alert.growth = q.value(7).toDouble();
    // Tags never hold a line break (ingest splits on whitespace), so one is the separator.
    r.alert.watched = q.value(8).toString().split(u'\n', Qt::SkipEmptyParts);
    r.createdAtMs = q.value(9).toLongLong();
    r.delivered = q.value(10).toInt() != 0;
    r.attempts = q.value(11).toInt();
    return r;
}

// QSQLITE binds a null QString as NULL; the text columns are NOT NULL, and empty is their "none".
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

SqliteAlertStore::SqliteAlertStore(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<std::optional<AlertRecord>> SqliteAlertStore::raise(const Alert &alert, qint64 nowMs) const
{
    QSqlQuery query(m_database->connection());
    // One statement: two processes raising the same alert at once still record it once.
    if (!query.prepare(u"INSERT INTO alerts (trend_id, reason, run_id, as_of_ms, title, urgency, growth, watched, "
                       "created_at_ms, delivered, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0) "
                       "ON CONFLICT (trend_id, reason) DO NOTHING"_s))
        return storage::sqlError(u"prepare alert"_s, query);
    query.addBindValue(alert.trendId);
    query.addBindValue(alert.reason);
    query.addBindValue(notNull(alert.runId));
    query.addBindValue(alert.asOfMs);
    query.addBindValue(notNull(alert.title));
    query.addBindValue(notNull(alert.urgency));
    query.addBindValue(alert.growth ? QVariant(*alert.growth) : QVariant(QMetaType(QMetaType::Double)));
    query.addBindValue(notNull(alert.watched.join(u'\n')));
    query.addBindValue(nowMs);
    if (!query.exec())
        return storage::sqlError(u"store alert for trend "_s + alert.trendId, query);
    if (query.numRowsAffected() != 1)
        return std::optional<AlertRecord>();
    AlertRecord record;
    record.id = query.lastInsertId().toLongLong();
    record.alert = alert;
    record.createdAtMs = nowMs;
    return std::optional<AlertRecord>(record);
}

Status SqliteAlertStore::setDelivery(qint64 id, int attempts, bool delivered) const
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(u"UPDATE alerts SET attempts = ?, delivered = ? WHERE id = ?"_s))
        return storage::sqlError(u"prepare alert delivery"_s, query);
    query.addBindValue(attempts);
    query.addBindValue(delivered ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec())
        return storage::sqlError(u"store alert delivery"_s, query);
    return Ok{};
}

Result<QList<AlertRecord>> SqliteAlertStore::list(int limit, int offset) const
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(u"SELECT "_s + kColumns + u" FROM alerts ORDER BY id DESC LIMIT ? OFFSET ?"_s))
        return storage::sqlError(u"prepare alert list"_s, query);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return storage::sqlError(u"list alerts"_s, query);
    QList<AlertRecord> records;
    while (query.next())
        records.append(recordAt(query));
    return records;
}

Result<QList<AlertRecord>> SqliteAlertStore::undelivered(int maxAttempts) const
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(u"SELECT "_s + kColumns + u" FROM alerts WHERE delivered = 0 AND attempts < ? ORDER BY id"_s))
        return storage::sqlError(u"prepare undelivered alerts"_s, query);
    query.addBindValue(maxAttempts);
    if (!query.exec())
        return storage::sqlError(u"list undelivered alerts"_s, query);
    QList<AlertRecord> records;
    while (query.next())
        records.append(recordAt(query));
    return records;
}
