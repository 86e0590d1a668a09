#include "core/storage/postgres/pgstorage.h"

#include "core/log/log.h"
#include "core/storage/postgres/pgalertstore.h"
#include "core/storage/postgres/pgpollstatestore.h"
#include "core/storage/postgres/pgpool.h"
#include "core/storage/postgres/pgpoststore.h"
#include "core/storage/postgres/pgprojectstore.h"
#include "core/storage/postgres/pgrunstore.h"
#include "core/storage/postgres/pgscheduleclaims.h"
#include "core/storage/postgres/pgschema.h"
#include "core/storage/storagelocation.h"

namespace pgstorage {

Result<Storage> open(const QString &uri, const Settings &settings)
{
    auto pool = std::make_shared<PgPool>(uri.trimmed());
    {
        auto connection = pool->acquire();
        if (!connection)
            return connection.error();
        if (Status migrated = pgschema::migrate(*connection.value()); !migrated)
            return migrated.error();
    }
    auto posts = std::make_shared<const PgPostStore>(pool, settings.retentionDays);
    auto dropped = posts->applyRetention();
    if (!dropped)
        return dropped.error();
    if (dropped.value() > 0)
        gtlog::storage()->info("retention: dropped {} day partition(s) older than {} days", dropped.value(),
                               settings.retentionDays);
    Storage storage;
    storage.posts = posts;
    storage.runs = std::make_shared<const PgRunStore>(pool);
    storage.project = std::make_shared<PgProjectStore>(pool);
    storage.schedule = std::make_shared<const PgScheduleClaims>(pool);
    storage.alerts = std::make_shared<const PgAlertStore>(pool);
    storage.pollState = std::make_shared<const PgPollStateStore>(pool);
    storage.location = storagelocation::redacted(uri);
    return storage;
}

} // namespace pgstorage
