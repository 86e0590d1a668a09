#include "core/storage/postgres/pgpartitions.h"

#include <QStringList>

#include "core/storage/postgres/pgconnection.h"

using namespace Qt::StringLiterals;

namespace {

/// pg_advisory_xact_lock key serializing partition DDL ("GTPT").
constexpr qint64 kPartitionLock = 0x47545054;

QString partitionName(const char *table, qint64 day)
{
    return u"\"%1_d%2\""_s.arg(QString::fromLatin1(table)).arg(day);
}

} // namespace

namespace pgpartitions {

Result<std::set<qint64>> existing(PgConnection &connection)
{
    auto rows = connection.prepared("partitions_existing", u"SELECT day FROM post_partitions"_s, PgParams(),
                                    u"list partitions"_s);
    if (!rows)
        return rows.error();
    std::set<qint64> days;
    for (int r = 0; r < rows.value().rows(); ++r)
        days.insert(rows.value().int64(r, 0));
    return days;
}

Status create(PgConnection &connection, const std::set<qint64> &days)
{
    if (days.empty())
        return Ok{};
    auto locked = connection.query(u"SELECT pg_advisory_xact_lock($1)"_s, PgParams().add(kPartitionLock),
                                   u"lock partitions"_s);
    if (!locked)
        return locked.error();
    auto have = existing(connection);
    if (!have)
        return have.error();
    QStringList sql;
    for (qint64 day : days) {
        if (have.value().contains(day))
            continue;
        const qint64 from = day * kDayMs;
        const qint64 to = from + kDayMs;
        sql << u"CREATE TABLE %1 PARTITION OF posts FOR VALUES FROM (%2) TO (%3)"_s.arg(partitionName("posts", day))
                   .arg(from)
                   .arg(to)
            << u"CREATE TABLE %1 PARTITION OF post_tags FOR VALUES FROM (%2) TO (%3)"_s
                   .arg(partitionName("post_tags", day))
                   .arg(from)
                   .arg(to)
            << u"INSERT INTO post_partitions (day) VALUES (%1)"_s.arg(day);
    }
    if (sql.isEmpty())
        return Ok{};
    return connection.execute(sql.join(u";\n"_s), u"create day partitions"_s);
}

Result<int> dropBefore(PgConnection &connection, qint64 cutoffMs, const std::set<qint64> &keep)
{
    auto locked = connection.query(u"SELECT pg_advisory_xact_lock($1)"_s, PgParams().add(kPartitionLock),
                                   u"lock partitions"_s);
    if (!locked)
        return locked.error();
    auto have = existing(connection);
    if (!have)
        return have.error();
    int dropped = 0;
    for (qint64 day : have.value()) {
        if ((day + 1) * kDayMs > cutoffMs)
            break;
        if (keep.contains(day))
            continue;
        const QString sql =
            u"DELETE FROM post_identity i USING %1 p WHERE i.id = p.id;"
            "DROP TABLE %1; DROP TABLE %2; DELETE FROM post_partitions WHERE day = %3"_s
                .arg(partitionName("posts", day), partitionName("post_tags", day))
                .arg(day);
        if (Status done = connection.execute(sql, u"drop day partition %1"_s.arg(day)); !done)
            return done.error();
        ++dropped;
    }
    return dropped;
}

} // namespace pgpartitions
