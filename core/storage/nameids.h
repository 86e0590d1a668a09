#pragma once

#include <QHash>
#include <QString>

#include "core/model/result.h"
#include "core/storage/sqlitestatement.h"

struct sqlite3;

/// Interns names (platforms) into their table within the current transaction. Ids already
/// committed come from the caller's cache; ids created here are listed by fresh() and join that
/// cache once the transaction has committed.
class NameIds
{
public:
    /// `table` has columns (id INTEGER PRIMARY KEY, name TEXT UNIQUE); `committed` must outlive this.
    NameIds(QString table, const QHash<QString, qint64> &committed);

    Status prepare(sqlite3 *db);
    /// The id of `name`, inserting it into the table when it is new.
    Result<qint64> id(const QString &name);
    const QHash<QString, qint64> &fresh() const { return m_fresh; }

private:
    QString m_table;
    const QHash<QString, qint64> &m_committed;
    QHash<QString, qint64> m_fresh;
    SqliteStatement m_insert;
    SqliteStatement m_select;
};
