#pragma once

#include <optional>

#include <QList>

#include "core/model/alert.h"
#include "core/model/result.h"

/// The port for alerts raised by stored runs (issue 12): the set of (trend, reason) already raised,
/// which makes each alert once-only across restarts, and each alert's webhook delivery state.
/// Implemented by SqliteAlertStore (core/storage/sqlite) and PgAlertStore (core/storage/postgres). Every call may
/// come from any thread.
class AlertStore
{
public:
    virtual ~AlertStore() = default;

    /// Records `alert` unless an alert of the same trend and reason was recorded before (by any
    /// process on this database). The new record, or nullopt when it was raised already.
    virtual Result<std::optional<AlertRecord>> raise(const Alert &alert, qint64 nowMs) const = 0;
    /// Records a round of webhook POSTs of alert `id`: `attempts` so far, and whether it is delivered.
    virtual Status setDelivery(qint64 id, int attempts, bool delivered) const = 0;
    /// Alerts, newest first.
    virtual Result<QList<AlertRecord>> list(int limit, int offset = 0) const = 0;
    /// Alerts not delivered yet whose attempts are below `maxAttempts`, oldest first (resumed after a restart).
    virtual Result<QList<AlertRecord>> undelivered(int maxAttempts) const = 0;
};
