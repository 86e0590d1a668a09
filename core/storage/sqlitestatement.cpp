#include "core/storage/sqlitestatement.h"

#include <sqlite3.h>

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Result<sqlite3 *> SqliteStatement::nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{u"storage"_s, u"the database connection is not an SQLite connection"_s, {}};
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    if (!native)
        return Error{u"storage"_s, u"the database connection is not open"_s, {}};
    // The handle is only usable with the SQLite library Qt's driver uses: compare what the driver
    // reports with the library this program is linked to.
    QSqlQuery query(db);
    if (!query.exec(u"SELECT sqlite_version()"_s) || !query.next())
        return Error{u"storage"_s, u"cannot read the SQLite version"_s, {}};
    const QString driverVersion = query.value(0).toString();
    const QString ownVersion = QString::fromLatin1(sqlite3_libversion());
    if (driverVersion != ownVersion) {
        return Error{u"storage"_s,
                     u"Qt's SQLite driver uses SQLite %1 but GlassTrend is linked to SQLite %2; "
                     "build Qt's QSQLITE plugin against the system SQLite"_s.arg(driverVersion, ownVersion),
                     {}};
    }
    return native;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        return error(u"prepare"_s);
    }
    return Ok{};
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        bindText(index, text);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, const char *utf8, int size, bool emptyIsNull)
{
    if (size == 0 && emptyIsNull)
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, size ? utf8 : "", size, SQLITE_STATIC);
}

void SqliteStatement::bindBlobNoCopy(int index, const char *data, int size)
{
    sqlite3_bind_blob(m_stmt, index, size ? data : "", size, SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = error(u"step"_s);
    sqlite3_reset(m_stmt);
    return e;
}

Status SqliteStatement::run()
{
    auto stepped = step();
    sqlite3_reset(m_stmt);
    if (!stepped)
        return stepped.error();
    return Ok{};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray SqliteStatement::blob(int column) const
{
    return QByteArray(blobData(column), blobSize(column));
}

const char *SqliteStatement::blobData(int column) const
{
    return static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
}

int SqliteStatement::blobSize(int column) const
{
    return sqlite3_column_bytes(m_stmt, column);
}

Error SqliteStatement::error(const QString &what) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
    const bool busy = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
    const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"no connection"_s;
    return Error{busy ? u"busy"_s : u"storage"_s, what % ": "_L1 % message, {}};
}
