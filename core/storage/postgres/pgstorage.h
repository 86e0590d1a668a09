#pragma once

#include "core/model/result.h"
#include "core/storage/storage.h"

/// The PostgreSQL backend behind the ports (STYLE.md "Two backends").
namespace pgstorage {

struct Settings
{
    int retentionDays = 0; ///< database.retention_days: 0 keeps everything
};

/// Connects to `uri` (libpq syntax; the password from PGPASSWORD or ~/.pgpass), migrates the schema,
/// applies the retention once and answers the stores (PgPostStore, PgRunStore, PgProjectStore) on a
/// shared connection pool. Errors and Storage::location never show the password.
Result<Storage> open(const QString &uri, const Settings &settings);

} // namespace pgstorage
