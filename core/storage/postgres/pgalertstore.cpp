#include "core/storage/postgres/pgalertstore.h"

#include "core/storage/postgres/pgpool.h"

using namespace Qt::StringLiterals;

namespace {

// growth as text: PostgreSQL prints a double precision so that it reads back to the same double.
const QString kColumns = u"id, trend_id, reason, run_id, as_of_ms, title, urgency, growth::text, watched, created_at_ms, "
                         "delivered::int, attempts"_s;

QList<AlertRecord> recordsOf(const PgResult &r)
{
    QList<AlertRecord> records;
    for (int i = 0; i < r.rows(); ++i) {
        AlertRecord a;
        a.id = r.int64(i, 0);
        a.alert.trendId = r.text(i, 1);
        a.alert.reason = r.text(i, 2);
        a.alert.runId = r.text(i, 3);
        a.alert.asOfMs = r.int64(i, 4);
        a.alert.title = r.text(i, 5);
        a.alert.urgency = r.text(i, 6);
        if (!r.isNull(i, 7))
            a.alert.growth = r.text(i, 7).toDouble();
        // Tags never hold a line break (ingest splits on whitespace), so one is the separator.
        a.alert.watched = r.text(i, 8).split(u'\n', Qt::SkipEmptyParts);
        a.createdAtMs = r.int64(i, 9);
        a.delivered = r.int64(i, 10) != 0;
        a.attempts = int(r.int64(i, 11));
        records.append(a);
    }
    return records;
}

} // namespace

Result<std::optional<AlertRecord>> PgAlertStore::raise(const Alert &alert, qint64 nowMs) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgParams params;
    params.add(alert.trendId).add(alert.reason).add(alert.runId).add(alert.asOfMs).add(alert.title).add(alert.urgency);
    if (alert.growth)
        params.add(QString::number(*alert.growth, 'g', 17));
    else
        params.addNull();
    params.add(alert.watched.join(u'\n')).add(nowMs);
    // One statement: two instances raising the same alert at once still record it once.
    auto inserted = connection.value()->prepared(
        "alert_raise",
        u"INSERT INTO alerts (trend_id, reason, run_id, as_of_ms, title, urgency, growth, watched, created_at_ms) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7::double precision, $8, $9) "
        "ON CONFLICT (trend_id, reason) DO NOTHING RETURNING id"_s,
        params, u"store alert for trend %1"_s.arg(alert.trendId));
    if (!inserted)
        return inserted.error();
    if (inserted.value().rows() != 1)
        return std::optional<AlertRecord>();
    AlertRecord record;
    record.id = inserted.value().int64(0, 0);
    record.alert = alert;
    record.createdAtMs = nowMs;
    return std::optional<AlertRecord>(record);
}

Status PgAlertStore::setDelivery(qint64 id, int attempts, bool delivered) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto updated = connection.value()->prepared(
        "alert_delivery", u"UPDATE alerts SET attempts = $1, delivered = $2::int::boolean WHERE id = $3"_s,
        PgParams().add(qint64(attempts)).add(qint64(delivered ? 1 : 0)).add(id), u"store alert delivery"_s);
    if (!updated)
        return updated.error();
    return Ok{};
}

Result<QList<AlertRecord>> PgAlertStore::list(int limit, int offset) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared("alert_list", u"SELECT "_s + kColumns + u" FROM alerts ORDER BY id DESC LIMIT $1 OFFSET $2"_s,
                                          PgParams().add(qint64(limit)).add(qint64(offset)), u"list alerts"_s);
    if (!r)
        return r.error();
    return recordsOf(r.value());
}

Result<QList<AlertRecord>> PgAlertStore::undelivered(int maxAttempts) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared(
        "alert_undelivered", u"SELECT "_s + kColumns + u" FROM alerts WHERE NOT delivered AND attempts < $1 ORDER BY id"_s,
        PgParams().add(qint64(maxAttempts)), u"list undelivered alerts"_s);
    if (!r)
        return r.error();
    return recordsOf(r.value());
}
