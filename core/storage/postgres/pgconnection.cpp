#include "core/storage/postgres/pgconnection.h"

#include <algorithm>
#include <cstring>

#include <libpq-fe.h>

#include "core/storage/storagelocation.h"

using namespace Qt::StringLiterals;

namespace {

/// A connection or server failure the client may retry ("busy": 503 with Retry-After), or another error.
QString codeOf(pg_conn *conn, pg_result *result)
{
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return u"busy"_s;
    if (result) {
        const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        // 08: connection exceptions, 57P: operator intervention (shutdown), 40: serialization/deadlock, 53: resources.
        if (state && (std::strncmp(state, "08", 2) == 0 || std::strncmp(state, "57P", 3) == 0 ||
                      std::strncmp(state, "40", 2) == 0 || std::strncmp(state, "53", 2) == 0))
            return u"busy"_s;
    }
    return u"storage"_s;
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &uri)
{
    pg_conn *conn = PQconnectdb(uri.trimmed().toUtf8().constData());
    if (!conn)
        return Error{u"busy"_s, u"PostgreSQL %1: out of memory"_s.arg(storagelocation::redacted(uri)), {}};
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return Error{u"busy"_s,
                     storagelocation::scrubbed(u"cannot connect to PostgreSQL %1: %2"_s.arg(
                                                   storagelocation::redacted(uri), message),
                                               uri),
                     {}};
    }
    PQsetClientEncoding(conn, "UTF8");
    auto connection = std::unique_ptr<PgConnection>(new PgConnection(conn, uri));
    // Quiet notices ("relation already exists, skipping") and a UTC session.
    if (Status set = connection->execute(u"SET client_min_messages = warning; SET TIME ZONE 'UTC'"_s,
                                         u"set up the session"_s);
        !set)
        return set.error();
    return connection;
}

PgConnection::PgConnection(pg_conn *conn, QString uri) : m_conn(conn), m_uri(std::move(uri)) {}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Error PgConnection::error(const QString &what, pg_result *result) const
{
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    return Error{codeOf(m_conn, result), storagelocation::scrubbed(u"PostgreSQL: %1: %2"_s.arg(what, message), m_uri),
                 {}};
}

bool PgConnection::healthy() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

Status PgConnection::execute(const QString &sql, const QString &what)
{
    PgResult result(PQexec(m_conn, sql.toUtf8().constData()));
    const ExecStatusType status = PQresultStatus(result.raw());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return error(what, result.raw());
    return Ok{};
}

Result<PgResult> PgConnection::query(const QString &sql, const PgParams &params, const QString &what)
{
    PgResult result(PQexecParams(m_conn, sql.toUtf8().constData(), params.count(), nullptr, params.values(),
                                 params.lengths(), params.formats(), 1));
    const ExecStatusType status = PQresultStatus(result.raw());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return error(what, result.raw());
    return result;
}

Result<PgResult> PgConnection::prepared(const char *name, const QString &sql, const PgParams &params,
                                        const QString &what)
{
    if (!m_prepared.contains(name)) {
        PgResult made(PQprepare(m_conn, name, sql.toUtf8().constData(), 0, nullptr));
        if (PQresultStatus(made.raw()) != PGRES_COMMAND_OK)
            return error(what, made.raw());
        m_prepared.insert(name);
    }
    PgResult result(PQexecPrepared(m_conn, name, params.count(), params.values(), params.lengths(), params.formats(), 1));
    const ExecStatusType status = PQresultStatus(result.raw());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return error(what, result.raw());
    return result;
}

Status PgConnection::copy(const QString &copySql, PgCopyBuffer &buffer, const QString &what)
{
    PgResult started(PQexec(m_conn, copySql.toUtf8().constData()));
    if (PQresultStatus(started.raw()) != PGRES_COPY_IN)
        return error(what, started.raw());
    const QByteArray &data = buffer.finish();
    // In pieces: PQputCopyData takes an int length.
    constexpr qsizetype kPiece = 1 << 24;
    for (qsizetype at = 0; at < data.size(); at += kPiece) {
        const int size = int(std::min(kPiece, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, size) != 1)
            return error(what);
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return error(what);
    Status status = Ok{};
    while (pg_result *r = PQgetResult(m_conn)) {
        PgResult result(r);
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status)
            status = error(what, r);
    }
    return status;
}
