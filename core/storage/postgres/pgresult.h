#pragma once

#include <QByteArray>
#include <QString>

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
