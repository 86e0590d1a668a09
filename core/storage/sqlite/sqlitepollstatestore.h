#pragma once

#include <memory>

#include "core/storage/pollstatestore.h"

class Database;

/// PollStateStore in the SQLite file's `poll_state` table. The table is created on first use (CREATE TABLE IF NOT
/// EXISTS), outside the schema migrations, because it holds no posts and nothing else reads it. Every call uses the
/// calling thread's own connection.
class SqlitePollStateStore final : public PollStateStore
{
public:
    explicit SqlitePollStateStore(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

    Result<QHash<QString, PolledFile>> files(const QString &sourceId) const override;
    Status saveFile(const QString &sourceId, const PolledFile &file) const override;
    Result<UrlValidators> validators(const QString &sourceId) const override;
    Status saveValidators(const QString &sourceId, const UrlValidators &validators) const override;

private:
    Status ensureTable() const;

    std::shared_ptr<Database> m_database;
};
