#pragma once

#include <memory>
#include <set>
#include <string>

#include <QString>

#include "core/model/result.h"
#include "core/storage/postgres/pgcopybuffer.h"
#include "core/storage/postgres/pgparams.h"
#include "core/storage/postgres/pgresult.h"

struct pg_conn;
struct pg_result;

/// One libpq connection: statements by name (prepared once per connection), transactions, COPY.
/// Used by one thread at a time (PgPool hands it out). Every error message is free of the password.
class PgConnection
{
public:
    /// Connects to `uri` (libpq syntax; the password from the URI, PGPASSWORD or ~/.pgpass). Fails with
    /// code "busy" when the server cannot be reached (the API answers 503 with Retry-After).
    static Result<std::unique_ptr<PgConnection>> open(const QString &uri);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Runs `sql` (several statements allowed, no parameters, no rows).
    Status execute(const QString &sql, const QString &what);
    /// Runs `sql` with parameters (unnamed, planned each time).
    Result<PgResult> query(const QString &sql, const PgParams &params, const QString &what);
    /// Runs the prepared statement `name` (prepared from `sql` on first use on this connection).
    Result<PgResult> prepared(const char *name, const QString &sql, const PgParams &params, const QString &what);
    /// COPY `copySql` (… FROM STDIN (FORMAT binary)) with the rows of `buffer`.
    Status copy(const QString &copySql, PgCopyBuffer &buffer, const QString &what);

    /// Whether the connection still works (a broken one is not given back to the pool).
    bool healthy() const;
    /// Whether a transaction is open (or failed and not yet rolled back).
    bool inTransaction() const;

private:
    PgConnection(pg_conn *conn, QString uri);
    Error error(const QString &what, pg_result *result = nullptr) const;

    pg_conn *m_conn = nullptr;
    QString m_uri; ///< to scrub the password out of messages
    std::set<std::string> m_prepared;
};
