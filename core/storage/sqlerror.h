#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "core/model/result.h"

namespace storage {

/// A storage failure as an Error value: code "storage" (or "busy" when another writer held the
/// database past the busy timeout), message "<what>: <driver text>".
Error sqlError(const QString &what, const QSqlError &error);

/// Shorthand for the last error of a query.
inline Error sqlError(const QString &what, const QSqlQuery &query)
{
    return sqlError(what, query.lastError());
}

} // namespace storage
