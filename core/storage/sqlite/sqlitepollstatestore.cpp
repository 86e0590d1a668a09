#include "core/storage/sqlite/sqlitepollstatestore.h"

#include <QDateTime>
#include <QSqlQuery>

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

using namespace Qt::StringLiterals;

Status SqlitePollStateStore::ensureTable() const
{
    QSqlQuery query(m_database->connection());
    // A no-op once the table exists, so every call may run it: no "initialised" flag to share
    // between threads.
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS poll_state ("
                    "source TEXT NOT NULL,"
                    "item TEXT NOT NULL,"
                    "size INTEGER NOT NULL DEFAULT 0,"
                    "mtime_ms INTEGER NOT NULL DEFAULT 0,"
                    "consumed INTEGER NOT NULL DEFAULT 0,"
                    "lines INTEGER NOT NULL DEFAULT 0,"
                    "head_sha1 TEXT,"
                    "format TEXT,"
                    "etag TEXT,"
                    "last_modified TEXT,"
                    "updated_ms INTEGER NOT NULL,"
                    "PRIMARY KEY (source, item)) WITHOUT ROWID"_s))
        return storage::sqlError(u"create poll_state"_s, query);
    return Ok{};
}

Result<QHash<QString, PolledFile>> SqlitePollStateStore::files(const QString &sourceId) const
{
    if (Status ready = ensureTable(); !ready)
        return ready.error();
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT item, size, mtime_ms, consumed, head_sha1, format, lines FROM poll_state "
                  "WHERE source = ? AND item <> ''"_s);
    query.addBindValue(sourceId);
    if (!query.exec())
        return storage::sqlError(u"read poll state"_s, query);
    QHash<QString, PolledFile> out;
    while (query.next()) {
        PolledFile file;
        file.name = query.value(0).toString();
        file.size = query.value(1).toLongLong();
        file.mtimeMs = query.value(2).toLongLong();
        file.consumed = query.value(3).toLongLong();
        file.headSha1 = query.value(4).toString();
        file.format = query.value(5).toString();
        file.lines = query.value(6).toLongLong();
        out.insert(file.name, file);
    }
    return out;
}

Status SqlitePollStateStore::saveFile(const QString &sourceId, const PolledFile &file) const
{
    if (Status ready = ensureTable(); !ready)
        return ready.error();
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT OR REPLACE INTO poll_state "
                  "(source, item, size, mtime_ms, consumed, head_sha1, format, lines, updated_ms) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(sourceId);
    query.addBindValue(file.name);
    query.addBindValue(file.size);
    query.addBindValue(file.mtimeMs);
    query.addBindValue(file.consumed);
    query.addBindValue(file.headSha1);
    query.addBindValue(file.format);
    query.addBindValue(file.lines);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return storage::sqlError(u"save poll state"_s, query);
    return Ok{};
}

Result<UrlValidators> SqlitePollStateStore::validators(const QString &sourceId) const
{
    if (Status ready = ensureTable(); !ready)
        return ready.error();
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT etag, last_modified FROM poll_state WHERE source = ? AND item = ''"_s);
    query.addBindValue(sourceId);
    if (!query.exec())
        return storage::sqlError(u"read poll state"_s, query);
    if (!query.next())
        return UrlValidators{};
    return UrlValidators{query.value(0).toString(), query.value(1).toString()};
}

Status SqlitePollStateStore::saveValidators(const QString &sourceId, const UrlValidators &validators) const
{
    if (Status ready = ensureTable(); !ready)
        return ready.error();
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT OR REPLACE INTO poll_state (source, item, etag, last_modified, updated_ms) "
                  "VALUES (?, '', ?, ?, ?)"_s);
    query.addBindValue(sourceId);
    query.addBindValue(validators.etag);
    query.addBindValue(validators.lastModified);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return storage::sqlError(u"save poll state"_s, query);
    return Ok{};
}
