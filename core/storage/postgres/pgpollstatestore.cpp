#include "core/storage/postgres/pgpollstatestore.h"

#include <QDateTime>

#include "core/storage/postgres/pgpool.h"

using namespace Qt::StringLiterals;

Result<QHash<QString, PolledFile>> PgPollStateStore::files(const QString &sourceId) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared(
        "poll_files", u"SELECT item, size, mtime_ms, consumed, coalesce(head_sha1, ''), coalesce(format, ''), lines "
                      "FROM poll_state WHERE source = $1 AND item <> ''"_s,
        PgParams().add(sourceId), u"read poll state"_s);
    if (!r)
        return r.error();
    QHash<QString, PolledFile> out;
    for (int i = 0; i < r.value().rows(); ++i) {
        PolledFile file;
        file.name = r.value().text(i, 0);
        file.size = r.value().int64(i, 1);
        file.mtimeMs = r.value().int64(i, 2);
        file.consumed = r.value().int64(i, 3);
        file.headSha1 = r.value().text(i, 4);
        file.format = r.value().text(i, 5);
        file.lines = r.value().int64(i, 6);
        out.insert(file.name, file);
    }
    return out;
}

Status PgPollStateStore::saveFile(const QString &sourceId, const PolledFile &file) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto saved = connection.value()->prepared(
        "poll_save_file",
        u"INSERT INTO poll_state (source, item, size, mtime_ms, consumed, head_sha1, format, lines, updated_ms) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (source, item) DO UPDATE SET size = excluded.size, "
        "mtime_ms = excluded.mtime_ms, consumed = excluded.consumed, head_sha1 = excluded.head_sha1, "
        "format = excluded.format, lines = excluded.lines, updated_ms = excluded.updated_ms"_s,
        PgParams()
            .add(sourceId)
            .add(file.name)
            .add(file.size)
            .add(file.mtimeMs)
            .add(file.consumed)
            .add(file.headSha1)
            .add(file.format)
            .add(file.lines)
            .add(QDateTime::currentMSecsSinceEpoch()),
        u"save poll state"_s);
    if (!saved)
        return saved.error();
    return Ok{};
}

Result<UrlValidators> PgPollStateStore::validators(const QString &sourceId) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared(
        "poll_validators",
        u"SELECT coalesce(etag, ''), coalesce(last_modified, '') FROM poll_state WHERE source = $1 AND item = ''"_s,
        PgParams().add(sourceId), u"read poll state"_s);
    if (!r)
        return r.error();
    if (r.value().rows() == 0)
        return UrlValidators{};
    return UrlValidators{r.value().text(0, 0), r.value().text(0, 1)};
}

Status PgPollStateStore::saveValidators(const QString &sourceId, const UrlValidators &validators) const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto saved = connection.value()->prepared(
        "poll_save_validators",
        u"INSERT INTO poll_state (source, item, etag, last_modified, updated_ms) VALUES ($1, '', $2, $3, $4) "
        "ON CONFLICT (source, item) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
        "updated_ms = excluded.updated_ms"_s,
        PgParams().add(sourceId).add(validators.etag).add(validators.lastModified).add(QDateTime::currentMSecsSinceEpoch()),
        u"save poll state"_s);
    if (!saved)
        return saved.error();
    return Ok{};
}
