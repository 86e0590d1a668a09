#include "core/storage/postgres/pgconnection.h"

#include <algorithm>
#include <cstring>

#include <libpq-fe.h>

#include <QtEndian>

#include "core/storage/storagelocation.h"

using namespace Qt::StringLiterals;

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

qint64 PgResult::int64(int row, int column) const
{
    const char *value = PQgetvalue(m_result, row, column);
    if (PQfformat(m_result, column) == 1) {
        if (PQgetlength(m_result, row, column) == 8)
            return qFromBigEndian<qint64>(value);
        if (PQgetlength(m_result, row, column) == 4)
            return qFromBigEndian<qint32>(value);
        return value[0] ? 1 : 0; // bool
    }
    if (value[0] == 't')
        return 1;
    if (value[0] == 'f')
        return 0;
    return std::strtoll(value, nullptr, 10);
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

const char *PgResult::data(int row, int column) const
{
    return PQgetvalue(m_result, row, column);
}

int PgResult::size(int row, int column) const
{
    return PQgetlength(m_result, row, column);
}

PgParams &PgParams::add(qint64 value)
{
    m_storage.push_back(QByteArray::number(value));
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::add(const QString &text)
{
    m_storage.push_back(text.toUtf8());
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::addUtf8(const char *data, int size)
{
    m_storage.push_back(QByteArray(data, size));
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::addNull()
{
    m_storage.emplace_back();
    m_null.push_back(true);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::addBinary(QByteArray bytes)
{
    m_lengths.push_back(int(bytes.size()));
    m_storage.push_back(std::move(bytes));
    m_null.push_back(false);
    m_formats.push_back(1);
    return *this;
}

PgParams &PgParams::addTextArray(const QStringList &values)
{
    QByteArray literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += '"';
        for (char c : values[i].toUtf8()) {
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    literal += '}';
    m_storage.push_back(std::move(literal));
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::addIntArray(const std::vector<qint64> &values)
{
    QByteArray literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += QByteArray::number(values[i]);
    }
    literal += '}';
    m_storage.push_back(std::move(literal));
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

const char *const *PgParams::values() const
{
    m_values.clear();
    for (std::size_t i = 0; i < m_storage.size(); ++i)
        m_values.push_back(m_null[i] ? nullptr : m_storage[i].constData());
    return m_values.data();
}

PgCopyBuffer::PgCopyBuffer()
{
    static const char header[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
    m_data.append(header, 19);
}

void PgCopyBuffer::beginRow(int fields)
{
    char b[2];
    qToBigEndian<qint16>(qint16(fields), b);
    m_data.append(b, 2);
    ++m_rows;
}

void PgCopyBuffer::addNull()
{
    char b[4];
    qToBigEndian<qint32>(-1, b);
    m_data.append(b, 4);
}

void PgCopyBuffer::add(qint64 value)
{
    char b[12];
    qToBigEndian<qint32>(8, b);
    qToBigEndian<qint64>(value, b + 4);
    m_data.append(b, 12);
}

void PgCopyBuffer::addInt32(qint32 value)
{
    char b[8];
    qToBigEndian<qint32>(4, b);
    qToBigEndian<qint32>(value, b + 4);
    m_data.append(b, 8);
}

void PgCopyBuffer::addBool(bool value)
{
    char b[5];
    qToBigEndian<qint32>(1, b);
    b[4] = value ? 1 : 0;
    m_data.append(b, 5);
}

void PgCopyBuffer::addBytes(const char *data, int size)
{
    char b[4];
    qToBigEndian<qint32>(size, b);
    m_data.append(b, 4);
    m_data.append(data, size);
}

void PgCopyBuffer::addText(const char *data, int size, bool emptyIsNull)
{
    if (size == 0 && emptyIsNull)
        addNull();
    else
        addBytes(data, size);
}

void PgCopyBuffer::addText(const QString &text, bool emptyIsNull)
{
    const QByteArray utf8 = text.toUtf8();
    addText(utf8.constData(), int(utf8.size()), emptyIsNull);
}

const QByteArray &PgCopyBuffer::finish()
{
    char b[2];
    qToBigEndian<qint16>(-1, b);
    m_data.append(b, 2);
    return m_data;
}

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

void PgPool::Giveback::operator()(PgConnection *connection) const
{
    if (auto owner = pool.lock())
        owner->giveBack(connection);
    else
        delete connection;
}

Result<PgPool::Lease> PgPool::acquire()
{
    {
        const std::lock_guard lock(m_mutex);
        while (!m_idle.empty()) {
            std::unique_ptr<PgConnection> connection = std::move(m_idle.back());
            m_idle.pop_back();
            if (connection->healthy())
                return Lease(connection.release(), Giveback{weak_from_this()});
        }
    }
    auto opened = PgConnection::open(m_uri);
    if (!opened)
        return opened.error();
    return Lease(opened.value().release(), Giveback{weak_from_this()});
}

void PgPool::giveBack(PgConnection *connection)
{
    std::unique_ptr<PgConnection> owned(connection);
    if (!owned->healthy())
        return;
    if (owned->inTransaction()) {
        // Left open by an error path: nothing of it may leak into the next borrower's work.
        if (!owned->execute(u"ROLLBACK"_s, u"roll back"_s))
            return;
    }
    const std::lock_guard lock(m_mutex);
    if (int(m_idle.size()) < m_maxIdle)
        m_idle.push_back(std::move(owned));
}
