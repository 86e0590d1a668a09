#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include "core/model/result.h"

struct sqlite3;
struct sqlite3_stmt;

/// A prepared SQLite statement on the native handle of a Qt connection, for the few hot loops
/// (bulk upsert, window load, decision log) where QSqlQuery's per-value binding costs more than
/// SQLite's own work (Qt 6.4 builds a placeholder name string for every positional bind).
/// Everything else goes through QSqlQuery. The handle is the one Qt's QSQLITE driver opened
/// (QSqlDriver::handle()), so both share one connection and one transaction.
class SqliteStatement
{
public:
    /// The native handle of an open QSQLITE connection, or an error when the driver is not
    /// SQLite or was built against a different SQLite library than this program.
    static Result<sqlite3 *> nativeHandle(const QSqlDatabase &db);

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Status prepare(sqlite3 *db, const QString &sql);

    // Parameters are 1-based, as in SQLite. Text and blobs are copied by SQLite.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);     ///< an empty string binds NULL
    void bindText(int index, const QString &text); ///< binds '' for an empty string
    void bindBlob(int index, const QByteArray &blob);
    /// Binds UTF-8 text that stays valid and unchanged until the statement is reset (no copy);
    /// size 0 binds NULL when `emptyIsNull`.
    void bindUtf8(int index, const char *utf8, int size, bool emptyIsNull);
    /// Binds a blob that stays valid and unchanged until the statement is reset (no copy).
    void bindBlobNoCopy(int index, const char *data, int size);
    void bindNull(int index);

    /// Runs one step: Result true = a row is available, false = done.
    Result<bool> step();
    /// Steps through every row, calling `onRow()` while the row's columns are readable; the first
    /// SQLite error ends it. The statement is left done (reset() it to run it again).
    template <typename OnRow>
    Status forEachRow(OnRow onRow)
    {
        while (true) {
            Result<bool> next = step();
            if (!next)
                return next.error();
            if (!next.value())
                return Ok{};
            onRow();
        }
    }
    /// Steps a statement that returns no rows, then resets it for the next use.
    Status run();
    void reset();

    qint64 int64(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;         ///< NULL → empty string
    QByteArrayView utf8(int column) const;  ///< the column's UTF-8 bytes, valid until the next step/reset
    QByteArray blob(int column) const;      ///< a deep copy
    const char *blobData(int column) const; ///< valid until the next step/reset
    int blobSize(int column) const;

    /// An Error for the last failure on this statement's connection.
    Error error(const QString &what) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};
