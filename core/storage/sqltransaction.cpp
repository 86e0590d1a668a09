#include "core/storage/sqltransaction.h"

#include <QSqlQuery>

#include "core/storage/sqlerror.h"

using namespace Qt::StringLiterals;

SqlTransaction::~SqlTransaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

Status SqlTransaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return storage::sqlError(u"begin transaction"_s, query);
    m_open = true;
    return Ok{};
}

Status SqlTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s))
        return storage::sqlError(u"commit"_s, query);
    m_open = false;
    return Ok{};
}
