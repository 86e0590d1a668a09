#include "core/storage/hourblocktable.h"

#include "core/storage/changemarker.h"
#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/sqltransaction.h"

using namespace Qt::StringLiterals;

namespace hourblocktable {

Result<std::vector<StoredHour>> presentHours(sqlite3 *db, qint64 firstHour, qint64 lastHour)
{
    SqliteStatement select;
    if (Status prepared = select.prepare(db, u"SELECT hour, length(data) FROM hour_blocks WHERE hour >= ? AND hour <= ? "
                                             "ORDER BY hour"_s);
        !prepared) {
        return prepared.error();
    }
    select.bind(1, firstHour);
    select.bind(2, lastHour);
    std::vector<StoredHour> hours;
    if (Status rows = select.forEachRow([&] { hours.push_back({select.int64(0), select.int64(1)}); }); !rows)
        return rows.error();
    return hours;
}

Status forEachBlock(sqlite3 *db, qint64 firstHour, qint64 lastHour,
                    const std::function<Status(qint64 hour, QByteArrayView block)> &onBlock)
{
    SqliteStatement select;
    if (Status prepared = select.prepare(db, u"SELECT hour, data FROM hour_blocks WHERE hour >= ? AND hour <= ? "
                                             "ORDER BY hour"_s);
        !prepared) {
        return prepared;
    }
    select.bind(1, firstHour);
    select.bind(2, lastHour);
    while (true) {
        Result<bool> row = select.step();
        if (!row)
            return row.error();
        if (!row.value())
            return Ok{};
        if (Status used = onBlock(select.int64(0), QByteArrayView(select.blobData(1), select.blobSize(1))); !used)
            return used;
    }
}

Result<bool> store(const Database &database, const ChangeMarker &readAt, const std::map<qint64, QByteArray> &blocks)
{
    QSqlDatabase db = database.connection();
    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    SqlTransaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    // Under the write lock: a write after `readAt` may have added a post to one of these hours (and
    // its trigger found no block to delete yet).
    auto now = changemarker::read(native.value());
    if (!now)
        return now.error();
    if (!(now.value() == readAt))
        return false;
    SqliteStatement insert;
    if (Status prepared =
            insert.prepare(native.value(), u"INSERT OR REPLACE INTO hour_blocks (hour, data) VALUES (?, ?)"_s);
        !prepared) {
        return prepared.error();
    }
    for (const auto &[hour, block] : blocks) {
        insert.bind(1, hour);
        insert.bindBlobNoCopy(2, block.constData(), int(block.size()));
        if (Status ran = insert.run(); !ran)
            return ran.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

Status drop(const Database &database, qint64 firstHour, qint64 lastHour)
{
    auto native = SqliteStatement::nativeHandle(database.connection());
    if (!native)
        return native.error();
    SqliteStatement remove;
    if (Status prepared = remove.prepare(native.value(), u"DELETE FROM hour_blocks WHERE hour >= ? AND hour <= ?"_s);
        !prepared) {
        return prepared;
    }
    remove.bind(1, firstHour);
    remove.bind(2, lastHour);
    return remove.run();
}

} // namespace hourblocktable
