#pragma once

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/model/result.h"

struct pg_conn;
struct pg_result;

/// One result of libpq (PGresult), freed with the object.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result) : m_result(result) {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    pg_result *raw() const { return m_result; }
    int rows() const;
    bool isNull(int row, int column) const;
    qint64 int64(int row, int column) const;
    QString text(int row, int column) const;
    /// The raw bytes of a value (a bytea in binary format, or text).
    QByteArray bytes(int row, int column) const;
    const char *data(int row, int column) const;
    int size(int row, int column) const;

private:
    pg_result *m_result = nullptr;
};

/// Parameters of one statement: text format, except binary values (bytea).
class PgParams
{
public:
    PgParams &add(qint64 value);
    PgParams &add(const QString &text);
    PgParams &addUtf8(const char *data, int size);
    PgParams &addNull();
    PgParams &addBinary(QByteArray bytes);
    /// A text[] literal; an empty list is '{}'.
    PgParams &addTextArray(const QStringList &values);
    /// A bigint[] literal.
    PgParams &addIntArray(const std::vector<qint64> &values);

    int count() const { return int(m_values.size()); }
    const char *const *values() const;
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<bool> m_null;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    mutable std::vector<const char *> m_values;
};

/// Writes the rows of one `COPY … FROM STDIN (FORMAT binary)` (PostgreSQL's binary copy format:
/// big-endian field lengths and values).
class PgCopyBuffer
{
public:
    PgCopyBuffer();
    void beginRow(int fields);
    void addNull();
    void add(qint64 value);
    void addInt32(qint32 value);
    void addBool(bool value);
    void addBytes(const char *data, int size);
    /// An empty text stored as NULL when `emptyIsNull`.
    void addText(const char *data, int size, bool emptyIsNull = true);
    void addText(const QString &text, bool emptyIsNull = true);
    /// The trailer; then data() is the whole stream.
    const QByteArray &finish();
    qsizetype rows() const { return m_rows; }

private:
    QByteArray m_data;
    qsizetype m_rows = 0;
};

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

/// A small pool of connections to one database shared by every thread: acquire() lends an idle one
/// (or opens one), and the lease gives it back when it goes, unless it broke.
class PgPool : public std::enable_shared_from_this<PgPool>
{
public:
    explicit PgPool(QString uri, int maxIdle = 8) : m_uri(std::move(uri)), m_maxIdle(maxIdle) {}

    struct Giveback
    {
        std::weak_ptr<PgPool> pool;
        void operator()(PgConnection *connection) const;
    };
    using Lease = std::unique_ptr<PgConnection, Giveback>;

    Result<Lease> acquire();
    const QString &uri() const { return m_uri; }

private:
    void giveBack(PgConnection *connection);

    QString m_uri;
    int m_maxIdle = 8;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<PgConnection>> m_idle; ///< guarded by m_mutex
};
