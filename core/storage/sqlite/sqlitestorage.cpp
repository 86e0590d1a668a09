#include "core/storage/sqlite/sqlitestorage.h"

#include "core/storage/database.h"
#include "core/storage/localscheduleclaims.h"
#include "core/storage/postrepository.h"
#include "core/storage/runrepository.h"
#include "core/storage/sqlite/sqlitealertstore.h"
#include "core/storage/sqlite/sqlitepollstatestore.h"
#include "core/storage/sqlite/sqliteprojectstore.h"

Storage openSqliteStorage(const std::shared_ptr<Database> &database)
{
    Storage storage;
    storage.posts = std::make_shared<const PostRepository>(database);
    storage.runs = std::make_shared<const RunRepository>(database);
    storage.project = std::make_shared<SqliteProjectStore>(database);
    storage.alerts = std::make_shared<const SqliteAlertStore>(database);
    storage.pollState = std::make_shared<const SqlitePollStateStore>(database);
    storage.schedule = std::make_shared<const LocalScheduleClaims>();
    storage.location = database->path();
    return storage;
}
