#pragma once

#include <QString>

/// Where the data lives, as --db and database.url give it: a file path (SQLite) or a PostgreSQL URI.
namespace storagelocation {

/// Whether `location` is a PostgreSQL connection URI (`postgresql://…` or `postgres://…`, libpq syntax).
bool isPostgresUri(const QString &location);

/// `location` fit for logs and messages: a URI's password (`user:secret@`, `password=` in the query)
/// shows as "***"; anything else comes back as it is.
QString redacted(const QString &location);

/// `text` (an error message that may quote the URI) with every occurrence of the password of `uri`
/// replaced by "***".
QString scrubbed(const QString &text, const QString &uri);

/// `location` fit to be saved and shown (Open recent, the window title): a URI's password (`user:secret@`,
/// `password=` in the query) is left out altogether, so a reconnect takes it from PGPASSWORD or ~/.pgpass;
/// anything else comes back as it is.
QString withoutPassword(const QString &location);

/// A URI's short name, "host[:port]/dbname" (`host=`/`dbname=` query parameters count; "localhost" when
/// no host is named); a file path comes back as it is.
QString displayName(const QString &location);

} // namespace storagelocation
