#include "core/storage/blockcreators.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/sqltransaction.h"

using namespace Qt::StringLiterals;

namespace blockcreators {

Result<std::vector<qint64>> numbers(const Database &database,
                                    const std::vector<std::pair<qint64, QByteArrayView>> &creators)
{
    QSqlDatabase db = database.connection();
    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    SqlTransaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    SqliteStatement find;
    SqliteStatement add;
    if (Status prepared =
            find.prepare(native.value(), u"SELECT id FROM block_creators WHERE platform_id = ? AND creator_id = ?"_s);
        !prepared) {
        return prepared.error();
    }
    if (Status prepared = add.prepare(
            native.value(), u"INSERT INTO block_creators (platform_id, creator_id) VALUES (?, ?) RETURNING id"_s);
        !prepared) {
        return prepared.error();
    }
    std::vector<qint64> out;
    out.reserve(creators.size());
    for (const auto &[platform, creator] : creators) {
        find.bind(1, platform);
        find.bindUtf8(2, creator.data(), int(creator.size()), false);
        Result<bool> found = find.step();
        if (!found)
            return found.error();
        if (!found.value()) {
            find.reset();
            add.bind(1, platform);
            add.bindUtf8(2, creator.data(), int(creator.size()), false);
            Result<bool> added = add.step();
            if (!added)
                return added.error();
            if (!added.value())
                return add.error(u"number a creator"_s);
            out.push_back(add.int64(0));
            add.reset();
            continue;
        }
        out.push_back(find.int64(0));
        find.reset();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return out;
}

} // namespace blockcreators
