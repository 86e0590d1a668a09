#include "core/storage/changemarker.h"

#include "core/storage/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace changemarker {

Result<ChangeMarker> read(sqlite3 *db)
{
    SqliteStatement select;
    if (Status prepared = select.prepare(db, u"SELECT (SELECT coalesce(max(id), 0) FROM posts), "
                                             "(SELECT coalesce(max(seq), 0) FROM post_changes)"_s);
        !prepared) {
        return prepared.error();
    }
    auto row = select.step();
    if (!row)
        return row.error();
    return ChangeMarker{select.int64(0), select.int64(1)};
}

} // namespace changemarker
