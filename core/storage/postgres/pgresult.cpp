#include "core/storage/postgres/pgresult.h"

#include <cstdlib>

#include <libpq-fe.h>

#include <QtEndian>

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
