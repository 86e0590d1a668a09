#pragma once

#include <QSqlDatabase>

#include "core/model/result.h"

/// A write transaction on one connection: `BEGIN IMMEDIATE` on begin(), rolled back on
/// destruction unless commit() succeeded. IMMEDIATE takes the write lock up front, so two
/// writers queue on the busy timeout instead of deadlocking when a reader upgrades to a writer.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
