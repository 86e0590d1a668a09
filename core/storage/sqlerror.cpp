#include "core/storage/sqlerror.h"

using namespace Qt::StringLiterals;

namespace storage {

Error sqlError(const QString &what, const QSqlError &error)
{
    // SQLite's extended code is in nativeErrorCode(); 5 = SQLITE_BUSY, 6 = SQLITE_LOCKED.
    const QString native = error.nativeErrorCode();
    const bool busy = native == "5"_L1 || native == "6"_L1;
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = u"unknown database error"_s;
    return Error{busy ? u"busy"_s : u"storage"_s, what % ": "_L1 % text, {}};
}

} // namespace storage
