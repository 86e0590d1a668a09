#pragma once

#include <memory>

#include "core/storage/projectstore.h"

class Database;

/// ProjectStore over the `project_settings` table of a SQLite database (schema version 4).
class SqliteProjectStore final : public ProjectStore
{
public:
    explicit SqliteProjectStore(std::shared_ptr<Database> database);

    Result<QMap<QString, QString>> settings() const override;
    Status saveSettings(const QMap<QString, QString> &values) override;
    /// VACUUM INTO: one statement, a consistent snapshot even while imports write (WAL readers
    /// are not blocked), and a compact file without the WAL beside it.
    Status saveCopy(const QString &path) const override;

private:
    std::shared_ptr<Database> m_database;
};
