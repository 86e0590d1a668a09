#include "core/storage/sqlite/sqliteprojectstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqltransaction.h"

using namespace Qt::StringLiterals;

SqliteProjectStore::SqliteProjectStore(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<QMap<QString, QString>> SqliteProjectStore::settings() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT key, value FROM project_settings"_s))
        return storage::sqlError(u"read project settings"_s, query);
    QMap<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

Status SqliteProjectStore::saveSettings(const QMap<QString, QString> &values)
{
    QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(db);
    if (!query.prepare(
            u"INSERT INTO project_settings (key, value, updated_at_ms) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at_ms = excluded.updated_at_ms"_s))
        return storage::sqlError(u"prepare project settings"_s, query);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.bindValue(0, it.key());
        query.bindValue(1, it.value());
        query.bindValue(2, now);
        if (!query.exec())
            return storage::sqlError(u"save project setting "_s + it.key(), query);
    }
    return transaction.commit();
}

Status SqliteProjectStore::saveCopy(const QString &path) const
{
    if (QFileInfo::exists(path))
        return Error{u"exists"_s, u"%1 already exists; choose a new file name"_s.arg(path), {}};
    QSqlQuery query(m_database->connection());
    if (!query.prepare(u"VACUUM INTO ?"_s))
        return storage::sqlError(u"prepare copy"_s, query);
    query.bindValue(0, path);
    if (!query.exec())
        return storage::sqlError(u"copy the project to "_s + path, query);
    return Ok{};
}
