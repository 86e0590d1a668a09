#pragma once

#include <memory>

#include <QHash>
#include <QString>

#include "core/model/result.h"
#include "core/poll/pollstate.h"

class Database;

/// Poll state in the database's `poll_state` table, keyed by (source id, item): one row per file
/// of a folder source, one row (item "") per URL source. The table belongs to gt_poll and is
/// created on first use (CREATE TABLE IF NOT EXISTS), outside the schema migrations, because it
/// holds no posts and nothing else reads it.
/// Every call uses the calling thread's own connection: call it from the worker that imports,
/// never from the GUI thread (a write may wait for an import's transaction).
class PollStateStore
{
public:
    explicit PollStateStore(std::shared_ptr<Database> database);

    /// Every remembered file of a folder source, by file name.
    Result<QHash<QString, PolledFile>> files(const QString &sourceId) const;
    /// Inserts or replaces one file's row.
    Status saveFile(const QString &sourceId, const PolledFile &file) const;

    /// The validators of a URL source (empty when never fetched).
    Result<UrlValidators> validators(const QString &sourceId) const;
    Status saveValidators(const QString &sourceId, const UrlValidators &validators) const;

private:
    Status ensureTable() const;

    std::shared_ptr<Database> m_database;
};
